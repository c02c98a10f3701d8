import { html } from 'lit';

/** After the restore: the withdrawal lock, and what to do now (the host shows `<totp-setup>` with the new setup). */
export function restoredStep(o: { readonly text: string; readonly lock: unknown }) {
  return html`<div class="tillit-form"><p class="tillit-intro">${o.text}</p>${o.lock}</div>`;
}
