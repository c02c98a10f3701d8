import { css, unsafeCSS } from 'lit';
import { tokenNames, tokens } from '../../theme/index.js';
import { frameStyles } from '../shared/frame-styles.js';

/**
 * Inside another element's flow (`embedded`, as `<totp-setup>` sets it) the element takes every token from the
 * element around it, so it follows that one's theme switch and brand rather than its own defaults. Built from the
 * token list, trusted constants, never input: unsafeCSS is safe here.
 */
const inheritTokens = unsafeCSS(`:host([embedded]) {\n${tokenNames.map((name) => `  --_tillit-${name}: inherit;`).join('\n')}\n}`);

/**
 * Shadow styles: the shared frame, the element's width, and inside another flow neither a second frame nor a second
 * title (the flow around it has one; its steps take the flow's step level through `heading-level`).
 */
export const recoveryKeyBackupStyles = [
  tokens,
  frameStyles,
  inheritTokens,
  css`
    :host {
      max-width: var(--recovery-key-backup-max-width, 36rem);
    }
    :host([embedded]) .base {
      padding: 0;
      background: none;
    }
    :host([embedded]) .heading {
      display: none;
    }
  `,
];
