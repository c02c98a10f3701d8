import { css } from 'lit';

/**
 * Styles of the shared light-DOM fields (password, phone, one-time code, buttons). Every selector sits under
 * `:where([data-tillit-light])`: zero specificity, so a page's own rules win, and scoped to the containers
 * tillit renders, whatever tag name the element was registered under. Colours and sizes come from the tokens
 * the host element declares (`--_tillit-*`), which its light children inherit.
 *
 * The one-time code is six boxes drawn behind ONE input: a monospace digit per box (letter-spacing moves each
 * digit to the next box), the boxes and their underlines painted by gradients sized to exactly six boxes.
 */
export const fieldStyles = css`
  :where([data-tillit-light]) {
    display: grid;
    gap: var(--_tillit-space-4);
    font-family: var(--_tillit-font-family);
    font-size: var(--_tillit-font-size);
    line-height: var(--_tillit-line-height);
    color: var(--_tillit-text);
  }
  :where([data-tillit-light]) :where(form) {
    display: grid;
    gap: var(--_tillit-space-4);
    margin: 0;
  }
  :where([data-tillit-light]) :where(.tillit-field) {
    display: grid;
    gap: var(--_tillit-space-1);
  }
  :where([data-tillit-light]) :where(.tillit-label, legend) {
    font-weight: var(--_tillit-font-weight-strong);
    padding: 0;
  }
  :where([data-tillit-light]) :where(.tillit-hint) {
    margin: 0;
    color: var(--_tillit-text-muted);
    font-size: var(--_tillit-font-size-small);
  }
  :where([data-tillit-light]) :where(.tillit-notice) {
    color: var(--_tillit-warning);
    font-weight: var(--_tillit-font-weight-strong);
  }
  :where([data-tillit-light]) :where(.tillit-error) {
    margin: 0;
    color: var(--_tillit-danger);
    font-weight: var(--_tillit-font-weight-strong);
  }
  :where([data-tillit-light]) :where(.tillit-field[data-invalid]) {
    border-inline-start: 4px solid var(--_tillit-danger);
    padding-inline-start: var(--_tillit-space-3);
  }
  :where([data-tillit-light]) :where(.tillit-input) {
    box-sizing: border-box;
    width: 100%;
    min-height: var(--_tillit-control-height);
    padding: var(--_tillit-space-2) var(--_tillit-space-3);
    border: 1px solid var(--_tillit-border);
    border-radius: var(--_tillit-radius-small);
    background: var(--_tillit-surface);
    color: var(--_tillit-text);
    font: inherit;
  }
  :where([data-tillit-light]) :where(.tillit-field[data-invalid] .tillit-input) {
    border: 2px solid var(--_tillit-danger);
  }
  :where([data-tillit-light]) :where(:focus-visible) {
    outline: var(--_tillit-focus-width) solid var(--_tillit-focus);
    outline-offset: 2px;
  }
  :where([data-tillit-light]) :where(.tillit-password) {
    display: flex;
    gap: var(--_tillit-space-2);
  }
  :where([data-tillit-light]) :where(.tillit-password .tillit-input) {
    flex: 1;
    min-width: 0;
  }
  :where([data-tillit-light]) :where(.tillit-phone) {
    grid-template-columns: minmax(11rem, 1fr) 1fr;
    column-gap: var(--_tillit-space-3);
    align-items: end;
  }
  :where([data-tillit-light]) :where(.tillit-phone > .tillit-hint, .tillit-phone > .tillit-error) {
    grid-column: 1 / -1;
  }
  :where([data-tillit-light]) :where(.tillit-code) {
    --_box: 2.5rem;
    --_gap: 0.5rem;
    --_line: var(--_tillit-border);
    --_six: calc(6 * var(--_box) + 5 * var(--_gap));
    box-sizing: content-box;
    width: calc(6 * (var(--_box) + var(--_gap)));
    max-width: calc(100% - var(--_box) / 2);
    height: 3rem;
    min-height: 0;
    padding: 0 0 0 calc((var(--_box) - 1ch) / 2);
    border: 0;
    border-radius: 0;
    font: 1.5rem/1 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    letter-spacing: calc(var(--_box) + var(--_gap) - 1ch);
    background:
      repeating-linear-gradient(to right, var(--_line) 0 var(--_box), transparent 0 calc(var(--_box) + var(--_gap)))
        0 100% / var(--_six) 3px no-repeat,
      repeating-linear-gradient(to right, var(--_tillit-surface-alt) 0 var(--_box), transparent 0 calc(var(--_box) + var(--_gap)))
        0 0 / var(--_six) 100% no-repeat;
  }
  :where([data-tillit-light]) :where(.tillit-field[data-invalid] .tillit-code) {
    --_line: var(--_tillit-danger);
    border: 0;
  }
  :where([data-tillit-light]) :where(.tillit-button, .tillit-reveal, .tillit-link) {
    font: inherit;
    cursor: pointer;
  }
  :where([data-tillit-light]) :where(.tillit-button) {
    min-height: var(--_tillit-control-height);
    padding: var(--_tillit-space-2) var(--_tillit-space-4);
    border: 1px solid transparent;
    border-radius: var(--_tillit-radius);
    background: var(--_tillit-accent);
    color: var(--_tillit-accent-contrast);
    font-weight: var(--_tillit-font-weight-strong);
  }
  :where([data-tillit-light]) :where(.tillit-button:disabled) {
    cursor: not-allowed;
    opacity: 0.6;
  }
  :where([data-tillit-light]) :where(.tillit-button.tillit-secondary, .tillit-reveal) {
    background: var(--_tillit-surface);
    color: var(--_tillit-text);
    border-color: var(--_tillit-border);
  }
  :where([data-tillit-light]) :where(.tillit-reveal) {
    min-height: var(--_tillit-control-height);
    padding: 0 var(--_tillit-space-3);
    border-radius: var(--_tillit-radius-small);
    border: 1px solid var(--_tillit-border);
    white-space: nowrap;
  }
  :where([data-tillit-light]) :where(.tillit-link) {
    justify-self: start;
    padding: 0;
    border: none;
    background: none;
    color: var(--_tillit-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  :where([data-tillit-light]) :where(.tillit-link:disabled) {
    color: var(--_tillit-text-muted);
    text-decoration: none;
    cursor: not-allowed;
  }
  :where([data-tillit-light]) :where(.tillit-visually-hidden) {
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
`;
