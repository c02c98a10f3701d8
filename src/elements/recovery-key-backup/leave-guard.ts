import type { ReactiveController } from 'lit';

/**
 * Asks the browser to warn before the page is left (`beforeunload`) while `active()` says something unsaved is on
 * screen: a recovery phrase that is shown but not yet confirmed works for nobody once the page is gone. The
 * listener is there only while needed (it also keeps the page out of the back/forward cache) and goes with the
 * host. The in-page warning for the element's own "Cancel" is the flow's.
 */
export class LeaveGuardController implements ReactiveController {
  private listening = false;
  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    event.preventDefault();
    // Older Chromium and Safari still want returnValue set; the text is the browser's own either way.
    event.returnValue = '';
  };

  /** Add it with `this.addController(new LeaveGuardController(() => unsaved))`. */
  constructor(private readonly active: () => boolean) {}

  hostUpdated(): void {
    this.listen(this.active());
  }

  hostDisconnected(): void {
    this.listen(false);
  }

  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    if (on) window.addEventListener('beforeunload', this.onBeforeUnload);
    else window.removeEventListener('beforeunload', this.onBeforeUnload);
  }
}
