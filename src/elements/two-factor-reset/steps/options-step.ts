import { html, nothing } from 'lit';
import type { TwoFactorResetMessages } from '../messages.js';

export interface OptionsStepView {
  readonly t: TwoFactorResetMessages;
  /** The level of the options' own headings: one below the element's. */
  readonly level: number;
  /** The sign-in challenge can still be used: the phrase and the request are offered. */
  readonly usable: boolean;
  /** The recovery-phrase step is there to go to. */
  readonly phrase: boolean;
  /** A challenge came but is gone (expired or used): say so, rather than only "log in first". */
  readonly expired: boolean;
  /** The host knows a request of this account: link its status. */
  readonly hasTicket: boolean;
  readonly on: {
    readonly phrase: () => void;
    readonly request: () => void;
    readonly status: () => void;
    readonly signIn: () => void;
  };
  readonly signInHref: string | undefined;
}

/**
 * The first step: the self-service ways in the order that gets the user back soonest (the saved setup key, the
 * old phone, the recovery phrase), then the request for a reset. The phrase and the request need the sign-in
 * challenge; without a usable one the user is told to log in first.
 */
export function optionsStep(o: OptionsStepView) {
  const { t } = o;
  const option = (title: string, text: string, action: unknown = nothing) => html`
    <div class="tillit-option">
      <p class="tillit-label" role="heading" aria-level=${o.level}>${title}</p>
      <p class="tillit-hint">${text}</p>
      ${action}
    </div>
  `;
  const button = (text: string, onClick: () => void, primary = false) =>
    html`<button class=${primary ? 'tillit-button' : 'tillit-link'} type="button" @click=${onClick}>${text}</button>`;
  const signIn = o.signInHref
    ? html`<a class="tillit-button" href=${o.signInHref}>${t.signIn}</a>`
    : button(t.signIn, o.on.signIn, true);
  return html`
    <div class="tillit-form">
      ${option(t.keyTitle, t.keyText)} ${option(t.transferTitle, t.transferText)}
      ${option(t.phraseTitle, t.phraseText, o.usable && o.phrase ? button(t.phraseAction, o.on.phrase) : nothing)}
      ${option(t.requestTitle, t.requestText, o.usable ? button(t.requestAction, o.on.request, true) : nothing)}
      ${o.usable ? nothing : html`<p class="tillit-notice-box">${o.expired ? t.signInExpired : t.signInFirst}</p>${signIn}`}
      ${o.hasTicket ? button(t.statusAction, o.on.status) : nothing}
    </div>
  `;
}
