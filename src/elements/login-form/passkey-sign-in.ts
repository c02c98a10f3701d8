import type { ReactiveController } from 'lit';
import { isTillitError } from '../../client/errors.js';
import type { SignInMethod } from '../../events/signed-in.js';
import { getPasskeyAssertion } from '../../passkeys/assertion.js';
import { getAutofillAssertion } from '../../passkeys/autofill.js';
import { supportsPasskeyAutofill, supportsPasskeys } from '../../passkeys/support.js';
import type { SignInContext } from './sign-in-context.js';

/** What the passkey part reads of the flow beyond the shared context: the ways in on offer. */
export interface PasskeyContext extends SignInContext {
  readonly methods: readonly SignInMethod[];
}

/**
 * Passkey sign-in: the "Log in with a passkey" button, and passkeys offered in the identifier field's autofill
 * where the browser can (armed while the identifier step shows with both passwords and passkeys on offer, quietly
 * re-armed when the client, the methods or the step change). The autofill ceremony uses the browser's own WebAuthn
 * JSON helpers, so @simplewebauthn/browser loads only when the button is used.
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

  signIn(): void {
    if (!supportsPasskeys()) return this.ctx.feedback.showAlert(() => this.ctx.i18n.t.loginForm.passkeyUnsupported);
    this.stop();
    void this.ctx
      .send(
        'passkey',
        ['passkeySignInOptions', 'passkeySignIn'],
        async (client, signal) => {
          const { challengeId, options } = await client.passkeySignInOptions({}, { signal });
          const response = await getPasskeyAssertion(options, signal);
          return client.passkeySignIn({ challengeId, response }, { signal });
        },
        ({ session }) => this.ctx.signedIn(session, 'passkey'),
      )
      .finally(() => void this.arm());
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
      const signIn = await client.get('passkeySignInOptions', 'passkeySignIn');
      const { challengeId, options } = await signIn.passkeySignInOptions({}, { signal: controller.signal });
      const response = await getAutofillAssertion(options, controller.signal);
      const result = await signIn.passkeySignIn({ challengeId, response }, { signal: controller.signal });
      if (!controller.signal.aborted) this.ctx.signedIn(result.session, 'passkey');
    } catch (error) {
      // Autofill runs unasked, so only a passkey the user picked and the backend refused is worth a message; a
      // dismissed prompt, or a backend fault the user's own next action will meet anyway, stays quiet.
      const code = isTillitError(error) ? error.code : undefined;
      if (!controller.signal.aborted && (code === 'passkey_failed' || code === 'account_locked')) this.ctx.fail(error);
    } finally {
      if (this.autofill === controller) this.autofill = undefined;
    }
  }
}
