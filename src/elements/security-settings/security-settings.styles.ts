import { css } from 'lit';
import { tokens } from '../../theme/index.js';
import { frameStyles } from '../shared/frame-styles.js';
import { twoFactorSwitchStyles } from './steps/two-factor-switch.js';

/**
 * The light part's own rules (the task forms, their consequences, what changed), after the shared sheets; same
 * selector pattern and reasons as field-styles.ts. The secondary button's look is the overview's buttons' too, so
 * the sheet is in the shadow root as well (`:host .action`).
 */
export const settingsLightStyles = css`
  [data-tillit-light] .tillit-task-consequences {
    display: grid;
    gap: var(--_tillit-space-2);
  }
  [data-tillit-light] .tillit-outcome {
    margin: var(--_tillit-space-1) 0 0;
    padding-inline-start: var(--_tillit-space-5);
  }
  [data-tillit-light] .tillit-binding {
    display: grid;
    gap: var(--_tillit-space-4);
  }
  [data-tillit-light] .tillit-done {
    display: grid;
    gap: var(--_tillit-space-4);
    justify-items: start;
  }
  [data-tillit-light] .tillit-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_tillit-space-3);
  }
  [data-tillit-light] .tillit-secondary,
  :host .action {
    justify-self: start;
    min-height: var(--_tillit-control-height);
    margin: 0;
    padding: var(--_tillit-space-2) var(--_tillit-space-4);
    border: 1px solid var(--_tillit-border);
    border-radius: var(--_tillit-radius);
    background: var(--_tillit-surface);
    color: var(--_tillit-text);
    font: inherit;
    cursor: pointer;
  }
  @media (forced-colors: active) {
    [data-tillit-light] .tillit-secondary,
    :host .action {
      border: 2px solid ButtonText;
    }
  }
`;

/**
 * Shadow styles of its own, after the shared frame: the list of factors and the overview's buttons. The withdrawal
 * lock notice's sheet (a bordered box with a heading, so it does not rest on colour) is adopted with the overview
 * part (settings-flow.ts).
 */
export const securitySettingsStyles = [
  tokens,
  frameStyles,
  settingsLightStyles,
  twoFactorSwitchStyles,
  css`
    :host {
      max-width: var(--security-settings-max-width, 40rem);
    }
    .muted {
      color: var(--_tillit-text-muted);
      font-size: var(--_tillit-font-size-small);
    }
    .row-title {
      font-weight: var(--_tillit-font-weight-strong);
    }
    .rows,
    .passkeys {
      display: grid;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .row {
      display: grid;
      gap: var(--_tillit-space-2);
      padding: var(--_tillit-space-4) 0;
      border-top: 1px solid var(--_tillit-border);
    }
    .passkeys {
      gap: var(--_tillit-space-3);
    }
    .passkey {
      display: grid;
      gap: var(--_tillit-space-1);
    }
    .row-status {
      display: grid;
      gap: var(--_tillit-space-2);
      justify-items: start;
    }
    .this-device {
      justify-self: start;
      padding: 0 var(--_tillit-space-2);
      border: 1px solid var(--_tillit-border);
      border-radius: var(--_tillit-radius-small);
      font-size: var(--_tillit-font-size-small);
      font-weight: var(--_tillit-font-weight-strong);
    }
    .value {
      font-weight: var(--_tillit-font-weight-strong);
      overflow-wrap: anywhere;
    }
    .phone {
      white-space: nowrap;
    }
    .needs {
      margin: 0;
      color: var(--_tillit-text-muted);
    }
    .row-actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_tillit-space-2);
    }
    .action:focus-visible {
      outline: var(--_tillit-focus-width) solid var(--_tillit-focus);
      outline-offset: 2px;
    }
    @media (forced-colors: active) {
    }
  `,
];
