import { css } from 'lit';

/**
 * The shadow-root styles every element's frame shares: the host box (its width from `--<tag>-max-width`, set per
 * element), the `base` part, the step heading that takes focus, the line under it, the error summary, and the
 * visually hidden live region. Compose it after `tokens`: `static styles = [tokens, frameStyles, ownStyles]`.
 * Selection and state are never colour alone here either: the summary is a bordered box with a title.
 */
export const frameStyles = css`
  :host {
    display: block;
    color: var(--_tillit-text);
    font-family: var(--_tillit-font-family);
    font-size: var(--_tillit-font-size);
    line-height: var(--_tillit-line-height);
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    display: grid;
    gap: var(--_tillit-space-4);
    padding: var(--_tillit-space-5);
    border-radius: var(--_tillit-radius);
    background: var(--_tillit-surface);
  }
  .heading {
    margin: 0;
    font-size: var(--_tillit-font-size-title);
    font-weight: var(--_tillit-font-weight-strong);
    line-height: 1.25;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible,
  .error-summary:focus,
  .error-summary-list a:focus-visible {
    outline: var(--_tillit-focus-width) solid var(--_tillit-focus);
    outline-offset: 2px;
  }
  .intro {
    margin: 0;
  }
  .error-summary {
    padding: var(--_tillit-space-4);
    border: 3px solid var(--_tillit-danger);
    border-radius: var(--_tillit-radius-small);
  }
  .error-summary-title {
    margin: 0 0 var(--_tillit-space-2);
    font-size: var(--_tillit-font-size-large);
    font-weight: var(--_tillit-font-weight-strong);
  }
  .error-summary-list {
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_tillit-danger);
    font-weight: var(--_tillit-font-weight-strong);
  }
  .error-summary-list a {
    color: inherit;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
