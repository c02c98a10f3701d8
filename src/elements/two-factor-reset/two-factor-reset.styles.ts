import { css } from 'lit';
import { tokens } from '../../theme/index.js';
import { frameStyles } from '../shared/frame-styles.js';

/** Shadow styles: the shared frame, and the element's width. */
export const twoFactorResetStyles = [
  tokens,
  frameStyles,
  css`
    :host {
      max-width: var(--two-factor-reset-max-width, 32rem);
    }
  `,
];

/**
 * The light part's own rules beside the shared field sheet: the options as bordered boxes, the reason radios, the
 * note box, the status badge (a word and a border, never colour alone), lists, and a link drawn as a button.
 */
export const twoFactorResetLightStyles = css`
  [data-tillit-light] .tillit-option {
    display: grid;
    gap: var(--_tillit-space-2);
    padding: var(--_tillit-space-3) var(--_tillit-space-4);
    border: 1px solid var(--_tillit-border);
    border-radius: var(--_tillit-radius-small);
  }
  [data-tillit-light] .tillit-option > p {
    margin: 0;
  }
  [data-tillit-light] .tillit-choices {
    border: 0;
    padding: 0;
  }
  [data-tillit-light] .tillit-choice {
    display: flex;
    align-items: center;
    gap: var(--_tillit-space-2);
    min-height: var(--_tillit-control-height);
    cursor: pointer;
  }
  [data-tillit-light] .tillit-choice input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_tillit-accent);
  }
  [data-tillit-light] .tillit-textarea {
    min-height: 6rem;
    resize: vertical;
  }
  [data-tillit-light] .tillit-status {
    justify-self: start;
    margin: 0;
    padding: var(--_tillit-space-1) var(--_tillit-space-3);
    border: 2px solid currentColor;
    border-radius: var(--_tillit-radius-small);
    font-weight: var(--_tillit-font-weight-strong);
  }
  [data-tillit-light] .tillit-status[data-status='approved'] {
    color: var(--_tillit-accent);
  }
  [data-tillit-light] .tillit-status[data-status='rejected'] {
    color: var(--_tillit-danger);
  }
  [data-tillit-light] .tillit-list {
    margin: var(--_tillit-space-1) 0 0;
    padding-inline-start: var(--_tillit-space-5, 1.5rem);
  }
  [data-tillit-light] .tillit-notice-box {
    margin: 0;
    padding: var(--_tillit-space-3) var(--_tillit-space-4);
    border: 1px solid var(--_tillit-border);
    border-inline-start-width: 4px;
    border-radius: var(--_tillit-radius-small);
  }
  [data-tillit-light] a.tillit-button {
    display: flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    text-decoration: none;
  }
`;
