import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { IssuedRecoveryPhrase } from '../../../contract/index.js';
import type { TotpSetupClient } from '../totp-setup-client.js';

export interface RecoveryView {
  readonly level: number;
  readonly client: TotpSetupClient | undefined;
  readonly baseUrl: string | undefined;
  readonly qr: boolean;
  /** The phrase `confirmTotpSetup` issued, until the inner element has taken it (then undefined). */
  readonly issued: IssuedRecoveryPhrase | undefined;
  /** The inner element moved to its first step of its own: it holds the phrase now. */
  readonly onTaken: () => void;
  /** The phrase step ended: `true` when the phrase was confirmed, `false` when the user left without saving. */
  readonly onEnded: (saved: boolean) => void;
}

/**
 * The recovery phrase step: a `<recovery-key-backup>` with this element's client (its module is loaded by the flow
 * when the step comes), handed the phrase the binding issued, so it shows the words at once without a step-up of
 * its own. Its own step changes and its cancel stay inside: the host hears `<totp-setup>`'s steps.
 */
export function recoveryStep(v: RecoveryView) {
  const inner = (event: Event) => event.stopPropagation();
  const taken = (event: Event) => {
    inner(event);
    v.onTaken();
  };
  return html`<recovery-key-backup
    embedded
    heading-level=${v.level}
    .client=${v.client}
    base-url=${ifDefined(v.baseUrl)}
    ?qr=${v.qr}
    .issued=${v.issued}
    @tillit-step-change=${taken}
    @tillit-recovery-phrase-confirmed=${() => v.onEnded(true)}
    @tillit-cancelled=${(event: Event) => {
      inner(event);
      v.onEnded(false);
    }}
  ></recovery-key-backup>`;
}
