import { css } from 'lit';

/**
 * The phrase's own light-DOM rules: the numbered words in columns, large and in a monospace face so each letter
 * can be copied by hand; and the print sheet. Printing keeps only what is marked `data-tillit-print` (the words,
 * and the QR code when shown): everything else on the page is hidden, the sheet moved to the top of the paper.
 * `visibility` is inherited and can be turned back on below a hidden ancestor, so this works however deep in
 * the page the element sits (in the document; inside a host's shadow root the page's own print rules apply).
 */
export const phraseStyles = css`
  [data-tillit-light] .tillit-phrase-shown {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
    gap: var(--_tillit-space-2) var(--_tillit-space-4);
    margin: 0;
    padding: var(--_tillit-space-4);
    padding-inline-start: calc(var(--_tillit-space-4) + 2.5ch);
    border: 1px solid var(--_tillit-border);
    border-radius: var(--_tillit-radius-small);
    font-size: 1.25rem;
  }
  [data-tillit-light] .tillit-phrase-shown > li::marker {
    color: var(--_tillit-text-muted);
    font-size: var(--_tillit-font-size);
  }
  [data-tillit-light] .tillit-phrase-sheet {
    display: grid;
    gap: var(--_tillit-space-4);
  }
  [data-tillit-light] .tillit-print-only {
    display: none;
  }
  @media print {
    body:has([data-tillit-print]) {
      visibility: hidden;
    }
    [data-tillit-light] [data-tillit-print] {
      visibility: visible;
      position: fixed;
      inset: 0 0 auto 0;
      padding: 1cm;
      color: #000;
      background: #fff;
    }
    [data-tillit-light] [data-tillit-print] .tillit-print-only {
      display: block;
      margin: 0;
      font-size: 1.5rem;
      font-weight: bold;
    }
  }
`;
