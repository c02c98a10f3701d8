import { css } from 'lit';

/**
 * The one stylesheet of every element's light-DOM part (fields, buttons, the e-mail/phone switch, the code
 * challenge): a single object, adopted once per document or shadow root however many elements are on the page.
 * Pass it to `LightDomController` as it is, never inside another `css` (that would ship and adopt a copy).
 *
 * The light part lives in the host page's own tree, so the page's CSS reaches it. The rules are unlayered and
 * written as `[data-tillit-light] .tillit-x` (specificity 0,2,0): a reset such as Tailwind's preflight (`button`,
 * `[type=submit]`, `*` at 0,1,0 or less, layered or not) cannot undo them, while a page that wants another look
 * can still win on purpose with a longer selector, or more simply through the `--tillit-*` tokens. Colours and sizes
 * come from the tokens the host element declares (`--_tillit-*`), which its light children inherit.
 *
 * The phone field's and the code form's rules are their own sheets (phone-styles.ts, code-styles.ts), adopted
 * when those parts load: a page that logs in by e-mail and password never downloads them.
 */
export const fieldStyles = css`
  [data-tillit-light] {
    display: grid;
    gap: var(--_tillit-space-4);
    font-family: var(--_tillit-font-family);
    font-size: var(--_tillit-font-size);
    line-height: var(--_tillit-line-height);
    color: var(--_tillit-text);
  }
  [data-tillit-light] .tillit-form {
    display: grid;
    gap: var(--_tillit-space-4);
    margin: 0;
  }
  [data-tillit-light] .tillit-field {
    display: grid;
    gap: var(--_tillit-space-1);
    margin: 0;
  }
  [data-tillit-light] .tillit-label {
    margin: 0;
    padding: 0;
    font-weight: var(--_tillit-font-weight-strong);
  }
  [data-tillit-light] .tillit-hint,
  [data-tillit-light] .tillit-error,
  [data-tillit-light] .tillit-intro {
    margin: 0;
  }
  [data-tillit-light] .tillit-hint {
    color: var(--_tillit-text-muted);
    font-size: var(--_tillit-font-size-small);
  }
  [data-tillit-light] .tillit-notice {
    color: var(--_tillit-warning);
    font-weight: var(--_tillit-font-weight-strong);
  }
  [data-tillit-light] .tillit-error {
    color: var(--_tillit-danger);
    font-weight: var(--_tillit-font-weight-strong);
  }
  [data-tillit-light] .tillit-field[data-invalid] {
    border-inline-start: 4px solid var(--_tillit-danger);
    padding-inline-start: var(--_tillit-space-3);
  }
  [data-tillit-light] .tillit-input {
    box-sizing: border-box;
    width: 100%;
    min-height: var(--_tillit-control-height);
    margin: 0;
    padding: var(--_tillit-space-2) var(--_tillit-space-3);
    border: 1px solid var(--_tillit-border);
    border-radius: var(--_tillit-radius-small);
    background: var(--_tillit-surface);
    color: var(--_tillit-text);
    font: inherit;
  }
  [data-tillit-light] .tillit-field[data-invalid] .tillit-input {
    border: 2px solid var(--_tillit-danger);
  }
  [data-tillit-light] :focus-visible {
    outline: var(--_tillit-focus-width) solid var(--_tillit-focus);
    outline-offset: 2px;
  }
  [data-tillit-light] .tillit-password {
    display: flex;
    gap: var(--_tillit-space-2);
  }
  [data-tillit-light] .tillit-password .tillit-input {
    flex: 1;
    min-width: 0;
  }
  [data-tillit-light] .tillit-button,
  [data-tillit-light] .tillit-reveal,
  [data-tillit-light] .tillit-link {
    margin: 0;
    font: inherit;
    cursor: pointer;
  }
  [data-tillit-light] .tillit-button {
    min-height: var(--_tillit-control-height);
    padding: var(--_tillit-space-2) var(--_tillit-space-4);
    border: 1px solid transparent;
    border-radius: var(--_tillit-radius);
    background: var(--_tillit-accent);
    color: var(--_tillit-accent-contrast);
    font-weight: var(--_tillit-font-weight-strong);
    opacity: 1;
  }
  [data-tillit-light] .tillit-button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  [data-tillit-light] .tillit-reveal {
    min-height: var(--_tillit-control-height);
    padding: 0 var(--_tillit-space-3);
    border: 1px solid var(--_tillit-border);
    border-radius: var(--_tillit-radius-small);
    background: var(--_tillit-surface);
    color: var(--_tillit-text);
    white-space: nowrap;
  }
  [data-tillit-light] .tillit-link {
    justify-self: start;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_tillit-accent);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  [data-tillit-light] .tillit-link:disabled {
    color: var(--_tillit-text-muted);
    text-decoration: none;
    cursor: not-allowed;
  }
  [data-tillit-light] .tillit-switch {
    display: flex;
    margin: 0;
    padding: 0;
    border: 0;
  }
  [data-tillit-light] .tillit-switch-option {
    flex: 1;
    position: relative;
  }
  [data-tillit-light] .tillit-switch-option input {
    position: absolute;
    inset: 0;
    opacity: 0;
    margin: 0;
    cursor: pointer;
  }
  [data-tillit-light] .tillit-switch-option span {
    display: flex;
    align-items: center;
    justify-content: center;
    gap: var(--_tillit-space-1);
    min-height: var(--_tillit-control-height);
    border: 1px solid var(--_tillit-border);
    background: var(--_tillit-surface);
    color: var(--_tillit-text);
  }
  [data-tillit-light] .tillit-switch-option:first-of-type span {
    border-radius: var(--_tillit-radius) 0 0 var(--_tillit-radius);
  }
  [data-tillit-light] .tillit-switch-option:last-of-type span {
    border-radius: 0 var(--_tillit-radius) var(--_tillit-radius) 0;
  }
  [data-tillit-light] .tillit-switch-option input:checked + span {
    background: var(--_tillit-accent);
    border-color: var(--_tillit-accent);
    color: var(--_tillit-accent-contrast);
    font-weight: var(--_tillit-font-weight-strong);
  }
  [data-tillit-light] .tillit-switch-option input:checked + span::before {
    content: '\\2713' / '';
  }
  [data-tillit-light] .tillit-switch-option input:focus-visible + span {
    outline: var(--_tillit-focus-width) solid var(--_tillit-focus);
    outline-offset: 2px;
  }
  [data-tillit-light] .tillit-visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  @media (forced-colors: active) {
    [data-tillit-light] .tillit-switch-option input:checked + span {
      outline: 3px solid Highlight;
      outline-offset: -4px;
    }
    [data-tillit-light] .tillit-button {
      border: 2px solid ButtonText;
    }
  }
`;
