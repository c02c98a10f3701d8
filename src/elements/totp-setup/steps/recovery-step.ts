import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { TotpSetupClient } from '../totp-setup-client.js';

export interface RecoveryView {
  readonly level: number;
  readonly client: TotpSetupClient | undefined;
  readonly baseUrl: string | undefined;
  readonly qr: boolean;
  /** The phrase step ended: `true` when the phrase was confirmed, `false` when the user left without saving. */
  readonly onEnded: (saved: boolean) => void;
}

/**
 * The recovery phrase step: a `<recovery-key-backup>` with this element's client (its module is loaded by the flow
 * when the step comes). Its own step changes and its cancel stay inside: the host hears `<totp-setup>`'s steps.
 */
export function recoveryStep(v: RecoveryView) {
  const inner = (event: Event) => event.stopPropagation();
  return html`<recovery-key-backup
    embedded
    heading-level=${v.level}
    .client=${v.client}
    base-url=${ifDefined(v.baseUrl)}
    ?qr=${v.qr}
    @tillit-step-change=${inner}
    @tillit-recovery-phrase-confirmed=${() => v.onEnded(true)}
    @tillit-cancelled=${(event: Event) => {
      inner(event);
      v.onEnded(false);
    }}
  ></recovery-key-backup>`;
}
