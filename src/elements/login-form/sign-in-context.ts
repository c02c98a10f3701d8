import type { ReactiveControllerHost } from 'lit';
import type { CaptchaProvider } from '../../captcha/with-captcha.js';
import type { Session, SignInResult } from '../../contract/index.js';
import type { AsyncActionController } from '../../controllers/async-action-controller.js';
import type { ClientController } from '../../controllers/client-controller.js';
import type { CountdownController } from '../../controllers/countdown-controller.js';
import type { FormFeedbackController } from '../../controllers/form-feedback-controller.js';
import type { LocalizeController } from '../../controllers/localize-controller.js';
import type { StepController } from '../../controllers/step-controller.js';
import type { SignInMethod } from '../../events/signed-in.js';
import type { codeMessages } from '../../i18n/code.js';
import type { loginFormSections } from './messages.js';
import type { SignInClient } from './sign-in-client.js';

/** The steps of `<login-form>`, as `tillit-step-change` reports them (`StepChangeEvent<LoginStep>`). */
export type LoginStep = 'identifier' | 'second-factor' | 'signed-in';

/** The light-DOM fields of `<login-form>`. */
export type LoginField = 'email' | 'phone' | 'password' | 'code';

/** The login form's messages; `code` is added when the second factor loads. */
export type SignInI18n = LocalizeController<typeof loginFormSections, { code: typeof codeMessages }>;

/** What the sign-in flow reads of its element: its configuration (attributes and host hooks). */
export interface SignInHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  client?: SignInClient | undefined;
  baseUrl?: string | undefined;
  /** Space-separated ways in: `password passkey google apple`. */
  methods: string;
  /** Identifier kinds and their order: `email phone`. */
  identifier: string;
  defaultCountry: string;
  /** An e-mail address or phone number to start with. */
  prefill?: string | undefined;
  returnTo?: string | undefined;
  captchaProvider?: CaptchaProvider | undefined;
  navigate: (url: string) => void;
}

/** What the parts of the sign-in flow (identifier form, passkeys, social, second factor) share. */
export interface SignInContext {
  readonly host: SignInHost;
  readonly i18n: SignInI18n;
  readonly feedback: FormFeedbackController<LoginField>;
  readonly action: AsyncActionController;
  readonly steps: StepController<LoginStep>;
  readonly client: ClientController<SignInClient>;
  /**
   * Runs while the backend says to wait (`rate_limited`, `account_locked`): submitting is blocked meanwhile.
   * Made by `lockCountdown()` with the first such answer.
   */
  lock: CountdownController | undefined;
  /** The lock countdown, made with the first lock or rate limit. */
  lockCountdown(): CountdownController;
  /** The lock ended: the message about it goes, and the user hears they may try again. */
  lockEnded(): void;
  /**
   * Runs one request (a newer one aborts it); a failure goes to the sign-in failure handling, a success clears
   * the errors shown and calls `done`.
   */
  send<T>(
    label: string,
    needs: readonly (keyof SignInClient)[],
    work: (client: SignInClient, signal: AbortSignal) => Promise<T>,
    done: (value: T) => void | Promise<void>,
  ): Promise<void>;
  /** A sign-in answer (password, social): signed in, or on to the second factor. */
  answered(result: SignInResult, via: SignInMethod): Promise<void>;
  signedIn(session: Session, via: SignInMethod): void;
  /** A failed request, shown as sign-in words it (see sign-in-failures.ts). */
  fail(error: unknown): void;
  /** Starts loading the second factor's code now, while a request whose answer may need it runs. */
  preloadSecondFactor(): void;
}
