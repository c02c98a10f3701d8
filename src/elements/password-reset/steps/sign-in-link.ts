import { html } from 'lit';

/** "Back to log in" / "Log in": a link to the host's `sign-in-href`, else a button that fires the event. */
export interface SignInLink {
  readonly text: string;
  readonly href: string | undefined;
  readonly onClick: () => void;
  /** The main action of its step (the last step's "Log in"): drawn as a button, not a link. */
  readonly primary?: boolean;
}

export function signInLink(o: SignInLink) {
  const cls = o.primary ? 'tillit-button' : 'tillit-link';
  return o.href
    ? html`<a class=${cls} href=${o.href}>${o.text}</a>`
    : html`<button class=${cls} type="button" @click=${o.onClick}>${o.text}</button>`;
}
