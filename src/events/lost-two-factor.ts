import type { Identifier } from '../contract/index.js';

/** The sign-in challenge a lost-2FA request or a recovery-phrase restore proves the password with. */
export interface LostTwoFactorChallenge {
  /** The second-factor challenge's `id` (`challengeId` of `requestTwoFactorReset` / `restoreAuthenticator`). */
  readonly id: string;
  /** When the challenge stops being accepted (5 minutes after the sign-in): after it, log in again. */
  readonly expiresAt: string;
}

/**
 * "Lost your authenticator app?" was chosen: route to `<two-factor-reset>`. Fired from the second-factor step, it
 * carries that sign-in's `challenge` (the proof of the password the reset needs) and the `identifier` typed; hand
 * both to `<two-factor-reset>` (`.challenge`, `.identifier`). Keep them in memory or history state, never in the URL.
 */
export class LostTwoFactorEvent extends Event {
  static readonly type = 'tillit-lost-two-factor';
  readonly identifier: Identifier | undefined;
  readonly challenge: LostTwoFactorChallenge | undefined;
  constructor(identifier: Identifier | undefined, challenge?: LostTwoFactorChallenge) {
    super(LostTwoFactorEvent.type, { bubbles: true, composed: true });
    this.identifier = identifier;
    this.challenge = challenge && { id: challenge.id, expiresAt: challenge.expiresAt };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tillit-lost-two-factor': LostTwoFactorEvent;
  }
}
