import type { CodeChallengeView } from '../../controllers/code-challenge-controller.js';
import type { LocalizedMessages } from '../../controllers/localize-controller.js';
import type { passwordResetSections } from './messages.js';
import type { ResetFlow } from './reset-flow.js';

type T = LocalizedMessages<typeof passwordResetSections>;

/** The step's heading and the line under it. */
export function headingOf(flow: ResetFlow, t: T): { title: string; intro: string | undefined } {
  switch (flow.steps.current) {
    case 'identifier':
      return { title: t.passwordReset.title, intro: t.passwordReset.intro };
    case 'code': {
      const channel = flow.code.channel;
      // A channel offered without its destination: "We sent a code to the phone number of your account, if it has one".
      const intro = channel && flow.hidden(channel) && flow.code.sent[channel] ? t.code.sent({ to: flow.accountDestination(channel) }) : flow.code.intro();
      return { title: flow.code.title(), intro };
    }
    case 'password':
      return { title: t.passwordReset.passwordTitle, intro: undefined };
    case 'done':
      return { title: t.passwordReset.doneTitle, intro: t.passwordReset.doneIntro };
  }
}

/** The shared code form's view, with the other channel named as the account's when its destination is not shown. */
export function codeView(flow: ResetFlow, t: T): CodeChallengeView {
  const view = flow.code.view();
  return {
    ...view,
    others: view.others.map(({ method, label }) => {
      if (method === 'totp' || !flow.hidden(method)) return { method, label };
      const to = flow.accountDestination(method);
      return { method, label: method === 'sms' ? t.code.useSms({ to }) : t.code.useEmail({ to }) };
    }),
  };
}
