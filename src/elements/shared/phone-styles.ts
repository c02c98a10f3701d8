import { css } from 'lit';

/** The phone field's rules (country picker beside the number), adopted with it; see field-styles.ts. */
export const phoneStyles = css`
  [data-tillit-light] .tillit-phone {
    grid-template-columns: minmax(11rem, 1fr) 1fr;
    column-gap: var(--_tillit-space-3);
    align-items: end;
  }
  [data-tillit-light] .tillit-phone > .tillit-hint,
  [data-tillit-light] .tillit-phone > .tillit-error {
    grid-column: 1 / -1;
  }
`;
