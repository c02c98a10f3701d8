import { css } from 'lit';

/**
 * The new-password rules checklist, in the light DOM: pass it to `LightDomController` after `fieldStyles`. Same
 * selector pattern and reasons as field-styles.ts. A kept rule is ticked (a check mark, in bold), an open one has an
 * empty circle: shown by shape, not colour alone, in forced colours too.
 */
export const newPasswordStyles = css`
  [data-tillit-light] .tillit-rules-title,
  [data-tillit-light] .tillit-rules-note {
    display: block;
  }
  [data-tillit-light] .tillit-rules {
    display: grid;
    gap: var(--_tillit-space-1);
    margin: var(--_tillit-space-1) 0;
    padding: 0;
    list-style: none;
  }
  [data-tillit-light] .tillit-rule {
    display: flex;
    gap: var(--_tillit-space-2);
    align-items: baseline;
  }
  [data-tillit-light] .tillit-rule::before {
    content: '\\25CB' / '';
    flex: none;
    width: 1.25em;
    text-align: center;
  }
  [data-tillit-light] .tillit-rule[data-met] {
    color: var(--_tillit-text);
    font-weight: var(--_tillit-font-weight-strong);
  }
  [data-tillit-light] .tillit-rule[data-met]::before {
    content: '\\2713' / '';
    color: var(--_tillit-accent);
  }
  @media (forced-colors: active) {
    [data-tillit-light] .tillit-rule[data-met]::before {
      color: CanvasText;
    }
  }
`;
