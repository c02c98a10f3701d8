import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldMessages } from '../i18n/en.js';
import type { ErrorLike } from '../i18n/error-message.js';

/** A message kept as a function, so a language switch or a ticking countdown re-words it on every render. */
export type Wording = () => string;

/** Where focus goes after the next render: the step's heading, the error summary, or a field. */
export type FocusTarget<F extends string> = 'heading' | 'summary' | F;

/** One line of the error summary: its text, and the id of the control its link focuses. */
export interface ErrorSummaryItem {
  readonly text: string;
  readonly target?: string | undefined;
}

/** What the controller reads of the element's localization (a `LocalizeController` fits). */
export interface FeedbackWords {
  readonly t: { readonly fields: FieldMessages };
  error(error: ErrorLike | string): string;
}

export interface FeedbackHost extends ReactiveControllerHost, HTMLElement {
  /** The shadow root, where the heading (`[data-tillit-heading]`) and the summary (`[data-error-summary]`) are. */
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface FormFeedbackOptions<F extends string> {
  /** Names the ids: `login` gives `tillit-login-1-email`, `tillit-login-1-form`. */
  name: string;
  /** The form's fields, in the order the summary lists their errors. */
  fields: readonly F[];
  /** The light-DOM container the fields are rendered into (`LightDomController.root`). */
  root: () => ParentNode | undefined;
  words: FeedbackWords;
}

/** Which focus request wins when several come in one update (see `focusAfterUpdate`). */
const FOCUS_RANK = { heading: 1, field: 2, summary: 3 } as const;

let instances = 0;

/**
 * What a form tells its user, kept in one place for every element (GOV.UK's pattern): the values of its fields
 * (including what a password manager filled in without an input event), each field's error, one alert for what
 * belongs to no field, the error summary built from both, where focus goes after a render, and the polite live
 * announcements. Errors and announcements are kept as `Wording`s, so they are re-worded when the language changes.
 *
 *   private readonly feedback = new FormFeedbackController(this, {
 *     name: 'login', fields: ['email', 'password'], root: () => this.light.root, words: this.i18n,
 *   });
 *   this.feedback.showFieldErrors({ email: () => t.identifier.emailRequired });   // focuses the summary
 *   ${errorSummary({ title, items: this.feedback.summary(), activate: (id) => this.feedback.focusControl(id) })}
 */
export class FormFeedbackController<F extends string> implements ReactiveController {
  /** Ids unique to this element instance: one per field, plus the form's. */
  readonly ids: Readonly<Record<F | 'form', string>>;
  private readonly host: FeedbackHost;
  private readonly options: FormFeedbackOptions<F>;
  private values: Partial<Record<F, string>> = {};
  private errors: Partial<Record<F, Wording>> = {};
  private alertMessage: { text: Wording; field?: F | undefined } | undefined;
  private spoken: Wording | undefined;
  private speaking = 0;
  private focusRequest: FocusTarget<F> | undefined;

  constructor(host: FeedbackHost, options: FormFeedbackOptions<F>) {
    this.host = host;
    this.options = options;
    const base = `tillit-${options.name}-${++instances}`;
    this.ids = Object.fromEntries(['form', ...options.fields].map((f) => [f, `${base}-${f}`])) as Record<F | 'form', string>;
    host.addController(this);
  }

  // --- values ------------------------------------------------------------------------------------------------

  value(field: F): string {
    return this.values[field] ?? '';
  }

  /** Sets what a field holds (from its input event, a prefill, a paste) and re-renders. */
  setValue(field: F, value: string): void {
    this.values = { ...this.values, [field]: value };
    this.host.requestUpdate();
  }

  /** The rendered control of a field, if it is on screen. */
  control(field: F): HTMLInputElement | HTMLSelectElement | null {
    return this.find(this.ids[field]) as HTMLInputElement | HTMLSelectElement | null;
  }

  /** Password managers may fill fields without an input event: takes what is really in the inputs before sending. */
  readFields(...fields: F[]): void {
    for (const field of fields) {
      const control = this.control(field);
      if (control && control.value !== this.value(field)) this.setValue(field, control.value);
    }
  }

  /**
   * Empties fields, in the store and on screen (a secret leaving its step, a wrong code). The input is emptied
   * directly too: a value autofilled without an input event was never rendered, so a re-render would not clear it.
   */
  clear(...fields: F[]): void {
    for (const field of fields) {
      const control = this.control(field);
      if (control instanceof HTMLInputElement) control.value = '';
      this.setValue(field, '');
    }
  }

  // --- errors ------------------------------------------------------------------------------------------------

  /** A field's error in the current language, for its error line. */
  error(field: F): string | undefined {
    return this.errors[field]?.();
  }

  get hasErrors(): boolean {
    return Boolean(this.alertMessage) || Object.keys(this.errors).length > 0;
  }

  /**
   * Shows what went wrong, replacing what was shown: errors next to fields and, for what belongs to no field, one
   * alert (its summary link goes to `alert.field`, if given). Focuses the summary after the render.
   */
  show(errors: Partial<Record<F, Wording>>, alert?: { text: Wording; field?: F | undefined }): void {
    this.errors = errors;
    this.alertMessage = alert;
    this.focusAfterUpdate('summary');
  }

  /** Shows errors next to fields (replacing all others) and focuses the summary after the render. */
  showFieldErrors(errors: Partial<Record<F, Wording>>): void {
    this.show(errors);
  }

  /** Shows one message for what belongs to no field (its summary link goes to `field`, if given). */
  showAlert(text: Wording, field?: F): void {
    this.show({}, { text, field });
  }

  /** The generic message for a failed request (`TillitError` or `{ code }`), as an alert. */
  showError(error: ErrorLike | string, field?: F): void {
    this.showAlert(() => this.options.words.error(error), field);
  }

  /** Removes every error and the alert. */
  clearErrors(): void {
    if (!this.hasErrors) return;
    this.errors = {};
    this.alertMessage = undefined;
    this.host.requestUpdate();
  }

  /** What went wrong, for the error summary: the alert first, then each field's error linked to its field. */
  summary(): ErrorSummaryItem[] {
    const items: ErrorSummaryItem[] = this.options.fields
      .filter((field) => this.errors[field])
      .map((field) => ({ text: this.errors[field]!(), target: this.ids[field] }));
    const alert = this.alertMessage;
    if (alert) items.unshift({ text: alert.text(), target: alert.field && this.ids[alert.field] });
    return items;
  }

  /**
   * Focuses a control by id, found when the link is followed (so a field rendered after the summary is found):
   * its label is scrolled into view first, so the question is on screen, not only the input (GOV.UK).
   */
  focusControl(id: string): void {
    const control = this.find(id);
    if (!control) return;
    const label = this.options.root()?.querySelector(`label[for="${CSS.escape(id)}"]`);
    (label ?? control).scrollIntoView?.({ block: 'center' });
    control.focus({ preventScroll: true });
  }

  // --- focus and announcements -------------------------------------------------------------------------------

  /**
   * Moves focus after the next render. Within one update the summary wins over a field, a field over the
   * heading: an error that appears with a new step is what the user must hear first.
   */
  focusAfterUpdate(target: FocusTarget<F>): void {
    const rank = (t: FocusTarget<F>) => (t === 'summary' ? FOCUS_RANK.summary : t === 'heading' ? FOCUS_RANK.heading : FOCUS_RANK.field);
    if (!this.focusRequest || rank(target) >= rank(this.focusRequest)) this.focusRequest = target;
    this.host.requestUpdate();
  }

  /** Says something politely (live region), in the current language whenever it is re-rendered. */
  announce(text: Wording): void {
    // Cleared first and set a frame later, so the same words said twice (two resends) are announced twice.
    const turn = ++this.speaking;
    this.spoken = undefined;
    this.host.requestUpdate();
    requestAnimationFrame(() => {
      if (turn !== this.speaking) return;
      this.spoken = text;
      this.host.requestUpdate();
    });
  }

  /** The text of the live region. */
  get announcement(): string {
    return this.spoken?.() ?? '';
  }

  hostConnected(): void {}

  hostUpdated(): void {
    const target = this.focusRequest;
    if (!target) return;
    this.focusRequest = undefined;
    // After every controller's hostUpdated: the light part renders in its own, which may come after this one.
    queueMicrotask(() => {
      if (target === 'heading') this.focusIn('[data-tillit-heading]');
      else if (target === 'summary') this.focusIn('[data-error-summary]');
      else this.control(target)?.focus();
    });
  }

  /** The light part first: a view embedded there (a step-up) has its own heading, more specific than the host's. */
  private focusIn(selector: string): void {
    const element = this.options.root()?.querySelector<HTMLElement>(selector) ?? this.host.renderRoot.querySelector<HTMLElement>(selector);
    element?.focus();
  }

  private find(id: string): HTMLElement | null {
    return this.options.root()?.querySelector<HTMLElement>(`#${CSS.escape(id)}`) ?? null;
  }
}
