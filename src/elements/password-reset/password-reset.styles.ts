import { css } from 'lit';
import { tokens } from '../../theme/index.js';
import { frameStyles } from '../shared/frame-styles.js';

/** Shadow styles: the shared frame, and the element's width. */
export const passwordResetStyles = [
  tokens,
  frameStyles,
  css`
    :host {
      max-width: var(--password-reset-max-width, 28rem);
    }
  `,
];

/** The light part's own rule, beside the shared sheets: a link drawn as the step's main button. */
export const passwordResetLightStyles = css`
  [data-tillit-light] a.tillit-button {
    display: flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    text-decoration: none;
  }
`;
