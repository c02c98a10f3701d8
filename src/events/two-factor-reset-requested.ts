import type { TwoFactorResetRequested } from '../contract/index.js';

/** Where a 2FA reset request can be looked up again: the page keeps both to show its status later. */
export interface TwoFactorResetTicket {
  readonly requestId: string;
  /** The secret that reads the status without a session: keep it like a password (never in a URL or a log). */
  readonly statusToken: string;
}

/**
 * `<two-factor-reset>` sent a request to review. Keep `ticket` (e.g. in the user's own storage on this device) and
 * hand it back to `<two-factor-reset>` (`.ticket`) to show the status when the user returns; the decision also
 * goes out by e-mail (or SMS) by `reviewBy`.
 */
export class TwoFactorResetRequestedEvent extends Event {
  static readonly type = 'tillit-two-factor-reset-requested';
  readonly ticket: TwoFactorResetTicket;
  readonly reviewBy: string;
  constructor(request: TwoFactorResetRequested) {
    super(TwoFactorResetRequestedEvent.type, { bubbles: true, composed: true });
    this.ticket = { requestId: request.requestId, statusToken: request.statusToken };
    this.reviewBy = request.reviewBy;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tillit-two-factor-reset-requested': TwoFactorResetRequestedEvent;
  }
}
