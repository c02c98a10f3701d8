import type { Identifier } from '../contract/index.js';

/** "Lost your authenticator app?" was chosen: route to `<two-factor-reset>`, with the identifier if one was typed. */
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
    'tillit-lost-two-factor': LostTwoFactorEvent;
  }
}
