import type { Identifier } from '../contract/index.js';

/**
 * "Forgot your password?" was chosen: route to `<password-reset>`. `identifier` is what the user had typed, if it
 * was valid, so the reset can start with it filled in.
 */
export class ForgotPasswordEvent extends Event {
  static readonly type = 'tillit-forgot-password';
  readonly identifier: Identifier | undefined;
  constructor(identifier: Identifier | undefined) {
    super(ForgotPasswordEvent.type, { bubbles: true, composed: true });
    this.identifier = identifier;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tillit-forgot-password': ForgotPasswordEvent;
  }
}
