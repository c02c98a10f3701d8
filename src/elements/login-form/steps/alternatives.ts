import { html, nothing } from 'lit';
import type { SocialProvider } from '../../../contract/index.js';
import type { LoginFormMessages } from '../messages.js';
import type { SignInFlowController } from '../sign-in-flow-controller.js';
import { socialButtons } from './social-buttons.js';

/** What the buttons read of the sign-in flow, and what they ask of it. */
export type AlternativesFlow = Pick<SignInFlowController, 'methods' | 'action' | 'signInWithPasskey' | 'startSocial'>;

/**
 * In the shadow root, under the form: "or", then the passkey and Google/Apple buttons, whichever are offered. While
 * a request runs (`action.pending`: `'passkey'`, `'google'`, ...) its button shows busy and all of them ignore clicks.
 */
export function alternatives(t: LoginFormMessages, flow: AlternativesFlow) {
  const methods = flow.methods;
  const pending = flow.action.pending;
  const social = methods.filter((m): m is SocialProvider => m === 'google' || m === 'apple');
  const passkey = methods.includes('passkey');
  if (!passkey && social.length === 0) return nothing;
  return html`
    ${methods.includes('password') ? html`<p class="divider" aria-hidden="true"><span>${t.or}</span></p>` : nothing}
    <div class="alternatives" part="alternatives" role="group" aria-label=${t.otherWays}>
      ${passkey
        ? html`<button
            type="button"
            class="passkey"
            part="passkey-button"
            aria-disabled=${pending ? 'true' : 'false'}
            aria-busy=${pending === 'passkey' ? 'true' : 'false'}
            @click=${() => (pending ? undefined : flow.signInWithPasskey())}
          >
            ${pending === 'passkey' ? t.passkeyPending : t.passkey}
          </button>`
        : nothing}
      ${socialButtons({
        providers: social,
        labels: { google: t.google, apple: t.apple },
        pending: pending === 'google' || pending === 'apple' ? pending : undefined,
        onStart: (provider) => flow.startSocial(provider),
      })}
    </div>
  `;
}
