import { css } from 'lit';

/**
 * Light-DOM rules for the one-thing-per-step flows that show more than a form (`<totp-setup>`,
 * `<recovery-key-backup>`): the step's heading that takes focus, the row of actions, how the app will list the account, a secret shown large in a
 * monospace face (setup key, recovery words), the disclosure ("Can't scan it?"), the QR code's frame and the
 * warning box. Same selector pattern and reasons as field-styles.ts; adopt it after `fieldStyles`.
 * The QR code stays dark on light in forced colours (`forced-color-adjust: none`): a scanner needs it so.
 */
export const stepStyles = css`
  [data-tillit-light] .tillit-step {
    display: grid;
    gap: var(--_tillit-space-4);
  }
  [data-tillit-light] .tillit-step-title {
    margin: 0;
    font-size: var(--_tillit-font-size-large);
    font-weight: var(--_tillit-font-weight-strong);
    line-height: 1.25;
  }
  [data-tillit-light] .tillit-step-title:focus:not(:focus-visible) {
    outline: none;
  }
  [data-tillit-light] .tillit-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_tillit-space-3) var(--_tillit-space-4);
  }
  [data-tillit-light] .tillit-actions > .tillit-button {
    width: auto;
    flex: 1 1 12rem;
  }
  [data-tillit-light] .tillit-secret {
    font-family: ui-monospace, 'SF Mono', Menlo, Consolas, monospace;
    font-size: 1.125em;
    letter-spacing: 0.05em;
  }
  [data-tillit-light] .tillit-key {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75ch;
    margin: 0;
    padding: var(--_tillit-space-3);
    border: 1px dashed var(--_tillit-border);
    border-radius: var(--_tillit-radius-small);
    overflow-wrap: anywhere;
  }
  [data-tillit-light] .tillit-listed {
    display: grid;
    margin: 0;
    padding: var(--_tillit-space-3) var(--_tillit-space-4);
    border: 1px solid var(--_tillit-border);
    border-radius: var(--_tillit-radius-small);
    overflow-wrap: anywhere;
  }
  [data-tillit-light] .tillit-disclosure > summary {
    cursor: pointer;
    color: var(--_tillit-accent);
    font-weight: var(--_tillit-font-weight-strong);
  }
  [data-tillit-light] .tillit-disclosure[open] > summary {
    margin-bottom: var(--_tillit-space-3);
  }
  [data-tillit-light] .tillit-steps {
    display: grid;
    gap: var(--_tillit-space-3);
    margin: 0;
    padding-inline-start: 1.5em;
  }
  [data-tillit-light] .tillit-qr-frame {
    display: grid;
    justify-items: center;
    gap: var(--_tillit-space-2);
    margin: 0;
  }
  [data-tillit-light] .tillit-qr {
    display: block;
    width: min(14rem, 100%);
    height: auto;
    border: 1px solid var(--_tillit-border);
    forced-color-adjust: none;
  }
  [data-tillit-light] .tillit-warning {
    margin: 0;
    padding: var(--_tillit-space-3) var(--_tillit-space-4);
    border-inline-start: 4px solid var(--_tillit-warning);
    background: var(--_tillit-surface-alt);
  }
  [data-tillit-light] .tillit-warning > :first-child {
    margin-top: 0;
  }
  [data-tillit-light] .tillit-warning > :last-child {
    margin-bottom: 0;
  }
  @media (forced-colors: active) {
    [data-tillit-light] .tillit-warning {
      border-inline-start-color: CanvasText;
    }
  }
`;
