import { unsafeCSS } from 'lit';
import { hostCss } from './css-text.js';

/**
 * The design tokens for an element's `static styles`: `static styles = [tokens, css`...`]`. Read them as
 * `var(--_tillit-accent)`; see README.md for why the underscore.
 */
// The text is built from trusted constants in tokens.ts, never from user input, so unsafeCSS is safe here.
export const tokens = unsafeCSS(hostCss());

export { darkColors, lightColors, sharedTokens, tokenNames } from './tokens.js';
export type { ColorToken, TokenName } from './tokens.js';
