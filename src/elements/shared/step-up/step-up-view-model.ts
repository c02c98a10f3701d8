import type { CodeChallengeView } from '../../../controllers/code-challenge-controller.js';
import type { StepUpController } from '../../../controllers/step-up-controller.js';
import type { Factor } from '../../../contract/index.js';
import type { StepUpMessages } from '../../../i18n/step-up.js';
import { keepTogether } from '../../../i18n/format/keep-together.js';

/** One line of the list of what a step-up asks for. */
export interface StepUpFactorItem {
  readonly label: string;
  readonly state: 'done' | 'now' | 'later';
}

/** Everything the step-up view shows, as plain data (see `stepUpView`). */
export interface StepUpView {
  /** Level of the view's own heading (one below the embedding element's). */
  readonly level: number;
  readonly title: string;
  readonly intro: string | undefined;
  readonly factorsLabel: string;
  readonly doneText: string;
  readonly nowText: string;
  /** Only when there is more than one thing to confirm. */
  readonly factors: readonly StepUpFactorItem[];
  /** The code form, while a code factor is asked for. */
  readonly code: CodeChallengeView | undefined;
  /** The passkey button, while the passkey factor is asked for. */
  readonly passkey: { readonly text: string; readonly busy: boolean; readonly use: () => void } | undefined;
  /** "Start again", once the step-up has expired or could not start. */
  readonly restart: { readonly text: string; readonly run: () => void } | undefined;
}

/** The step-up's state in words, for `stepUpView`. `level` is the heading level its title gets. */
export function stepUpViewModel(stepUp: StepUpController, t: StepUpMessages, pending: string | undefined, level: number): StepUpView {
  const { status, current, code } = stepUp;
  const label = (factor: Factor): string => {
    const to = keepTogether(stepUp.destination(factor));
    if (factor === 'sms') return t.factor_sms({ to });
    if (factor === 'email') return t.factor_email({ to });
    return factor === 'totp' ? t.factor_totp : t.factor_passkey;
  };
  const asking = status === 'factor' && current !== undefined;
  const isCode = asking && current !== 'passkey';
  const title = isCode ? code.title() : asking ? t.passkeyTitle : t.title;
  const intro = isCode ? code.intro() : asking ? t.passkeyIntro : status === 'verified' ? t.verified : status === 'starting' ? t.starting : t.intro;
  return {
    level,
    title,
    intro,
    factorsLabel: t.factorsLabel,
    doneText: t.done,
    nowText: t.now,
    factors:
      stepUp.factors.length > 1
        ? stepUp.factors.map((f) => ({ label: label(f.factor), state: f.verified ? 'done' : f.factor === current ? 'now' : 'later' }))
        : [],
    code: isCode ? code.view() : undefined,
    passkey: asking && !isCode ? { text: pending === 'passkey' ? t.passkeyPending : t.passkey, busy: pending === 'passkey', use: () => stepUp.usePasskey() } : undefined,
    restart: status === 'expired' || (status === 'idle' && stepUp.canRestart) ? { text: t.startAgain, run: () => stepUp.restart() } : undefined,
  };
}
