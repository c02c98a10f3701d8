import type { KycStatus } from '../contract/index.js';

/**
 * The identity verification changed: level 1 approved, level 2 sent for review, approved, rejected, or more
 * documents asked for. `<kyc-uploader>` fires it on every change it sees (its own answers and its polls), so a
 * host can refresh its limits or its navigation.
 */
export class KycStatusChangeEvent extends Event {
  static readonly type = 'tillit-kyc-status-change';
  /** The approved level now: 0, 1 or 2. */
  readonly level: 0 | 1 | 2;
  readonly status: KycStatus;
  readonly previousStatus: KycStatus | undefined;
  constructor(level: 0 | 1 | 2, status: KycStatus, previousStatus?: KycStatus) {
    super(KycStatusChangeEvent.type, { bubbles: true, composed: true });
    this.level = level;
    this.status = status;
    this.previousStatus = previousStatus;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tillit-kyc-status-change': KycStatusChangeEvent;
  }
}
