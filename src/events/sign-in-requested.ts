import type { Identifier } from '../contract/index.js';

/**
 * The user chose "Log in" in an element that is not the log-in form (after a password reset, an approved 2FA
 * reset, or on the way to asking for one): route to `<login-form>`, with `identifier` as its `prefill`.
 * Elements with a `sign-in-href` attribute link there instead of firing it.
 */
export class SignInRequestedEvent extends Event {
  static readonly type = 'tillit-sign-in-requested';
  readonly identifier: Identifier | undefined;
  constructor(identifier: Identifier | undefined) {
    super(SignInRequestedEvent.type, { bubbles: true, composed: true });
    this.identifier = identifier;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tillit-sign-in-requested': SignInRequestedEvent;
  }
}
