import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isTillitError } from '../client/errors.js';
import type { CodeChannel, CodeSent, SecondFactorMethod } from '../contract/index.js';
import type { CodeMessages } from '../i18n/code.js';
import type { CommonMessages } from '../i18n/en.js';
import type { ErrorLike } from '../i18n/error-message.js';
import { keepTogether } from '../i18n/format/keep-together.js';
import { interruptedError, type AsyncActionController } from './async-action-controller.js';
import { CountdownController } from './countdown-controller.js';
import type { FormFeedbackController } from './form-feedback-controller.js';

/** The code methods: an authenticator app's code, or one sent by text message or e-mail. */
export type CodeMethod = SecondFactorMethod;

/** A challenge that asks for a code: which methods it offers, and where the sent codes go (masked). */
export interface CodeChallenge {
  readonly methods: readonly CodeMethod[];
  readonly destinations: Readonly<Partial<Record<CodeChannel, string>>>;
}

/** How one flow's backend sends and checks codes (the sign-in challenge rows, the step-up rows, ...). */
export interface CodeBackend<R> {
  send(channel: CodeChannel, signal: AbortSignal): Promise<CodeSent>;
  verify(method: CodeMethod, code: string, signal: AbortSignal): Promise<R>;
}

/** The part of the form feedback the code flow uses: its one `code` field. */
export type CodeFeedback = Pick<
  FormFeedbackController<'code'>,
  | 'ids'
  | 'value'
  | 'setValue'
  | 'readFields'
  | 'clear'
  | 'error'
  | 'showFieldErrors'
  | 'showAlert'
  | 'clearErrors'
  | 'focusAfterUpdate'
  | 'announce'
>;

/** What the code flow needs of the flow that embeds it. */
export interface CodeChallengeContext<R> {
  /** The embedding flow's request runner, so one request runs at a time across the whole element. */
  readonly action: AsyncActionController;
  readonly feedback: CodeFeedback;
  readonly words: {
    readonly t: { readonly code: CodeMessages; readonly common: CommonMessages };
    error(error: ErrorLike | string): string;
    /** Resolves when the error messages are in (`LocalizeController.errorsReady`). */
    errorsReady(): Promise<void>;
  };
  /** The code was right: `result` is what the backend answered. */
  verified(result: R, method: CodeMethod): void;
  /** A failure the code flow does not handle itself (the challenge expired, a network fault, ...). */
  failed(error: unknown): void;
  /** The user is now asked for another method (fire the step change). */
  methodChanged(method: CodeMethod): void;
}

/** Codes the user typed wrong: shown on the field, which is emptied for the next try. */
const WRONG_CODE = new Set(['invalid_code', 'code_expired', 'code_already_used']);

/**
 * The one code flow of every element: choose a method, send (and resend, with a countdown per channel) a code,
 * read the one-time-code field, verify, and show a wrong code on the field. It drives the sign-in second factor
 * and the code factors of a step-up alike, through a `CodeBackend`; what to do with a right code, and with a
 * challenge that is gone, stays with the embedding flow.
 *
 *   this.code = new CodeChallengeController(host, { action, feedback, words: i18n, verified, failed, methodChanged });
 *   this.code.start(challenge, backend, challenge.preferredMethod);
 *   render: codeChallengeForm(this.code.view())
 */
export class CodeChallengeController<R> implements ReactiveController {
  /** The method asked for now. */
  method: CodeMethod = 'totp';
  /** The codes sent in this challenge, per channel (for "We sent a code to ..."). */
  sent: Partial<Record<CodeChannel, CodeSent>> = {};
  /** Seconds until each channel may send again. */
  readonly resend: Readonly<Record<CodeChannel, CountdownController>>;
  private readonly host: ReactiveControllerHost;
  private readonly context: CodeChallengeContext<R>;
  private challenge: CodeChallenge | undefined;
  private backend: CodeBackend<R> | undefined;

  constructor(host: ReactiveControllerHost, context: CodeChallengeContext<R>) {
    this.host = host;
    this.context = context;
    this.resend = { sms: new CountdownController(host), email: new CountdownController(host) };
    host.addController(this);
  }

  /** The methods the challenge offers, the current one first. */
  get methods(): readonly CodeMethod[] {
    return this.challenge?.methods ?? [];
  }

  get active(): boolean {
    return Boolean(this.challenge);
  }

  /** The channel the current method sends codes through (none for an authenticator app). */
  get channel(): CodeChannel | undefined {
    return this.method === 'totp' ? undefined : this.method;
  }

  /** Starts a new challenge with `method` (the backend's preferred one, or the step-up's next factor). */
  start(challenge: CodeChallenge, backend: CodeBackend<R>, method: CodeMethod): void {
    this.stop();
    this.challenge = challenge;
    this.backend = backend;
    this.choose(method);
  }

  /** Asks for another method; a code channel sends its first code at once. */
  choose(method: CodeMethod): void {
    if (!this.challenge?.methods.includes(method)) return;
    this.method = method;
    this.context.feedback.clear('code');
    this.context.methodChanged(method);
    if (this.channel && !this.sent[this.channel]) this.send(false);
    this.host.requestUpdate();
  }

  /** Sends a code through the current method's channel (`again`: the user asked for a new one). */
  send(again: boolean): void {
    const channel = this.channel;
    const backend = this.backend;
    if (!channel || !backend) return;
    void this.run('send', (signal) => backend.send(channel, signal), (sent) => {
      this.sent = { ...this.sent, [channel]: sent };
      this.resend[channel].start(sent.resendAfter);
      const code = () => this.context.words.t.code;
      const to = keepTogether(sent.sentTo);
      this.context.feedback.announce(() => (again ? code().resent({ to }) : code().sent({ to })));
      if (again) this.context.feedback.focusAfterUpdate('code');
    });
  }

  /** Checks the typed code (the sixth digit and Enter both land here; a check already running is not repeated). */
  submit(event?: Event): void {
    event?.preventDefault();
    const backend = this.backend;
    if (this.context.action.pending === 'verify' || !backend) return;
    const { feedback } = this.context;
    feedback.readFields('code');
    const code = feedback.value('code').trim();
    if (!/^\d{6}$/.test(code)) {
      const t = () => this.context.words.t.code;
      return feedback.showFieldErrors({ code: () => (code === '' ? t().required : t().format) });
    }
    const method = this.method;
    void this.run('verify', (signal) => backend.verify(method, code, signal), (result) => this.context.verified(result, method));
  }

  /** Ends the challenge: its countdowns stop and the code leaves the field. */
  stop(): void {
    this.challenge = undefined;
    this.backend = undefined;
    this.sent = {};
    this.resend.sms.stop();
    this.resend.email.stop();
    this.context.feedback.clear('code');
  }

  /** The heading for the current method: "Enter the code from your authenticator app", "Check your phone". */
  title(): string {
    const t = this.context.words.t.code;
    return { totp: t.totpTitle, sms: t.smsTitle, email: t.emailTitle }[this.method];
  }

  /** The line under the heading: where the code went, or which app to open; undefined before a code is sent. */
  intro(): string | undefined {
    const t = this.context.words.t.code;
    if (this.method === 'totp') return t.totpIntro;
    const sent = this.sent[this.method];
    return sent && t.sent({ to: keepTogether(sent.sentTo) });
  }

  /** Everything the shared code form shows, as plain data (see `codeChallengeForm`). */
  view(): CodeChallengeView {
    const { feedback, words, action } = this.context;
    const t = words.t.code;
    const channel = this.channel;
    const waiting = channel ? this.resend[channel].remaining : 0;
    const to = (c: CodeChannel) => keepTogether(this.challenge?.destinations[c] ?? '');
    const label = (m: CodeMethod) => (m === 'totp' ? t.useTotp : m === 'sms' ? t.useSms({ to: to('sms') }) : t.useEmail({ to: to('email') }));
    return {
      ids: { form: feedback.ids.form, code: feedback.ids.code },
      label: t.label,
      hint: t.hint,
      errorPrefix: words.t.common.errorPrefix,
      code: feedback.value('code'),
      error: feedback.error('code'),
      submit: action.pending === 'verify' ? t.verifying : t.verify,
      busy: action.pending === 'verify',
      resend: channel && {
        text: action.pending === 'send' ? t.sending : waiting > 0 ? t.resendIn({ seconds: waiting }) : t.resend,
        disabled: waiting > 0 || action.pending === 'send',
      },
      othersLabel: t.otherMethods,
      others: this.methods.filter((m) => m !== this.method).map((method) => ({ method, label: label(method) })),
      on: {
        input: (value) => feedback.setValue('code', value),
        submit: (event) => this.submit(event),
        resend: () => this.send(true),
        choose: (method) => this.choose(method),
      },
    };
  }

  hostConnected(): void {}

  /** One request through the embedding flow's runner; wrong codes and "too soon" are handled here. */
  private async run<T>(label: string, work: (signal: AbortSignal) => Promise<T>, done: (value: T) => void): Promise<void> {
    const { feedback, words } = this.context;
    const outcome = await this.context.action.run(label, (signal) =>
      // Still pending while the error messages load: the first words said about a failure are the right ones.
      work(signal).catch(async (error: unknown) => {
        await words.errorsReady();
        throw error;
      }),
    );
    if (outcome.kind === 'done') {
      feedback.clearErrors();
      return done(outcome.value);
    }
    if (outcome.kind === 'stale') return;
    const error = outcome.kind === 'failed' ? outcome.error : interruptedError();
    await words.errorsReady();
    const code = isTillitError(error) ? error.code : '';
    if (WRONG_CODE.has(code)) {
      feedback.clear('code');
      return feedback.showFieldErrors({ code: () => words.error(error as ErrorLike) });
    }
    if (code === 'resend_too_soon' && this.channel) {
      this.resend[this.channel].start((error as { retryAfter?: number }).retryAfter ?? 30);
      return feedback.showAlert(() => words.error(error as ErrorLike));
    }
    this.context.failed(error);
  }
}

/** The shared code form's view model: plain data and callbacks, no controller. */
export interface CodeChallengeView {
  readonly ids: { readonly form: string; readonly code: string };
  readonly label: string;
  readonly hint: string;
  readonly errorPrefix: string;
  readonly code: string;
  readonly error: string | undefined;
  /** The submit button's text ("Continue", "Checking…") and whether a check is running. */
  readonly submit: string;
  readonly busy: boolean;
  /** The resend button, for code channels: its text and whether it waits. */
  readonly resend: { readonly text: string; readonly disabled: boolean } | undefined;
  readonly othersLabel: string;
  readonly others: readonly { readonly method: CodeMethod; readonly label: string }[];
  readonly on: {
    readonly input: (value: string) => void;
    readonly submit: (event?: Event) => void;
    readonly resend: () => void;
    readonly choose: (method: CodeMethod) => void;
  };
}
