import { css } from 'lit';

/**
 * The step-up view's own rules, for elements that embed it: pass it to `LightDomController` after `fieldStyles`
 * and `codeStyles` (its code factors use the shared code form).
 * Same selector pattern (`[data-tillit-light] .tillit-x`) and reasons as field-styles.ts. Confirmed factors carry a
 * check mark and the one asked for now a bar and bold text, so none of it rests on colour alone.
 */
export const stepUpStyles = css`
  [data-tillit-light] .tillit-step-up {
    display: grid;
    gap: var(--_tillit-space-4);
  }
  [data-tillit-light] .tillit-step-up-title {
    margin: 0;
    font-size: var(--_tillit-font-size-large);
    font-weight: var(--_tillit-font-weight-strong);
    line-height: 1.25;
  }
  [data-tillit-light] .tillit-step-up-title:focus:not(:focus-visible) {
    outline: none;
  }
  [data-tillit-light] .tillit-factors {
    display: grid;
    gap: var(--_tillit-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [data-tillit-light] .tillit-factor {
    padding-inline-start: var(--_tillit-space-4);
    border-inline-start: 4px solid transparent;
    color: var(--_tillit-text-muted);
  }
  [data-tillit-light] .tillit-factor[data-state='now'] {
    border-inline-start-color: var(--_tillit-accent);
    color: var(--_tillit-text);
    font-weight: var(--_tillit-font-weight-strong);
  }
  [data-tillit-light] .tillit-factor[data-state='done']::before {
    content: '\\2713  ' / '';
  }
  @media (forced-colors: active) {
    [data-tillit-light] .tillit-factor[data-state='now'] {
      border-inline-start-color: Highlight;
    }
  }
`;
