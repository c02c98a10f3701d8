import type { SensitiveAction } from '../contract/index.js';

/**
 * A step-up verification finished: every factor it asked for was confirmed. Elements that embed the step-up fire
 * it before they go on with the sensitive action; the token itself stays inside the element (it is a secret for
 * one action), so the event says only which action was confirmed and until when.
 */
export class VerifiedEvent extends Event {
  static readonly type = 'tillit-verified';
  readonly action: SensitiveAction;
  /** When the confirmation stops being accepted, if the backend said. */
  readonly expiresAt: string | undefined;
  constructor(action: SensitiveAction, expiresAt?: string) {
    super(VerifiedEvent.type, { bubbles: true, composed: true });
    this.action = action;
    this.expiresAt = expiresAt;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tillit-verified': VerifiedEvent;
  }
}
