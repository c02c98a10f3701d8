import { css } from 'lit';

/**
 * The code form's rules, adopted when it loads; see field-styles.ts. The one-time code is six boxes drawn behind
 * ONE input: a monospace digit per box (letter-spacing moves each digit to the next box), the boxes and their
 * underlines painted by gradients sized to exactly six boxes. In forced colours (Windows high contrast) gradients
 * are dropped, so there they are drawn in system colours.
 */
export const codeStyles = css`
  [data-tillit-light] .tillit-code {
    --_box: 2.5rem;
    --_gap: 0.5rem;
    --_line: var(--_tillit-border);
    --_fill: var(--_tillit-surface-alt);
    --_six: calc(6 * var(--_box) + 5 * var(--_gap));
    box-sizing: content-box;
    width: calc(6 * (var(--_box) + var(--_gap)));
    max-width: calc(100% - var(--_box) / 2);
    height: 3rem;
    min-height: 0;
    padding: 0 0 0 calc((var(--_box) - 1ch) / 2);
    border: 0;
    border-radius: 0;
    color: var(--_tillit-text);
    font: 1.5rem/1 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    letter-spacing: calc(var(--_box) + var(--_gap) - 1ch);
    background:
      repeating-linear-gradient(to right, var(--_line) 0 var(--_box), transparent 0 calc(var(--_box) + var(--_gap)))
        0 100% / var(--_six) 3px no-repeat,
      repeating-linear-gradient(to right, var(--_fill) 0 var(--_box), transparent 0 calc(var(--_box) + var(--_gap)))
        0 0 / var(--_six) 100% no-repeat;
  }
  [data-tillit-light] .tillit-field[data-invalid] .tillit-code {
    --_line: var(--_tillit-danger);
    border: 0;
  }
  [data-tillit-light] .tillit-methods {
    display: grid;
    gap: var(--_tillit-space-2);
    padding-top: var(--_tillit-space-3);
    border-top: 1px solid var(--_tillit-border);
  }
  @media (forced-colors: active) {
    [data-tillit-light] .tillit-code {
      forced-color-adjust: none;
      --_line: CanvasText;
      --_fill: Canvas;
      background-color: Canvas;
      color: CanvasText;
    }
    [data-tillit-light] .tillit-field[data-invalid] .tillit-code {
      --_line: Mark;
    }
  }
`;
