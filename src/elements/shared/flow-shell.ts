import type { CSSResult, ReactiveController, TemplateResult } from 'lit';
import { FormFeedbackController, type FeedbackHost, type FeedbackWords } from '../../controllers/form-feedback-controller.js';
import { LightDomController } from '../../controllers/light-dom-controller.js';
import { StepController } from '../../controllers/step-controller.js';
import { CancelledEvent } from '../../events/cancelled.js';
import { fieldStyles } from './field-styles.js';
import { flowFrame, headingLevel } from './flow-frame.js';
import { LazyPart } from './lazy-part.js';
import { stepStyles } from './step-styles.js';

/** What the shell reads of a flow's part once it is loaded: the light-DOM sheets it brings, and its leave hook. */
export interface FlowShellPart<S extends string> {
  readonly styles: readonly CSSResult[];
  /** `step` is being left: what it held goes now (a setup key, the phrase's boxes). */
  left(step: S): void;
}

/** What the shell reads of the element's localization (its `LocalizeController` fits). */
export interface FlowShellWords extends FeedbackWords {
  readonly locale: string;
  readonly t: FeedbackWords['t'] & { readonly common: { readonly errorSummaryTitle: string } };
  errorsReady(): Promise<void>;
}

export interface FlowShellHost extends FeedbackHost {
  readonly headingLevel: number;
}

/**
 * What the shell hands the part it loads, made up front with the element: the feedback, the steps, and how
 * `tillit-cancelled` is fired (the first step's Cancel fires it too). A lazy part that made or imported these would
 * import what other elements load up front, which a customer's bundler cuts out of a page's file
 * (docs/ARCHITECTURE.md, "Lazy parts").
 */
export interface FlowShellPage<F extends string, S extends string> {
  readonly feedback: FormFeedbackController<F>;
  readonly steps: StepController<S>;
  readonly cancelled: (step: S) => void;
}

export interface FlowShellOptions<P extends FlowShellPart<S>, F extends string, S extends string> {
  /** The first step, which the element draws itself before the part has loaded. */
  readonly initial: S;
  /** Names the feedback's ids (`FormFeedbackController`), and the fields its summary lists, in order. */
  readonly name: string;
  readonly fields: readonly F[];
  readonly words: FlowShellWords;
  /** Loads the flow after the first step (`import('./setup-part.js')...`) with the shell's feedback. */
  readonly load: (page: FlowShellPage<F, S>) => Promise<P>;
  /** The light part: the current step; `part` is undefined until it has loaded. */
  readonly render: (part: P | undefined) => TemplateResult;
  /**
   * What the host handed in before the first render (a setup, an issued phrase), taken once after it: how the flow
   * goes on from it, or undefined when nothing was handed in. The element drops its own reference when asked.
   */
  readonly handedIn?: () => ((part: P) => void) | undefined;
}

/**
 * The shell of a one-thing-per-step flow (`<totp-setup>`, `<recovery-key-backup>`): the light part its steps are
 * rendered into (with the shared field and step sheets, and the part's own once loaded), the form feedback, the
 * steps, the flow after the first step loaded on first use (a failed load says "network" and may be retried), a
 * value the host handed in taken over once, and the shadow root's frame (title, error summary, slot, live region).
 *
 *   private readonly shell = new FlowShell(this, { name: 'totp', fields: ['code'], initial: 'start', words: this.i18n,
 *     load: (page) => import('./setup-part.js').then((m) => m.load(this, { ...page, backend: this.backend })),
 *     render: (part) => ..., handedIn: () => ... });
 *   override render() { return this.shell.frame(this.i18n.t.totpSetup.title); }
 */
export class FlowShell<P extends FlowShellPart<S>, F extends string, S extends string> implements ReactiveController {
  readonly feedback: FormFeedbackController<F>;
  /** Which step shows: made here with the element, as the other elements' up-front flows make theirs. */
  readonly steps: StepController<S>;
  /** The flow after the first step: `part.value` once loaded, `part.with(...)` to load it and go on. */
  readonly part: LazyPart<P>;
  /** A value handed in is waiting for the part to load: the first step is not the one to show meanwhile. */
  resuming = false;
  private readonly light: LightDomController;
  private taken = false;

  constructor(
    private readonly host: FlowShellHost,
    private readonly options: FlowShellOptions<P, F, S>,
  ) {
    const { words } = options;
    this.light = new LightDomController(host, {
      styles: () => [fieldStyles, stepStyles, ...(this.part.value?.styles ?? [])],
      render: () => options.render(this.part.value),
      lang: () => words.locale,
    });
    this.feedback = new FormFeedbackController<F>(host, { name: options.name, fields: options.fields, root: () => this.light.root, words });
    this.steps = new StepController<S>(host, {
      initial: options.initial,
      leave: (step) => this.part.value?.left(step),
      focusHeading: () => this.feedback.focusAfterUpdate('heading'),
    });
    this.part = new LazyPart<P>(
      () => options.load({ feedback: this.feedback, steps: this.steps, cancelled: (step) => this.cancelled(step) }),
      async () => {
        await words.errorsReady();
        this.feedback.showError('network');
      },
    );
    host.addController(this);
  }

  /** Fires `tillit-cancelled` with the step left. */
  cancelled(step: S): void {
    this.host.dispatchEvent(new CancelledEvent<S>(step));
  }

  /** The element's title level (its `heading-level`, 1 to 6); each step's heading is one below. */
  get level(): number {
    return headingLevel(this.host.headingLevel);
  }

  /** After the first render: what the host handed in is taken over, once. */
  hostUpdated(): void {
    if (this.taken) return;
    this.taken = true;
    const resume = this.options.handedIn?.();
    if (!resume) return;
    this.resuming = true;
    void this.part.with(resume).finally(() => {
      this.resuming = false;
      this.host.requestUpdate();
    });
  }

  /** The shadow root: the element's `title`, the error summary, the slot for the steps, the live region. */
  frame(title: string): TemplateResult {
    const { words } = this.options;
    return flowFrame({
      locale: words.locale,
      title,
      level: this.level,
      summaryTitle: words.t.common.errorSummaryTitle,
      summary: this.feedback.summary(),
      activate: (target) => this.feedback.focusControl(target),
      announcement: this.feedback.announcement,
    });
  }
}
