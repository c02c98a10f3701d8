import type { Identifier, SecondFactorMethod, Session } from '../../contract/index.js';

/** The steps of `<login-form>`, as `tillit-step-change` reports them. */
export type LoginStep = 'identifier' | 'second-factor' | 'signed-in';

/** How the user got in. */
export type SignInMethod = 'password' | 'passkey' | 'google' | 'apple';

/** The user is signed in; `session` is the contract's `Session` (in bearer mode it carries `token`). */
export class SignedInEvent extends Event {
  static readonly type = 'tillit-signed-in';
  readonly session: Session;
  readonly method: SignInMethod;
  constructor(session: Session, method: SignInMethod) {
    super(SignedInEvent.type, { bubbles: true, composed: true });
    this.session = session;
    this.method = method;
  }
}

/** The form moved to another step (and, on the second-factor step, to another method). */
export class StepChangeEvent extends Event {
  static readonly type = 'tillit-step-change';
  readonly step: LoginStep;
  readonly method: SecondFactorMethod | undefined;
  constructor(step: LoginStep, method?: SecondFactorMethod) {
    super(StepChangeEvent.type, { bubbles: true, composed: true });
    this.step = step;
    this.method = method;
  }
}

/**
 * "Forgot your password?" was chosen (when no `forgot-href` is set): route to `<password-reset>`. `identifier` is
 * what the user had typed, if it was valid, so the reset can start with it filled in.
 */
export class ForgotPasswordEvent extends Event {
  static readonly type = 'tillit-forgot-password';
  readonly identifier: Identifier | undefined;
  constructor(identifier: Identifier | undefined) {
    super(ForgotPasswordEvent.type, { bubbles: true, composed: true });
    this.identifier = identifier;
  }
}

/** "Lost your authenticator app?" was chosen on the second-factor step: route to `<two-factor-reset>`. */
export class LostTwoFactorEvent extends Event {
  static readonly type = 'tillit-lost-two-factor';
  readonly identifier: Identifier | undefined;
  constructor(identifier: Identifier | undefined) {
    super(LostTwoFactorEvent.type, { bubbles: true, composed: true });
    this.identifier = identifier;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tillit-signed-in': SignedInEvent;
    'tillit-step-change': StepChangeEvent;
    'tillit-forgot-password': ForgotPasswordEvent;
    'tillit-lost-two-factor': LostTwoFactorEvent;
  }
}
