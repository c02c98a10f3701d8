import { html, type TemplateResult } from 'lit';
import { recoveryPhraseFields } from '../../shared/recovery-phrase-fields.js';
import type { StepMarkup } from '../../shared/step-frame.js';
import { stepUpStep } from '../../shared/step-up/step-up-step.js';
import type { RecoveryFlow, RecoveryWords } from '../phrase-flow.js';
import { messageStep } from './message-step.js';
import { proveStep } from './prove-step.js';
import { showStep } from './show-step.js';

/** The steps after the first (and the leave warning), for the light DOM: the flow's state in views. */
export function flowSteps(flow: RecoveryFlow, words: RecoveryWords['t'], formId: string, hostLevel: number, markup: StepMarkup): TemplateResult {
  const t = words.recoveryKeyBackup;
  const common = words.common;
  const level = Math.min(6, hostLevel + 1);
  const cancel = () => flow.cancel();
  if (flow.leaving) {
    return messageStep({
      level, markup, title: t.leaveTitle, intro: t.leaveIntro, tone: 'warning',
      primary: { text: t.stay, run: () => flow.stay() }, secondary: { text: t.leave, run: cancel },
    });
  }
  const phrase = flow.phrase;
  switch (flow.steps.current) {
    case 'verify':
      return stepUpStep({
        stepUp: flow.stepUp, t: words.stepUp, pending: flow.action.pending, level, actionLabel: 'issue', actionPending: t.issuing,
        request: flow.issueRequest,
        startAgain: { text: t.startAgain, run: () => flow.begin() }, cancel: markup.cancel(common.cancel, cancel),
      });
    case 'show':
      if (!phrase) break;
      return showStep({
        level, markup, t, words: phrase.words,
        qr: typeof flow.qr === 'function' ? flow.qr(phrase.words.join(' '), t.qrLabel) : undefined,
        cancelText: common.cancel,
        onCopy: () => void flow.copy(), onDownload: () => flow.download(), onPrint: () => window.print(),
        onWritten: () => flow.toProve(), onCancel: cancel,
      });
    case 'prove':
      if (flow.expired || !phrase) {
        // The error summary says what happened and what to do; the step does not say it twice.
        return messageStep({
          level, markup, title: t.proveTitle,
          primary: { text: t.startAgain, run: () => flow.begin() }, secondary: { text: common.cancel, run: cancel },
        });
      }
      return proveStep({
        level, markup, t, formId, boxes: recoveryPhraseFields(flow.boxes.view()),
        busy: flow.action.pending === 'confirm',
        submitText: flow.action.pending === 'confirm' ? t.confirming : common.continue,
        cancelText: common.cancel,
        onSubmit: (event) => void flow.prove(event), onBack: () => flow.backToPhrase(), onCancel: cancel,
      });
    case 'done':
      return messageStep({ level, markup, title: t.doneTitle, intro: t.doneIntro });
    case 'start':
      break;
  }
  return html``;
}
