import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../controllers/localize-controller.js';
import { codeMessages } from '../../i18n/code.js';
import { stepUpMessages } from '../../i18n/step-up.js';
import { withdrawalLockMessages } from '../../i18n/withdrawal-lock.js';
import { codeStyles } from '../shared/code-styles.js';
import { stepUpStyles } from '../shared/step-up/step-up-styles.js';
import { withdrawalLockStyles } from '../shared/withdrawal-lock-styles.js';
import type { TotpSetupLaterSections, totpSetupSections } from './sections.js';
import { TotpSetupFlow, type TotpSetupHost, type TotpSetupPage, type TotpSetupStep } from './setup-flow.js';
import { flowSteps, type FlowStepsHost } from './steps/flow-steps.js';

export type TotpSetupI18n = LocalizeController<typeof totpSetupSections, TotpSetupLaterSections>;

/**
 * Everything of `<totp-setup>` after its first step, loaded when the user presses "Continue" (or a host hands in a
 * setup): the flow with the step-up and the code challenge, their texts and light-DOM sheets (the withdrawal lock's
 * too), and the step views.
 * A page that only shows the element, or never opens it, does not download it.
 */
export interface TotpSetupPart {
  left(step: TotpSetupStep): void;
  readonly flow: TotpSetupFlow;
  readonly styles: readonly [typeof codeStyles, typeof stepUpStyles, typeof withdrawalLockStyles];
  render(host: FlowStepsHost): TemplateResult;
}

export async function loadTotpSetupPart(
  host: TotpSetupHost,
  i18n: TotpSetupI18n,
  page: TotpSetupPage,
): Promise<TotpSetupPart> {
  await i18n.add({ code: codeMessages, stepUp: stepUpMessages, withdrawalLock: withdrawalLockMessages });
  const words = i18n.withAdded();
  const flow = new TotpSetupFlow(host, words, page);
  return {
    flow,
    left: (step) => flow.left(step),
    styles: [codeStyles, stepUpStyles, withdrawalLockStyles],
    render: (stepsHost) => flowSteps(flow, words.t, stepsHost, i18n.locale, page.feedback.ids.form),
  };
}
