import { html } from 'lit';
import type { ErrorSummaryItem } from '../../controllers/form-feedback-controller.js';
import { errorSummary } from './error-summary.js';

export interface FlowFrameView {
  readonly locale: string;
  /** The element's title and its level (1 to 6); the error summary's title is one below. */
  readonly title: string;
  readonly level: number;
  readonly summaryTitle: string;
  readonly summary: readonly ErrorSummaryItem[];
  readonly activate: (target: string) => void;
  /** The polite live region's text. */
  readonly announcement: string;
}

/**
 * The shadow root of a one-thing-per-step flow (`<totp-setup>`, `<recovery-key-backup>`): the element's title, the
 * error summary, the slot for the light-DOM steps (each with its own focusable heading), and the live region.
 * Parts `base`, `heading`, `error-summary`; styled by `frameStyles`.
 */
export function flowFrame(v: FlowFrameView) {
  return html`
    <section class="base" part="base" aria-labelledby="heading" lang=${v.locale}>
      <div id="heading" class="heading" part="heading" role="heading" aria-level=${v.level}>${v.title}</div>
      ${errorSummary({ id: 'summary', title: v.summaryTitle, items: v.summary, level: Math.min(6, v.level + 1), activate: v.activate })}
      <slot></slot>
      <div class="visually-hidden" role="status" aria-live="polite">${v.announcement}</div>
    </section>
  `;
}

/** A `heading-level` attribute as a heading level: a whole number from 1 to 6, 2 when unusable. */
export function headingLevel(value: number): number {
  return Math.min(6, Math.max(1, Math.round(value) || 2));
}
