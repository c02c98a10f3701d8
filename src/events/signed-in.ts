import type { Session } from '../contract/index.js';

/** How the user got in. */
export type SignInMethod = 'password' | 'passkey' | 'google' | 'apple';

/**
 * The user is signed in; `session` is the contract's `Session` (in bearer mode it carries `token`), `method` the
 * way in: a Google or Apple sign-in that went through a second factor is still `google` / `apple`.
 */
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

declare global {
  interface GlobalEventHandlersEventMap {
    'tillit-signed-in': SignedInEvent;
  }
}
