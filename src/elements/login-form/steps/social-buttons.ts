import { html, svg, type TemplateResult } from 'lit';
import type { SocialProvider } from '../../../contract/index.js';

/*
 * "Continue with Google" / "Continue with Apple", drawn to each brand's rules: Google's multicolour "G" on a
 * light button with a grey border (dark: dark fill, light text), Apple's logo on a black button (white in the
 * dark scheme), both the same size and weight. The logos are drawn here from simple geometry (arcs and curves),
 * not copied assets.
 */

/** The "G": a thick ring in four colours, open at the upper right, with the blue bar into its middle. */
const googleLogo = svg`
  <svg class="logo" viewBox="0 0 48 48" width="18" height="18" aria-hidden="true" focusable="false">
    <g fill="none" stroke-width="9">
      <path stroke="#EA4335" d="M34.97 13.77A15 15 0 0 0 11.28 16.05" />
      <path stroke="#FBBC05" d="M11.28 16.05A15 15 0 0 0 11.28 31.95" />
      <path stroke="#34A853" d="M11.28 31.95A15 15 0 0 0 35.49 33.64" />
      <path stroke="#4285F4" d="M35.49 33.64A15 15 0 0 0 39 24" />
    </g>
    <rect fill="#4285F4" x="24" y="19.5" width="19.5" height="9" />
  </svg>
`;

/** The apple: a two-lobed body with the bite taken out by a mask, and the leaf above. */
const appleLogo = svg`
  <svg class="logo" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
    <mask id="tillit-apple-bite" maskUnits="userSpaceOnUse">
      <rect width="24" height="24" fill="#fff" />
      <circle cx="21.6" cy="11.8" r="3.4" fill="#000" />
    </mask>
    <path
      fill="currentColor"
      mask="url(#tillit-apple-bite)"
      d="M11.6 7.3C10.1 6.2 8.3 5.9 6.7 6.4 4 7.3 2.7 10.1 3.1 13.3c.4 3.4 2.3 7 4.4 8.1 1.2.6 2.2 0 4.1-.2 1.9.2 2.9.8 4.1.2 2.1-1.1 4-4.7 4.4-8.1.4-3.2-.9-6-3.6-6.9-1.6-.5-3.4-.2-4.9.9z"
    />
    <path fill="currentColor" d="M11.8 5.6c-.1-2 1.3-3.7 3.5-4.1.1 2.1-1.4 3.8-3.5 4.1z" />
  </svg>
`;

export interface SocialButtonsOptions {
  providers: readonly SocialProvider[];
  labels: Record<SocialProvider, string>;
  /** The provider being started, if any: its button shows busy and both ignore clicks. */
  pending: SocialProvider | undefined;
  onStart: (provider: SocialProvider) => void;
}

export function socialButtons(o: SocialButtonsOptions): TemplateResult[] {
  return o.providers.map(
    (provider) => html`
      <button
        type="button"
        class=${`social ${provider}`}
        part=${`social-button ${provider}-button`}
        aria-disabled=${o.pending ? 'true' : 'false'}
        aria-busy=${o.pending === provider ? 'true' : 'false'}
        @click=${() => (o.pending ? undefined : o.onStart(provider))}
      >
        ${provider === 'google' ? googleLogo : appleLogo}<span>${o.labels[provider]}</span>
      </button>
    `,
  );
}
