import { css } from 'lit';

/**
 * The withdrawal-lock notice and the consequences list, in an element's light DOM (pass it to `LightDomController`
 * after `fieldStyles`) or its shadow root (in `static styles`): each rule is written for both,
 * `[data-tillit-light] .tillit-x` (the light part, same reasons as field-styles.ts) and `:host .tillit-x`.
 * The notice is a bar and a "!" mark, not colour alone; in forced colours it is framed in the system text colour.
 */
export const withdrawalLockStyles = css`
  [data-tillit-light] .tillit-lock,
  :host .tillit-lock {
    display: grid;
    gap: var(--_tillit-space-1);
    margin: 0;
    padding: var(--_tillit-space-3) var(--_tillit-space-4);
    border-inline-start: 6px solid var(--_tillit-warning);
    border-radius: var(--_tillit-radius-small);
    background: var(--_tillit-surface-alt);
    color: var(--_tillit-text);
  }
  [data-tillit-light] .tillit-lock-title,
  :host .tillit-lock-title {
    display: flex;
    gap: var(--_tillit-space-2);
    align-items: baseline;
    margin: 0;
    font-size: var(--_tillit-font-size);
    font-weight: var(--_tillit-font-weight-strong);
  }
  [data-tillit-light] .tillit-lock-title::before,
  :host .tillit-lock-title::before {
    content: '!' / '';
    display: inline-grid;
    place-items: center;
    flex: none;
    width: 1.5em;
    height: 1.5em;
    border-radius: 50%;
    background: var(--_tillit-warning);
    color: var(--_tillit-surface);
    font-weight: var(--_tillit-font-weight-strong);
  }
  [data-tillit-light] .tillit-lock-text,
  :host .tillit-lock-text,
  [data-tillit-light] .tillit-consequences-title,
  :host .tillit-consequences-title {
    margin: 0;
  }
  [data-tillit-light] .tillit-consequences,
  :host .tillit-consequences {
    display: grid;
    gap: var(--_tillit-space-2);
    margin: 0;
  }
  [data-tillit-light] .tillit-consequences-title,
  :host .tillit-consequences-title {
    font-weight: var(--_tillit-font-weight-strong);
  }
  [data-tillit-light] .tillit-consequences-list,
  :host .tillit-consequences-list {
    display: grid;
    gap: var(--_tillit-space-2);
    margin: 0;
    padding-inline-start: var(--_tillit-space-5);
  }
  @media (forced-colors: active) {
    [data-tillit-light] .tillit-lock,
    :host .tillit-lock {
      border: 2px solid CanvasText;
      border-inline-start-width: 6px;
    }
    [data-tillit-light] .tillit-lock-title::before,
    :host .tillit-lock-title::before {
      border: 1px solid CanvasText;
    }
  }
`;
