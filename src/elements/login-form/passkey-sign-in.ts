import type { ReactiveController } from 'lit';
import type { SignInMethod } from '../../events/signed-in.js';
import { supportsPasskeyAutofill, supportsPasskeys } from '../../passkeys/support.js';
import { offerPasskeyAutofill } from './passkey-autofill.js';
import type { SignInContext } from './sign-in-context.js';

/** What the passkey part reads of the flow beyond the shared context: the ways in on offer. */
export interface PasskeyContext extends SignInContext {
  readonly methods: readonly SignInMethod[];
}

type Ceremonies = typeof import('./passkey-ceremonies.js');

/**
 * When passkeys run: the "Log in with a passkey" button, and passkey autofill in the identifier field where the
 * browser can (armed while the identifier step shows with both passwords and passkeys on offer, quietly re-armed
 * when the client, the methods or the step change). The button's ceremony loads only when one really starts;
 * autofill's is small and armed on nearly every page load, so it comes with the element (passkey-autofill.ts).
 */
export class PasskeySignIn implements ReactiveController {
  private readonly ctx: PasskeyContext;
  private autofill: AbortController | undefined;
  private seen: { methods?: string; step?: string } = {};
  private rearm = false;

  constructor(ctx: PasskeyContext) {
    this.ctx = ctx;
    ctx.host.addController(this);
  }

  /** The client changed: an armed autofill ceremony belongs to the old one. */
  clientChanged(): void {
    this.stop();
    this.rearm = true;
  }

  /** The user reaches for the passkey button: fetch the ceremony (and WebAuthn library) before the click. */
  prepare(): void {
    void this.ceremonies().then((c) => c.preloadLibrary(), () => undefined);
  }

  signIn(): void {
    if (!supportsPasskeys()) return this.ctx.feedback.showAlert(() => this.ctx.i18n.t.loginForm.passkeyUnsupported);
    this.stop();
    void this.ceremonies().then(
      (c) => c.signInWithPasskey(this.ctx).finally(() => void this.arm()),
      () => this.ctx.feedback.showError('network'),
    );
  }

  hostConnected(): void {
    this.rearm = true;
  }

  hostDisconnected(): void {
    this.stop();
  }

  hostUpdate(): void {
    const now = { methods: this.ctx.host.methods, step: this.ctx.steps.current };
    if (now.methods !== this.seen.methods || now.step !== this.seen.step) this.rearm = true;
    this.seen = now;
  }

  /** After the light DOM is rendered: the autofill ceremony needs the `webauthn` field on the page. */
  hostUpdated(): void {
    if (!this.rearm) return;
    this.rearm = false;
    void this.arm();
  }

  stop(): void {
    this.autofill?.abort();
    this.autofill = undefined;
  }

  private async arm(): Promise<void> {
    const { methods, steps, action, client } = this.ctx;
    const wanted = steps.current === 'identifier' && methods.includes('passkey') && methods.includes('password');
    if (!wanted || !client.available) return this.stop();
    if (this.autofill || action.pending === 'passkey' || !(await supportsPasskeyAutofill())) return;
    const controller = new AbortController();
    this.autofill = controller;
    try {
      await offerPasskeyAutofill(this.ctx, controller.signal);
    } finally {
      if (this.autofill === controller) this.autofill = undefined;
    }
  }

  private ceremonies(): Promise<Ceremonies> {
    return import('./passkey-ceremonies.js');
  }
}
