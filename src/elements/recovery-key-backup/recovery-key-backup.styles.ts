import { css } from 'lit';
import { tokens } from '../../theme/index.js';
import { frameStyles } from '../shared/frame-styles.js';

/** Shadow styles: the shared frame, the element's width, and no second frame when it sits inside another flow. */
export const recoveryKeyBackupStyles = [
  tokens,
  frameStyles,
  css`
    :host {
      max-width: var(--recovery-key-backup-max-width, 36rem);
    }
    :host([embedded]) .base {
      padding: 0;
      background: none;
    }
  `,
];
