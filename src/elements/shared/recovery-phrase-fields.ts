import { html, nothing, type TemplateResult } from 'lit';
import { describedBy } from './field-error.js';

/** One word box. */
export interface WordBox {
  readonly id: string;
  readonly name: string;
  /** The position in the phrase, 1-based, shown beside the box. */
  readonly number: number;
  /** Its accessible name: "Word 3 of 12". */
  readonly label: string;
  readonly value: string;
  readonly error: string | undefined;
  /** Has an error, or was left empty at the last submit. */
  readonly invalid: boolean;
  readonly on: {
    readonly input: (event: InputEvent) => void;
    readonly paste: (event: ClipboardEvent) => void;
    readonly keydown: (event: KeyboardEvent) => void;
  };
}

/** What `recoveryPhraseFields` shows: `RecoveryPhraseController.view()` builds it. */
export interface RecoveryPhraseFieldsView {
  readonly id: string;
  readonly legend: string;
  readonly hint: string;
  readonly errorPrefix: string;
  readonly boxes: readonly WordBox[];
}

/**
 * The word boxes, for the light DOM inside the element's `<form novalidate>`: a fieldset with the legend and hint,
 * one error line for the group (the boxes' errors, each said once), and a numbered list of text inputs with
 * autocomplete, spell-check, auto-capitalisation and auto-correction off (a phrase is not for password managers, and
 * a phone keyboard must not "fix" its words). Style: `fieldStyles` + `recoveryPhraseStyles`.
 */
export function recoveryPhraseFields(v: RecoveryPhraseFieldsView): TemplateResult {
  const hintId = `${v.id}-hint`;
  const errorId = `${v.id}-error`;
  const errors = [...new Set(v.boxes.map((b) => b.error).filter((e): e is string => Boolean(e)))];
  return html`
    <fieldset class="tillit-field tillit-phrase" id=${v.id} ?data-invalid=${errors.length > 0}>
      <legend class="tillit-label">${v.legend}</legend>
      <p class="tillit-hint" id=${hintId}>${v.hint}</p>
      ${errors.length
        ? html`<p class="tillit-error" id=${errorId}>
            ${errors.map((e) => html`<span class="tillit-phrase-error"><span class="tillit-visually-hidden">${v.errorPrefix} </span>${e}</span>`)}
          </p>`
        : nothing}
      <ol class="tillit-phrase-words">
        ${v.boxes.map(
          (b) => html`<li class="tillit-phrase-word" ?data-invalid=${b.invalid}>
            <label class="tillit-phrase-number" for=${b.id}>
              <span aria-hidden="true">${b.number}</span><span class="tillit-visually-hidden">${b.label}</span>
            </label>
            <input
              class="tillit-input tillit-phrase-input"
              id=${b.id}
              name=${b.name}
              type="text"
              autocomplete="off"
              autocapitalize="off"
              autocorrect="off"
              spellcheck="false"
              enterkeyhint=${b === v.boxes[v.boxes.length - 1] ? 'done' : 'next'}
              .value=${b.value}
              aria-invalid=${b.invalid ? 'true' : 'false'}
              aria-describedby=${describedBy(b.number === v.boxes[0]?.number && hintId, b.invalid && errors.length > 0 && errorId)}
              @input=${b.on.input}
              @paste=${b.on.paste}
              @keydown=${b.on.keydown}
            />
          </li>`,
        )}
      </ol>
    </fieldset>
  `;
}
