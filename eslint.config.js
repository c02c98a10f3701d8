// Flat ESLint config. `npm run lint` runs it with --max-warnings 0, so every rule here is an error in effect.
// Set TILLIT_LINT_TYPED=1 for the slower type-aware typescript-eslint rules.
import js from '@eslint/js';
import litPlugin from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wcPlugin from 'eslint-plugin-wc';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const typed = process.env.TILLIT_LINT_TYPED === '1';

// --- import boundaries (docs/ARCHITECTURE.md: contract <- client <- controllers <- elements; src never
// imports demo/). One `no-restricted-imports` value per scope, because a later flat-config entry replaces
// the rule's options instead of merging them.
const noDemo = { regex: '(^|/)demo(/|$)', message: 'src/ must not import the reference backend (demo/).' };
const noUi = {
  regex: '(^|/)(elements|controllers)(/|$)',
  message: 'The client and the contract must not pull in elements or controllers (tree-shaking, no registration).',
};
const noClientInContract = { regex: '(^|/)client(/|$)', message: 'Imports run one way: the contract imports no client.' };
const noUnsafeHtml = {
  regex: '(^|/)directives/unsafe-(html|svg)(\\.js)?$',
  message: 'unsafeHTML/unsafeSVG is forbidden in src/: render text through lit bindings.',
};

// --- syntax bans
const noRawHtml = [
  { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'innerHTML/outerHTML is forbidden in src/: use lit templates.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML is forbidden in src/.' },
  { selector: "CallExpression[callee.name=/^unsafe(HTML|SVG)$/]", message: 'unsafeHTML/unsafeSVG is forbidden in src/.' },
];
const noFocusedTests = [
  {
    selector: "CallExpression[callee.object.name=/^(it|describe|test|suite|context)$/][callee.property.name=/^(only|skip)$/]",
    message: 'Focused or skipped test: remove .only/.skip before committing.',
  },
  { selector: "CallExpression[callee.name=/^(xit|xdescribe|xcontext|fit|fdescribe)$/]", message: 'Focused or skipped test (xit/fit/...).' },
];

export default defineConfig(
  {
    // examples/*/dist and build: what the example apps' own builds write (test/examples builds them in a copy).
    ignores: ['dist/', 'storybook-static/', 'node_modules/', 'coverage/', '.screenshots/', 'custom-elements.json', '**/*.d.ts', 'examples/*/{dist,build}/'],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  ...(typed ? tseslint.configs.recommendedTypeChecked : tseslint.configs.recommended),
  typed ? { languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } } : {},
  typed ? { files: ['**/*.{js,mjs}'], ...tseslint.configs.disableTypeChecked } : {},
  {
    rules: {
      // `_`-prefixed names are deliberate "unused" placeholders (destructuring, callback arity).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `typeof import('./x.js')` stays allowed: it types a module that is only loaded lazily.
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
    },
  },
  // Node-side code: tooling, the reference backend, node:test suites.
  {
    files: ['**/*.{js,mjs}', 'scripts/**', 'demo/**', 'test/node/**', 'test/conformance/**', 'test/mutation/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  // Browser-side code. The example apps' .vue files are not linted here (vue-tsc checks them in test/examples).
  {
    files: ['src/**', 'test/browser/**', 'stories/**', '.storybook/**', 'demo/**', 'examples/*/src/**', 'examples/html/app.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['test/browser/**'],
    languageOptions: { globals: { ...globals.mocha } },
    // @open-wc/testing types chai assertions as thenables, so every `expect(...)` would read as a floating promise.
    rules: typed ? { '@typescript-eslint/no-floating-promises': 'off' } : {},
  },
  // Web-component and Lit template rules wherever elements and templates are written.
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/browser/**/*.ts'],
    ...litPlugin.configs['flat/recommended'],
  },
  { files: ['src/**/*.ts', 'stories/**/*.ts'], ...wcPlugin.configs['flat/best-practice'] },
  { files: ['src/**/*.ts', 'stories/**/*.ts'], ...litA11y.configs.recommended },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      // LitElement defines every lifecycle callback, so `super.connectedCallback()` needs no guard.
      'wc/guard-super-call': 'off',
    },
  },
  // src/: no raw HTML sinks, no backend imports.
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...noRawHtml],
      'no-restricted-imports': ['error', { patterns: [noUnsafeHtml, noDemo] }],
    },
  },
  {
    files: ['src/client/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noUnsafeHtml, noDemo, noUi] }],
      // The browser client ships no zod: its types, yes; its values (zod, or the contract's schemas), never.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^zod(/|$)', allowTypeImports: true, message: 'The client runs no zod: validate with ./validate.js.' },
            {
              regex: '(^|/)contract/',
              allowTypeImports: true,
              message: "The contract's values are zod schemas: import its types only; the client validates with src/client/compiled/.",
            },
          ],
        },
      ],
    },
  },
  // Generated validator data: the regexes are zod's own, copied character for character.
  { files: ['src/client/compiled/*.ts'], rules: { 'no-useless-escape': 'off' } },
  {
    files: ['src/contract/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noUnsafeHtml, noDemo, noUi, noClientInContract] }] },
  },
  // tillit/image stands alone (no lit, no element, no client: hosts and benchmarks load it by itself), and
  // names the global Worker only as globalThis.Worker (src/image/trusted-worker.ts says why).
  ...[
    ['src/image/*.ts', '^(?!\\./)'],
    ['src/image/*/**/*.ts', '^(?!\\.\\.?/)|^\\.\\./\\.\\./'],
  ].map(([files, outside]) => ({
    files: [files],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: outside, message: 'src/image imports only its own modules.' }] }],
      'no-restricted-globals': ['error', { name: 'Worker', message: 'Write globalThis.Worker (see src/image/trusted-worker.ts).' }],
    },
  })),
  // Tests: nothing focused or skipped may reach CI. src/**/*.test.ts also keeps the src/ bans.
  { files: ['test/**/*.ts', 'stories/**/*.ts'], rules: { 'no-restricted-syntax': ['error', ...noFocusedTests] } },
  { files: ['src/**/*.test.ts'], rules: { 'no-restricted-syntax': ['error', ...noRawHtml, ...noFocusedTests] } },
);
