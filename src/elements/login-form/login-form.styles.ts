import { css } from 'lit';
import { tokens } from '../../theme/index.js';
import { frameStyles } from '../shared/frame-styles.js';

/**
 * Shadow styles of its own, after the shared frame: the divider, and the passkey and brand buttons. Brand rules:
 * Google's button is a light fill with a grey border and dark text, and the same tokens give Google's dark variant
 * in the dark scheme (dark fill, light text), Roboto Medium where the page has it; Apple's is black with white logo
 * and text, white with black in the dark scheme (the text and surface tokens swap there). Both share size and
 * weight.
 * (Comments stay out of the css literal: everything inside it ships.)
 */
export const loginFormStyles = [
  tokens,
  frameStyles,
  css`
    :host {
      max-width: var(--login-form-max-width, 28rem);
    }
    .divider {
      display: flex;
      align-items: center;
      gap: var(--_tillit-space-3);
      margin: 0;
      color: var(--_tillit-text-muted);
      font-size: var(--_tillit-font-size-small);
    }
    .divider::before,
    .divider::after {
      content: '';
      flex: 1;
      border-top: 1px solid var(--_tillit-border);
    }
    .alternatives {
      display: grid;
      gap: var(--_tillit-space-3);
    }
    button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--_tillit-space-3);
      box-sizing: border-box;
      width: 100%;
      min-height: var(--_tillit-control-height);
      padding: 0 var(--_tillit-space-4);
      border-radius: var(--_tillit-radius);
      font: inherit;
      font-weight: var(--_tillit-font-weight-strong);
      cursor: pointer;
      transition: background-color var(--_tillit-duration);
    }
    button:focus-visible {
      outline: var(--_tillit-focus-width) solid var(--_tillit-focus);
      outline-offset: 2px;
    }
    button[aria-disabled='true'] {
      cursor: progress;
    }
    .passkey {
      border: 1px solid var(--_tillit-border);
      background: var(--_tillit-surface);
      color: var(--_tillit-text);
    }
    .google {
      border: 1px solid var(--_tillit-border);
      background: var(--_tillit-surface);
      color: var(--_tillit-text);
      font-family: Roboto, var(--_tillit-font-family);
      font-weight: 500;
    }
    .apple {
      font-weight: 500;
      border: 1px solid var(--_tillit-text);
      background: var(--_tillit-text);
      color: var(--_tillit-surface);
    }
    .logo {
      flex: none;
    }
  `,
];
