import { css } from 'lit';
import { tokens } from '../../theme/index.js';
import { frameStyles } from '../shared/frame-styles.js';

/** Shadow styles: the shared frame, the element's width, and the "try again" of an overview that did not load. */
export const kycUploaderStyles = [
  tokens,
  frameStyles,
  css`
    :host {
      max-width: var(--kyc-uploader-max-width, 40rem);
    }
    .retry {
      justify-self: start;
      min-height: var(--_tillit-control-height);
      padding: 0 var(--_tillit-space-4);
      border: 1px solid var(--_tillit-border);
      border-radius: var(--_tillit-radius);
      background: var(--_tillit-surface);
      color: var(--_tillit-text);
      font: inherit;
      cursor: pointer;
    }
    .retry:focus-visible {
      outline: var(--_tillit-focus-width) solid var(--_tillit-focus);
      outline-offset: 2px;
    }
  `,
];
