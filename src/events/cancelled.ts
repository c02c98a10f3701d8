/**
 * The user stopped a flow before its end ("Cancel", or "Leave without saving" after the warning). `step` is the
 * step they left, in that element's step names. Whatever the flow held (a setup key, a recovery phrase) is gone
 * by the time this fires; a host closes its dialog or routes back.
 */
export class CancelledEvent<Step extends string = string> extends Event {
  static readonly type = 'tillit-cancelled';
  readonly step: Step;
  constructor(step: Step) {
    super(CancelledEvent.type, { bubbles: true, composed: true });
    this.step = step;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tillit-cancelled': CancelledEvent;
  }
}
