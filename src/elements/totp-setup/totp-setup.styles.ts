import { css } from 'lit';
import { tokens } from '../../theme/index.js';
import { frameStyles } from '../shared/frame-styles.js';

/** Shadow styles: the shared frame, and the element's width. */
export const totpSetupStyles = [
  tokens,
  frameStyles,
  css`
    :host {
      max-width: var(--totp-setup-max-width, 32rem);
    }
  `,
];
