import { html, nothing, type TemplateResult } from 'lit';
import type { SocialProvider } from '../../../contract/index.js';
import type { SignInMethod } from '../../../events/signed-in.js';
import type { LoginFormMessages } from '../messages.js';
import { socialButtons } from './social-buttons.js';

export interface AlternativesView {
  readonly t: LoginFormMessages;
  readonly methods: readonly SignInMethod[];
  /** The request running (`'passkey'`, `'google'`, ...): its button shows busy and all of them ignore clicks. */
  readonly pending: string | undefined;
  readonly onPasskey: () => void;
  /** The pointer or focus reached the passkey button: load its ceremony now. */
  readonly onPasskeyIntent: () => void;
  readonly onSocial: (provider: SocialProvider) => void;
}

/** In the shadow root, under the form: "or", then the passkey and Google/Apple buttons, whichever are offered. */
export function alternatives(o: AlternativesView): TemplateResult | typeof nothing {
  const { t, methods, pending } = o;
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
            @pointerenter=${o.onPasskeyIntent}
            @focus=${o.onPasskeyIntent}
            @click=${() => (pending ? undefined : o.onPasskey())}
          >
            ${pending === 'passkey' ? t.passkeyPending : t.passkey}
          </button>`
        : nothing}
      ${socialButtons({
        providers: social,
        labels: { google: t.google, apple: t.apple },
        pending: pending === 'google' || pending === 'apple' ? pending : undefined,
        onStart: o.onSocial,
      })}
    </div>
  `;
}
