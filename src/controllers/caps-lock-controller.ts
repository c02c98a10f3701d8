import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Knows whether Caps Lock is on while the user types in a field the host cares about (its password input), from
 * the keyboard events that bubble to the host. Browsers only tell through key events, so the hint appears on the
 * first key press and not before.
 */
export class CapsLockController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly watches: (target: EventTarget | null) => boolean;
  on = false;

  constructor(host: ReactiveControllerHost & HTMLElement, watches: (target: EventTarget | null) => boolean) {
    this.host = host;
    this.watches = watches;
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKey);
    this.host.addEventListener('keyup', this.onKey);
    this.host.addEventListener('focusout', this.onBlur);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKey);
    this.host.removeEventListener('keyup', this.onKey);
    this.host.removeEventListener('focusout', this.onBlur);
  }

  private readonly onKey = (event: Event): void => {
    if (!(event instanceof KeyboardEvent) || !this.watches(event.target)) return;
    this.set(event.getModifierState?.('CapsLock') ?? false);
  };

  private readonly onBlur = (event: Event): void => {
    if (this.watches(event.target)) this.set(false);
  };

  private set(on: boolean): void {
    if (on === this.on) return;
    this.on = on;
    this.host.requestUpdate();
  }
}
