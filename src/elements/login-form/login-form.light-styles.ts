import { css } from 'lit';
import { fieldStyles } from '../shared/field-styles.js';

/**
 * Styles of the light-DOM form (docs/ELEMENTS.md): the shared field styles plus the e-mail/phone switch and the
 * second-factor links. Adopted once into the document (or the enclosing shadow root).
 */
export const loginFormLightStyles = css`
  ${fieldStyles}
  :where([data-tillit-light]) :where(.tillit-switch) {
    display: flex;
    margin: 0;
    padding: 0;
    border: 0;
  }
  :where([data-tillit-light]) :where(.tillit-switch-option) {
    flex: 1;
    position: relative;
  }
  :where([data-tillit-light]) :where(.tillit-switch-option input) {
    position: absolute;
    inset: 0;
    opacity: 0;
    margin: 0;
    cursor: pointer;
  }
  :where([data-tillit-light]) :where(.tillit-switch-option span) {
    display: flex;
    align-items: center;
    justify-content: center;
    min-height: var(--_tillit-control-height);
    border: 1px solid var(--_tillit-border);
    background: var(--_tillit-surface);
    color: var(--_tillit-text);
  }
  :where([data-tillit-light]) :where(.tillit-switch-option:first-of-type span) {
    border-radius: var(--_tillit-radius) 0 0 var(--_tillit-radius);
  }
  :where([data-tillit-light]) :where(.tillit-switch-option:last-of-type span) {
    border-radius: 0 var(--_tillit-radius) var(--_tillit-radius) 0;
  }
  :where([data-tillit-light]) :where(.tillit-switch-option input:checked + span) {
    background: var(--_tillit-accent);
    border-color: var(--_tillit-accent);
    color: var(--_tillit-accent-contrast);
    font-weight: var(--_tillit-font-weight-strong);
  }
  :where([data-tillit-light]) :where(.tillit-switch-option input:focus-visible + span) {
    outline: var(--_tillit-focus-width) solid var(--_tillit-focus);
    outline-offset: 2px;
  }
  :where([data-tillit-light]) :where(.tillit-methods) {
    display: grid;
    gap: var(--_tillit-space-2);
    padding-top: var(--_tillit-space-3);
    border-top: 1px solid var(--_tillit-border);
  }
  :where([data-tillit-light]) :where(.tillit-methods .tillit-label) {
    margin: 0;
  }
`;
