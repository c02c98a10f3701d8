import { css, html } from 'lit';
import type { ContactKind } from '../../../contract/index.js';
import type { SecuritySettingsMessages } from '../messages.js';

export interface TwoFactorSwitchView {
  readonly t: SecuritySettingsMessages;
  readonly kind: ContactKind;
  /** Whether the contact's codes are a sign-in second factor now. */
  readonly on: boolean;
  /** Opens the task that turns them the other way (consequences, step-up, then the change). */
  readonly toggle: (enabled: boolean) => void;
}

/**
 * The switch beside a bound e-mail or phone: `role="switch"` on a real button (Enter and Space work as on any
 * button), `aria-checked` the setting in force. Pressing it does not flip it: it opens the change, whose
 * consequences come first; the switch moves once the backend has made the change. "On"/"Off" is written inside
 * the switch, so it never rests on colour or the knob's position alone; `aria-checked` says it to assistive
 * technology (a line repeating it under the switch only said the same thing twice).
 */
export function twoFactorSwitch(v: TwoFactorSwitchView) {
  const { t, kind, on } = v;
  const id = `codes-${kind}`;
  return html`
    <div class="row-status">
      <button id=${id} class="switch" part="switch" type="button" role="switch" aria-checked=${on ? 'true' : 'false'}
        @click=${() => v.toggle(!on)}>
        <span class="switch-track" aria-hidden="true"><span class="switch-knob"></span><span>${on ? t.switchOn : t.switchOff}</span></span>
        <span class="switch-label">${kind === 'email' ? t.emailCodesSwitch : t.phoneCodesSwitch}</span>
      </button>
    </div>
  `;
}

/** The switch's look in the overview's shadow root (tokens only; a forced-colors variant with system colours). */
export const twoFactorSwitchStyles = css`
  .switch {
    display: inline-flex;
    align-items: center;
    gap: var(--_tillit-space-3);
    min-height: var(--_tillit-control-height);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_tillit-text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .switch-track {
    display: inline-flex;
    align-items: center;
    gap: var(--_tillit-space-1);
    padding: 2px var(--_tillit-space-2) 2px 2px;
    border: 2px solid var(--_tillit-border);
    border-radius: 999px;
    font-size: var(--_tillit-font-size-small);
    font-weight: var(--_tillit-font-weight-strong);
  }
  .switch-knob {
    width: 1.25rem;
    height: 1.25rem;
    border-radius: 50%;
    background: currentColor;
  }
  [aria-checked='true'] .switch-track {
    flex-direction: row-reverse;
    padding: 2px 2px 2px var(--_tillit-space-2);
    border-color: var(--_tillit-accent);
    background: var(--_tillit-accent);
    color: var(--_tillit-accent-contrast);
  }
  .switch:focus-visible {
    outline: var(--_tillit-focus-width) solid var(--_tillit-focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    [aria-checked='true'] .switch-track {
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
