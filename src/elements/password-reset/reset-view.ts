import type { CodeChallengeView } from '../../controllers/code-challenge-controller.js';
import type { LaterSteps } from './reset-later.js';
import type { ResetFlow } from './reset-flow.js';

/** The heading and the line under it of a step after the identifier. */
export function laterHeading(flow: ResetFlow, later: LaterSteps): { title: string; intro: string | undefined } {
  const t = later.words.t;
  switch (flow.steps.current) {
    case 'code': {
      const channel = later.code.channel;
      // A channel offered without its destination: "We sent a code to the phone number of your account, if it has one".
      const intro = channel && later.hidden(channel) && later.code.sent[channel] ? t.code.sent({ to: flow.accountDestination(channel) }) : later.code.intro();
      return { title: later.code.title(), intro };
    }
    case 'password':
      return { title: t.passwordReset.passwordTitle, intro: undefined };
    default:
      return { title: t.passwordReset.doneTitle, intro: t.passwordReset.doneIntro };
  }
}

/** The shared code form's view, with the other channel named as the account's when its destination is not shown. */
export function codeView(flow: ResetFlow, later: LaterSteps): CodeChallengeView {
  const t = later.words.t;
  const view = later.code.view();
  return {
    ...view,
    others: view.others.map(({ method, label }) => {
      if (method === 'totp' || !later.hidden(method)) return { method, label };
      const to = flow.accountDestination(method);
      return { method, label: method === 'sms' ? t.code.useSms({ to }) : t.code.useEmail({ to }) };
    }),
  };
}
