import { css } from 'lit';

/**
 * The recovery-phrase word boxes, in the light DOM: pass it to `LightDomController` after `fieldStyles`. Same
 * selector pattern and reasons as field-styles.ts. Numbered boxes in columns that read across (1 2 3 / 4 5 6), as
 * the phrase was shown; one column on a narrow screen. An empty box at submit gets the error border.
 */
export const recoveryPhraseStyles = css`
  [data-tillit-light] .tillit-phrase {
    min-width: 0;
    padding: 0;
    border: 0;
  }
  [data-tillit-light] .tillit-phrase-error {
    display: block;
  }
  [data-tillit-light] .tillit-phrase-words {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
    gap: var(--_tillit-space-2) var(--_tillit-space-3);
    margin: var(--_tillit-space-2) 0 0;
    padding: 0;
    list-style: none;
  }
  [data-tillit-light] .tillit-phrase-word {
    display: flex;
    gap: var(--_tillit-space-2);
    align-items: center;
  }
  [data-tillit-light] .tillit-phrase-number {
    flex: none;
    min-width: 1.75em;
    color: var(--_tillit-text-muted);
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  [data-tillit-light] .tillit-phrase-input {
    flex: 1;
    min-width: 0;
  }
  [data-tillit-light] .tillit-phrase-word[data-invalid] .tillit-phrase-input {
    border: 2px solid var(--_tillit-danger);
  }
  /* The group's error marks only the boxes that need a word, not the ones already filled in. */
  [data-tillit-light] .tillit-phrase[data-invalid] .tillit-phrase-word:not([data-invalid]) .tillit-phrase-input {
    border: 1px solid var(--_tillit-border);
  }
`;
