import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FormFeedbackController, Wording } from '../../controllers/form-feedback-controller.js';
import type { CommonMessages } from '../../i18n/en.js';
import type { RecoveryPhraseMessages } from '../../i18n/recovery-phrase.js';
import type { Locale } from '../../i18n/types.js';
import type { RecoveryPhraseFieldsView } from './recovery-phrase-fields.js';
import { normalizeWord, splitPhrase, spreadWords } from './recovery-phrase.js';
import { wordField, type WordField } from './word-fields.js';

export { WORD_FIELDS, wordField, wordFields, type WordField } from './word-fields.js';

/** The part of the form feedback the word boxes use. */
export type PhraseFeedback<F extends string> = Pick<
  FormFeedbackController<F | WordField>,
  'ids' | 'value' | 'setValue' | 'readFields' | 'clear' | 'control' | 'error' | 'announce'
>;

export interface PhraseWords {
  readonly t: { readonly common: CommonMessages; readonly recoveryPhrase: RecoveryPhraseMessages };
  readonly locale: Locale;
}

export interface RecoveryPhraseOptions<F extends string> {
  readonly feedback: PhraseFeedback<F>;
  /** A `LocalizeController` with the `recoveryPhrase` section. */
  readonly words: PhraseWords;
  /** How many words the whole phrase has (the contract's: 12). */
  readonly length?: number;
}

/**
 * Word boxes for a recovery phrase, in the element's light-DOM form: all of it (restoring an authenticator) or the
 * words at some positions ("enter words 3, 7 and 10", proving a phrase was saved). The words live in the element's
 * `FormFeedbackController` as `word0` ... `word11`, so a wrong word can be put on its own box
 * (`feedback.showFieldErrors({ word6: ... })`). A phrase pasted or typed with spaces into any box spreads over the
 * boxes (a whole phrase by position); space and Enter move to the next box, Backspace in an empty box to the one
 * before. Words are read normalised (NFKC, trimmed, lower case). `clear()` empties every box: call it when the
 * step ends, so the phrase leaves the DOM.
 *
 *   private readonly phrase = new RecoveryPhraseController(this, { feedback: this.feedback, words: this.i18n });
 *   this.phrase.ask();              // all 12; or ask(confirmIndexes) for some
 *   submit: const errors = this.phrase.validate(); if (Object.keys(errors).length) return feedback.showFieldErrors(errors);
 *           client.restoreAuthenticator({ words: this.phrase.values, ... }) / confirmRecoveryPhrase({ words: this.phrase.entries() })
 *   render: recoveryPhraseFields(this.phrase.view())
 */
export class RecoveryPhraseController<F extends string = never> implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: RecoveryPhraseOptions<F>;
  readonly length: number;
  private asked: readonly number[];
  /** Boxes left empty at the last submit: marked invalid until typed in. */
  private missing = new Set<number>();

  constructor(host: ReactiveControllerHost & HTMLElement, options: RecoveryPhraseOptions<F>) {
    this.host = host;
    this.options = options;
    this.length = options.length ?? 12;
    this.asked = [...Array(this.length).keys()];
    host.addController(this);
  }

  hostConnected(): void {}

  /** Which positions (0-based) to ask for, in order; all when left out. Empties the boxes. */
  ask(positions?: readonly number[]): void {
    this.clear();
    this.asked = positions ? [...positions] : [...Array(this.length).keys()];
    this.host.requestUpdate();
  }

  /** The positions asked for (0-based), one box each. */
  get positions(): readonly number[] {
    return this.asked;
  }

  /** The words in the boxes, normalised, in box order (for `restoreAuthenticator`, all 12 in phrase order). */
  get values(): string[] {
    return this.asked.map((p) => normalizeWord(this.options.feedback.value(wordField(p))));
  }

  /** The words with their positions (for `confirmRecoveryPhrase`). */
  entries(): { index: number; word: string }[] {
    const values = this.values;
    return this.asked.map((index, box) => ({ index, word: values[box]! }));
  }

  /**
   * On submit: reads the boxes and returns the errors to show, empty when every box has a word. One error, on the
   * first empty box ("Enter words 3, 5 and 7", "Enter the 10 missing words"), so the summary stays short; every empty box is marked invalid.
   */
  validate(): Partial<Record<WordField, Wording>> {
    const { feedback, words } = this.options;
    feedback.readFields(...this.asked.map(wordField));
    const values = this.values;
    const empty = this.asked.filter((_, box) => !values[box]);
    this.missing = new Set(empty);
    this.host.requestUpdate();
    if (empty.length === 0) return {};
    const t = () => words.t.recoveryPhrase;
    const all = empty.length === this.asked.length && this.asked.length === this.length;
    const list = () => new Intl.ListFormat(words.locale, { type: 'conjunction' }).format(empty.map((p) => `${p + 1}`));
    const text = () =>
      all ? t().allMissing({ count: this.length }) : empty.length > 3 ? t().missingMany({ count: empty.length }) : t().missing({ count: empty.length, list: list() });
    return { [wordField(empty[0]!)]: text };
  }

  /** Empties every box, on screen too: the step with the phrase ends, or the host resets. */
  clear(): void {
    this.options.feedback.clear(...this.asked.map(wordField));
    this.missing = new Set();
  }

  /** Focuses the first empty box (else the first): what an error summary link for the phrase should do. */
  focusFirstEmpty(): void {
    const values = this.values;
    const box = Math.max(0, values.findIndex((v) => !v));
    this.focusBox(box, false);
  }

  /** The view model for `recoveryPhraseFields`. */
  view(): RecoveryPhraseFieldsView {
    const { feedback, words } = this.options;
    const t = words.t.recoveryPhrase;
    const ids = feedback.ids as Readonly<Record<string, string>>;
    const some = this.asked.length < this.length;
    const list = new Intl.ListFormat(words.locale, { type: 'conjunction' }).format(this.asked.map((p) => `${p + 1}`));
    return {
      id: `${ids[wordField(this.asked[0] ?? 0)]}-phrase`,
      legend: t.legend,
      hint: some ? t.someHint({ list }) : t.hint({ count: this.length }),
      errorPrefix: words.t.common.errorPrefix,
      boxes: this.asked.map((position, box) => {
        const field = wordField(position);
        return {
          id: ids[field] ?? `${field}`,
          name: `word-${position + 1}`,
          number: position + 1,
          label: t.wordLabel({ position: position + 1, total: this.length }),
          value: feedback.value(field),
          error: feedback.error(field),
          invalid: Boolean(feedback.error(field)) || (this.missing.has(position) && !feedback.value(field).trim()),
          on: {
            input: (event: InputEvent) => this.input(box, event),
            paste: (event: ClipboardEvent) => this.paste(box, event),
            keydown: (event: KeyboardEvent) => this.keydown(box, event),
          },
        };
      }),
    };
  }

  private input(box: number, event: InputEvent): void {
    const value = (event.target as HTMLInputElement).value;
    // Typed or dropped text with spaces (a phone keyboard's paste, a dictated phrase) spreads like a paste.
    if (/\s/u.test(value.trim())) return this.spread(box, splitPhrase(value, this.length));
    const field = wordField(this.asked[box]!);
    // A space that came without a usable keydown (Android keyboards say "Unidentified"): the word is done, move on.
    if (/\s$/u.test(value) && value.trim() && box < this.asked.length - 1) {
      (event.target as HTMLInputElement).value = value.trim();
      this.options.feedback.setValue(field, value.trim());
      return this.focusBox(box + 1, true);
    }
    this.options.feedback.setValue(field, value);
  }

  private paste(box: number, event: ClipboardEvent): void {
    const tokens = splitPhrase(event.clipboardData?.getData('text') ?? '', this.length);
    if (tokens.length < 2) return; // one word: the browser pastes it, the input event stores it
    event.preventDefault();
    this.spread(box, tokens);
  }

  private spread(box: number, tokens: readonly string[]): void {
    const { feedback, words } = this.options;
    const current = this.asked.map((p) => feedback.value(wordField(p)));
    const spread = spreadWords(current, box, tokens, this.asked, this.length);
    spread.words.forEach((word, i) => {
      const field = wordField(this.asked[i]!);
      const control = feedback.control(field);
      // Set on screen too: the box typed in holds the whole text until the next render.
      if (control instanceof HTMLInputElement && control.value !== word) control.value = word;
      if (feedback.value(field) !== word) feedback.setValue(field, word);
    });
    const filled = spread.words.filter((w, i) => w && w !== current[i]).length;
    if (filled > 1) feedback.announce(() => words.t.recoveryPhrase.filled({ count: filled }));
    this.focusBox(spread.focus, false);
  }

  private keydown(box: number, event: KeyboardEvent): void {
    if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
    const input = event.target as HTMLInputElement;
    const last = box === this.asked.length - 1;
    if (event.key === ' ' || (event.key === 'Enter' && !last)) {
      // A word has no spaces: space (and Enter before the last box) moves on instead.
      event.preventDefault();
      if (input.value.trim() && !last) this.focusBox(box + 1, true);
    } else if (event.key === 'Backspace' && input.value === '' && box > 0) {
      event.preventDefault();
      this.focusBox(box - 1, false);
    }
  }

  private focusBox(box: number, select: boolean): void {
    const control = this.options.feedback.control(wordField(this.asked[Math.min(box, this.asked.length - 1)]!));
    if (!(control instanceof HTMLInputElement)) return;
    control.focus();
    if (select) control.select();
  }
}
