import type { TemplateResult } from 'lit';
import type { FormFeedbackController } from '../../controllers/form-feedback-controller.js';
import type { LocalizeController } from '../../controllers/localize-controller.js';
import { codeMessages } from '../../i18n/code.js';
import { recoveryPhraseMessages } from '../../i18n/recovery-phrase.js';
import { stepUpMessages } from '../../i18n/step-up.js';
import { codeStyles } from '../shared/code-styles.js';
import { recoveryPhraseStyles } from '../shared/recovery-phrase-styles.js';
import { stepUpStyles } from '../shared/step-up/step-up-styles.js';
import { RecoveryFlow, type RecoveryHost } from './phrase-flow.js';
import type { WordField } from '../shared/recovery-phrase-controller.js';
import { phraseStyles } from './phrase-styles.js';
import type { RecoveryLaterSections, recoveryKeyBackupSections } from './sections.js';
import { flowSteps } from './steps/flow-steps.js';

export type RecoveryI18n = LocalizeController<typeof recoveryKeyBackupSections, RecoveryLaterSections>;

/**
 * Everything of `<recovery-key-backup>` after its first step, loaded with "Continue" (or a phrase the host hands
 * in): the flow with the step-up, their texts and light-DOM sheets, and the step views.
 */
export interface RecoveryPart {
  readonly flow: RecoveryFlow;
  readonly styles: readonly [typeof codeStyles, typeof stepUpStyles, typeof recoveryPhraseStyles, typeof phraseStyles];
  render(level: number): TemplateResult;
}

export async function loadRecoveryPart(
  host: RecoveryHost,
  i18n: RecoveryI18n,
  feedback: FormFeedbackController<WordField | 'code'>,
): Promise<RecoveryPart> {
  await i18n.add({ code: codeMessages, stepUp: stepUpMessages, recoveryPhrase: recoveryPhraseMessages });
  const words = i18n.withAdded();
  const flow = new RecoveryFlow(host, words, feedback);
  return {
    flow,
    styles: [codeStyles, stepUpStyles, recoveryPhraseStyles, phraseStyles],
    render: (level) => flowSteps(flow, words.t, feedback.ids.form, level),
  };
}
