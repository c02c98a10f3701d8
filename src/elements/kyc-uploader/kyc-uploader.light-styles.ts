import { css } from 'lit';

/**
 * The light-DOM rules of `<kyc-uploader>` beside the shared `fieldStyles` (same pattern: unlayered,
 * `[data-tillit-light] .tillit-kyc-x`, colours from the tokens). States are never colour alone: the level state
 * has a border and text, the uploaded mark a check, the camera guide a drawn outline.
 */
export const kycLightStyles = css`
  /* Chromium keeps :focus-visible off a date input while focus is in its day/month/year parts: ring it on :focus. */
  [data-tillit-light] .tillit-input[type='date']:focus {
    outline: var(--_tillit-focus-width) solid var(--_tillit-focus);
    outline-offset: 2px;
  }
  [data-tillit-light] .tillit-kyc-overview {
    display: grid;
    gap: var(--_tillit-space-4);
  }
  [data-tillit-light] .tillit-kyc-level {
    margin: 0;
    font-size: var(--_tillit-font-size-large);
    font-weight: var(--_tillit-font-weight-strong);
  }
  [data-tillit-light] .tillit-kyc-panel {
    display: grid;
    gap: var(--_tillit-space-2);
    padding: var(--_tillit-space-4);
    border: 1px solid var(--_tillit-border);
    border-inline-start-width: 6px;
    border-radius: var(--_tillit-radius-small);
    background: var(--_tillit-surface-alt);
  }
  [data-tillit-light] .tillit-kyc-panel[data-status='rejected'] {
    border-inline-start-color: var(--_tillit-danger);
  }
  [data-tillit-light] .tillit-kyc-panel[data-status='approved'] {
    border-inline-start-color: var(--_tillit-accent);
  }
  [data-tillit-light] .tillit-kyc-panel p,
  [data-tillit-light] .tillit-kyc-panel ul {
    margin: 0;
  }
  [data-tillit-light] .tillit-kyc-panel > button {
    justify-self: start;
  }
  [data-tillit-light] .tillit-kyc-panel-title {
    font-size: var(--_tillit-font-size-large);
    font-weight: var(--_tillit-font-weight-strong);
  }
  [data-tillit-light] .tillit-kyc-table-wrap {
    overflow-x: auto;
  }
  [data-tillit-light] .tillit-kyc-table {
    width: 100%;
    border-collapse: collapse;
    font-size: var(--_tillit-font-size-small);
  }
  [data-tillit-light] .tillit-kyc-table caption {
    text-align: start;
    font-weight: var(--_tillit-font-weight-strong);
    padding-block-end: var(--_tillit-space-2);
  }
  [data-tillit-light] .tillit-kyc-table th,
  [data-tillit-light] .tillit-kyc-table td {
    padding: var(--_tillit-space-2);
    border-bottom: 1px solid var(--_tillit-border);
    text-align: start;
    vertical-align: top;
  }
  [data-tillit-light] .tillit-kyc-table th[scope='row'] {
    white-space: nowrap;
  }
  [data-tillit-light] .tillit-kyc-limits,
  [data-tillit-light] .tillit-kyc-reasons,
  [data-tillit-light] .tillit-kyc-files {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  [data-tillit-light] .tillit-kyc-files li {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_tillit-space-3);
  }
  [data-tillit-light] .tillit-kyc-state {
    display: inline-block;
    padding: 0 var(--_tillit-space-2);
    border: 1px solid currentColor;
    border-radius: var(--_tillit-radius-small);
    white-space: nowrap;
  }
  [data-tillit-light] .tillit-kyc-state[data-state='approved'] {
    color: var(--_tillit-accent);
  }
  [data-tillit-light] .tillit-kyc-state[data-state='rejected'] {
    color: var(--_tillit-danger);
  }
  [data-tillit-light] .tillit-kyc-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_tillit-space-3);
    align-items: center;
  }
  [data-tillit-light] .tillit-kyc-secondary {
    min-height: var(--_tillit-control-height);
    margin: 0;
    padding: var(--_tillit-space-2) var(--_tillit-space-4);
    border: 1px solid var(--_tillit-border);
    border-radius: var(--_tillit-radius);
    background: var(--_tillit-surface);
    color: var(--_tillit-text);
    font: inherit;
    font-weight: var(--_tillit-font-weight-strong);
    cursor: pointer;
  }
  [data-tillit-light] .tillit-kyc-choices {
    border: 0;
    padding: 0;
  }
  [data-tillit-light] .tillit-kyc-choice {
    display: flex;
    gap: var(--_tillit-space-3);
    align-items: center;
    min-height: var(--_tillit-control-height);
    padding: 0 var(--_tillit-space-3);
    border: 1px solid var(--_tillit-border);
    border-radius: var(--_tillit-radius-small);
    cursor: pointer;
  }
  [data-tillit-light] .tillit-kyc-choice:has(input:checked) {
    border-width: 3px;
    border-color: var(--_tillit-accent);
  }
  [data-tillit-light] .tillit-kyc-choice input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: var(--_tillit-accent);
  }
  [data-tillit-light] .tillit-kyc-countries {
    height: auto;
    padding: var(--_tillit-space-1);
  }
  [data-tillit-light] .tillit-kyc-file {
    font: inherit;
    color: var(--_tillit-text);
    max-width: 100%;
  }
  [data-tillit-light] .tillit-kyc-preview {
    display: block;
    max-width: 100%;
    max-height: 16rem;
    border-radius: var(--_tillit-radius-small);
    border: 1px solid var(--_tillit-border);
  }
  [data-tillit-light] .tillit-kyc-thumb {
    width: 3rem;
    height: 2rem;
    object-fit: cover;
    margin-inline-end: var(--_tillit-space-2);
    vertical-align: middle;
    border-radius: 2px;
  }
  [data-tillit-light] .tillit-kyc-guidance {
    display: grid;
    gap: var(--_tillit-space-2);
    padding: var(--_tillit-space-3) var(--_tillit-space-4);
    border-inline-start: 6px solid var(--_tillit-warning);
    background: var(--_tillit-surface-alt);
  }
  [data-tillit-light] .tillit-kyc-guidance p,
  [data-tillit-light] .tillit-kyc-guidance ul {
    margin: 0;
  }
  [data-tillit-light] .tillit-kyc-guidance-main {
    font-weight: var(--_tillit-font-weight-strong);
  }
  [data-tillit-light] .tillit-kyc-uploaded {
    margin: 0;
    font-weight: var(--_tillit-font-weight-strong);
  }
  [data-tillit-light] .tillit-kyc-progress {
    display: grid;
    gap: var(--_tillit-space-1);
  }
  [data-tillit-light] .tillit-kyc-progress progress {
    width: 100%;
    accent-color: var(--_tillit-accent);
  }
  [data-tillit-light] .tillit-kyc-summary {
    display: grid;
    gap: var(--_tillit-space-2);
    margin: 0;
  }
  [data-tillit-light] .tillit-kyc-summary > div {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_tillit-space-2);
    padding-block: var(--_tillit-space-2);
    border-bottom: 1px solid var(--_tillit-border);
  }
  [data-tillit-light] .tillit-kyc-summary dt {
    font-weight: var(--_tillit-font-weight-strong);
  }
  [data-tillit-light] .tillit-kyc-summary dd {
    display: flex;
    gap: var(--_tillit-space-3);
    margin: 0;
  }
  [data-tillit-light] .tillit-kyc-camera {
    position: relative;
    display: grid;
    gap: var(--_tillit-space-2);
    margin: 0;
  }
  [data-tillit-light] .tillit-kyc-camera video {
    width: 100%;
    border-radius: var(--_tillit-radius-small);
    background: #000;
  }
  [data-tillit-light] .tillit-kyc-camera[data-facing='user'] video {
    transform: scaleX(-1);
  }
  [data-tillit-light] .tillit-kyc-guide {
    position: absolute;
    top: 10%;
    left: 10%;
    width: 80%;
    aspect-ratio: 85.6 / 54;
    border: 3px dashed #fff;
    border-radius: 4%;
    box-shadow: 0 0 0 2px #000;
    pointer-events: none;
  }
  [data-tillit-light] .tillit-kyc-guide-oval {
    left: 25%;
    width: 50%;
    aspect-ratio: 3 / 4;
    border-radius: 50%;
  }
  @media (forced-colors: active) {
    [data-tillit-light] .tillit-kyc-choice:has(input:checked) {
      border-color: Highlight;
    }
    [data-tillit-light] .tillit-kyc-guide {
      border-color: CanvasText;
    }
  }
`;
