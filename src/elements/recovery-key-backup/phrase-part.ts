import type { TemplateResult } from 'lit';
import type { LocalizeController } from '../../controllers/localize-controller.js';
import { codeMessages } from '../../i18n/code.js';
import { recoveryPhraseMessages } from '../../i18n/recovery-phrase.js';
import { stepUpMessages } from '../../i18n/step-up.js';
import { codeStyles } from '../shared/code-styles.js';
import { recoveryPhraseStyles } from '../shared/recovery-phrase-styles.js';
import { stepUpStyles } from '../shared/step-up/step-up-styles.js';
import { RecoveryFlow, type RecoveryHost, type RecoveryPage, type RecoveryStep } from './phrase-flow.js';
import type { StepMarkup } from '../shared/step-frame.js';
import { phraseStyles } from './phrase-styles.js';
import type { RecoveryLaterSections, recoveryKeyBackupSections } from './sections.js';
import { flowSteps } from './steps/flow-steps.js';

export type RecoveryI18n = LocalizeController<typeof recoveryKeyBackupSections, RecoveryLaterSections>;

/**
 * Everything of `<recovery-key-backup>` after its first step, loaded with "Continue" (or a phrase the host hands
 * in): the flow with the step-up, their texts and light-DOM sheets, and the step views.
 */
export interface RecoveryPart {
  left(step: RecoveryStep): void;
  readonly flow: RecoveryFlow;
  readonly styles: readonly [typeof codeStyles, typeof stepUpStyles, typeof recoveryPhraseStyles, typeof phraseStyles];
  /** The current step, its headings one below `level`, drawn with the element's step markup. */
  render(level: number, markup: StepMarkup): TemplateResult;
}

export async function loadRecoveryPart(
  host: RecoveryHost,
  i18n: RecoveryI18n,
  page: RecoveryPage,
): Promise<RecoveryPart> {
  await i18n.add({ code: codeMessages, stepUp: stepUpMessages, recoveryPhrase: recoveryPhraseMessages });
  const words = i18n.withAdded();
  const flow = new RecoveryFlow(host, words, page);
  return {
    flow,
    left: (step) => flow.left(step),
    styles: [codeStyles, stepUpStyles, recoveryPhraseStyles, phraseStyles],
    render: (level, markup) => flowSteps(flow, words.t, page.feedback.ids.form, level, markup),
  };
}
