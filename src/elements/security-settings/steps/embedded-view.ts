import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { WithdrawalLock } from '../../../contract/index.js';
import type { Task } from '../settings-context.js';

export interface EmbeddedView {
  readonly task: Task | undefined;
  /** This element's client, handed on (else the embedded element uses the page's default, as this one does). */
  readonly client: object | undefined;
  readonly baseUrl: string | undefined;
  readonly level: number;
  readonly back: string;
  readonly on: {
    readonly close: () => void;
    readonly changed: (change: 'setup_totp' | 'issue_recovery_phrase', lock: WithdrawalLock) => void;
  };
}

/**
 * `<totp-setup>` or `<recovery-key-backup>`, embedded in the light part (their own fields must stay visible to
 * password managers and one-time-code autofill): their events tell this element what changed; their "Cancel"
 * and the button below go back to the overview. Their elements are registered by `SettingsFlow.embed` first.
 */
export function embeddedStep(v: EmbeddedView) {
  const back = html`<button class="tillit-secondary" type="button" @click=${v.on.close}>${v.back}</button>`;
  if (v.task?.kind === 'totp-setup') {
    return html`<totp-setup
        .client=${v.client}
        base-url=${ifDefined(v.baseUrl)}
        heading-level=${v.level}
        @tillit-totp-enabled=${(event: GlobalEventHandlersEventMap['tillit-totp-enabled']) => v.on.changed('setup_totp', event.withdrawalLock)}
        @tillit-recovery-phrase-confirmed=${() => v.on.changed('issue_recovery_phrase', null)}
        @tillit-cancelled=${v.on.close}
      ></totp-setup>
      ${back}`;
  }
  if (v.task?.kind === 'recovery-phrase') {
    return html`<recovery-key-backup
        .client=${v.client}
        base-url=${ifDefined(v.baseUrl)}
        heading-level=${v.level}
        @tillit-recovery-phrase-confirmed=${() => v.on.changed('issue_recovery_phrase', null)}
        @tillit-cancelled=${v.on.close}
      ></recovery-key-backup>
      ${back}`;
  }
  return back;
}
