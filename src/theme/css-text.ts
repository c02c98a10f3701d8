import { darkColors, lightColors, sharedTokens } from './tokens.js';

type Tokens = Readonly<Record<string, string>>;

const darkSwitch = ['[data-tillit-theme="dark"]', '.tillit-dark'];
const lightSwitch = ['[data-tillit-theme="light"]', '.tillit-light'];

function block(selectors: readonly string[], body: string[]): string {
  return `${selectors.join(',\n')} {\n${body.map((line) => `  ${line}\n`).join('')}}\n`;
}

function media(query: string, inner: string): string {
  return `@media (${query}) {\n${inner.replace(/^(?=.)/gm, '  ')}}\n`;
}

/** `--tillit-x: value;` lines: the public tokens a page sets or overrides. */
function publicLines(tokens: Tokens): string[] {
  return Object.entries(tokens).map(([name, value]) => `--tillit-${name}: ${value};`);
}

/** `--_tillit-x: var(--tillit-x, value);` lines: what elements read; the page's value wins when it set one. */
function privateLines(tokens: Tokens): string[] {
  return Object.entries(tokens).map(([name, value]) => `--_tillit-${name}: var(--tillit-${name}, ${value});`);
}

/**
 * The text of `tillit.css` for host pages: light tokens on `:root`, dark ones when the system prefers dark, and
 * a switch either way on any element (`data-tillit-theme` or the `tillit-dark` / `tillit-light` classes). The
 * switches come last so they beat the media query at equal specificity.
 */
export function pageCss(): string {
  return [
    '/* Generated from src/theme/tokens.ts by pageCss(); edit that file, not this one. */\n',
    block([':root'], [...publicLines(lightColors), ...publicLines(sharedTokens)]),
    media('prefers-color-scheme: dark', block([':root'], publicLines(darkColors))),
    block(darkSwitch, [...publicLines(darkColors), 'color-scheme: dark;']),
    block(lightSwitch, [...publicLines(lightColors), 'color-scheme: light;']),
    media('prefers-reduced-motion: reduce', block([':root'], ['--tillit-duration: 0ms;'])),
  ].join('\n');
}

/**
 * The text of `tokens`, applied on each element's `:host`. A `:host` rule beats values the element would
 * inherit, so declaring `--tillit-*` there would shut out a page's `:root` overrides and `tillit.css`. Instead it
 * declares `--_tillit-*`, each the page's `--tillit-*` when set, else the built-in default for the scheme.
 */
export function hostCss(): string {
  const on = (switches: string[]) => switches.map((s) => `:host(${s})`);
  return [
    block([':host'], [...privateLines(lightColors), ...privateLines(sharedTokens)]),
    media('prefers-color-scheme: dark', block([':host'], privateLines(darkColors))),
    block(on(darkSwitch), [...privateLines(darkColors), 'color-scheme: dark;']),
    block(on(lightSwitch), [...privateLines(lightColors), 'color-scheme: light;']),
    // Reduced motion wins over a page's own duration: it is the user's setting.
    media('prefers-reduced-motion: reduce', block([':host'], ['--_tillit-duration: 0ms;'])),
  ].join('');
}
