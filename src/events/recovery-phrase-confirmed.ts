/**
 * The user proved they saved the recovery phrase and the backend made it active (`<recovery-key-backup>`). The
 * words never travel in an event: only when the phrase was issued and confirmed.
 */
export class RecoveryPhraseConfirmedEvent extends Event {
  static readonly type = 'tillit-recovery-phrase-confirmed';
  readonly issuedAt: string;
  readonly confirmedAt: string;
  constructor(issuedAt: string, confirmedAt: string) {
    super(RecoveryPhraseConfirmedEvent.type, { bubbles: true, composed: true });
    this.issuedAt = issuedAt;
    this.confirmedAt = confirmedAt;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tillit-recovery-phrase-confirmed': RecoveryPhraseConfirmedEvent;
  }
}
