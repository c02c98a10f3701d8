import { html } from 'lit';
import { describedBy, fieldError } from '../../shared/field-error.js';
import { textInput } from '../../shared/text-input.js';
import type { KycField } from '../kyc-context.js';
import type { KycUploaderMessages } from '../messages.js';
import type { Region } from '../regions.js';

type Fields = 'country' | 'firstName' | 'lastName' | 'dateOfBirth';

export interface LevelOneView {
  readonly t: KycUploaderMessages;
  readonly errorPrefix: string;
  readonly ids: Readonly<Record<KycField | 'form', string>>;
  readonly values: Readonly<Record<Fields, string>>;
  readonly errors: Readonly<Record<Fields, string | undefined>>;
  readonly regions: readonly Region[];
  readonly query: string;
  /** Whether a region matches the search box. */
  readonly matches: (region: Region) => boolean;
  readonly busy: boolean;
  readonly on: {
    readonly set: (field: Fields, value: string) => void;
    readonly search: (query: string) => void;
    readonly submit: (event: SubmitEvent) => void;
    readonly back: () => void;
  };
}

function nameField(o: LevelOneView, field: 'firstName' | 'lastName', label: string, autocomplete: string) {
  const errorId = `${o.ids[field]}-error`;
  const hintId = `${o.ids[field]}-hint`;
  return html`<div class="tillit-field" ?data-invalid=${Boolean(o.errors[field])}>
    <label class="tillit-label" for=${o.ids[field]}>${label}</label>
    <p class="tillit-hint" id=${hintId}>${o.t.nameHint}</p>
    ${fieldError(errorId, o.errors[field], o.errorPrefix)}
    ${textInput({
      id: o.ids[field],
      name: field,
      type: 'text',
      value: o.values[field],
      autocomplete,
      invalid: Boolean(o.errors[field]),
      describedBy: describedBy(hintId, o.errors[field] && errorId),
      onInput: (event) => o.on.set(field, (event.target as HTMLInputElement).value),
    })}
  </div>`;
}

/**
 * Level 1 in the light DOM (names are personal data a browser's autofill knows): the country with a search box
 * that narrows the list, the names as on the ID, the date of birth.
 */
export function levelOneStep(o: LevelOneView) {
  const { t } = o;
  const countryError = `${o.ids.country}-error`;
  const searchId = `${o.ids.country}-search`;
  const chosen = o.values.country;
  // The chosen country stays in the list while the search hides others, so the select never loses its value.
  const shown = o.regions.filter((r) => r.code === chosen || o.query === '' || o.matches(r));
  const dobError = `${o.ids.dateOfBirth}-error`;
  return html`
    <form id=${o.ids.form} class="tillit-form" novalidate @submit=${o.on.submit}>
      <p class="tillit-intro">${t.level1Intro}</p>
      <div class="tillit-field" ?data-invalid=${Boolean(o.errors.country)}>
        <label class="tillit-label" for=${o.ids.country}>${t.countryLabel}</label>
        ${fieldError(countryError, o.errors.country, o.errorPrefix)}
        <label class="tillit-hint" for=${searchId}>${t.countrySearch}</label>
        <input
          class="tillit-input"
          id=${searchId}
          type="search"
          autocomplete="off"
          .value=${o.query}
          aria-controls=${o.ids.country}
          @input=${(event: InputEvent) => o.on.search((event.target as HTMLInputElement).value)}
        />
        <select
          class="tillit-input tillit-kyc-countries"
          id=${o.ids.country}
          name="country"
          size="6"
          autocomplete="country"
          aria-invalid=${o.errors.country ? 'true' : 'false'}
          aria-describedby=${describedBy(o.errors.country && countryError)}
          @change=${(event: Event) => o.on.set('country', (event.target as HTMLSelectElement).value)}
        >
          ${shown.map((r) => html`<option value=${r.code} ?selected=${r.code === chosen}>${r.name}</option>`)}
        </select>
        ${shown.length === 0 || (shown.length === 1 && shown[0]!.code === chosen && !o.matches(shown[0]!))
          ? html`<p class="tillit-hint" role="status">${t.countryNone}</p>`
          : html`<p class="tillit-visually-hidden" role="status">${o.query ? `${shown.length}` : ''}</p>`}
      </div>
      ${nameField(o, 'firstName', t.firstNameLabel, 'given-name')}
      ${nameField(o, 'lastName', t.lastNameLabel, 'family-name')}
      <div class="tillit-field" ?data-invalid=${Boolean(o.errors.dateOfBirth)}>
        <label class="tillit-label" for=${o.ids.dateOfBirth}>${t.dateOfBirthLabel}</label>
        ${fieldError(dobError, o.errors.dateOfBirth, o.errorPrefix)}
        <input
          class="tillit-input"
          id=${o.ids.dateOfBirth}
          name="dateOfBirth"
          type="date"
          autocomplete="bday"
          .value=${o.values.dateOfBirth}
          aria-invalid=${o.errors.dateOfBirth ? 'true' : 'false'}
          aria-describedby=${describedBy(o.errors.dateOfBirth && dobError)}
          @input=${(event: InputEvent) => o.on.set('dateOfBirth', (event.target as HTMLInputElement).value)}
          @change=${(event: Event) => o.on.set('dateOfBirth', (event.target as HTMLInputElement).value)}
        />
      </div>
      <div class="tillit-kyc-actions">
        <button class="tillit-button" type="submit" aria-disabled=${o.busy ? 'true' : 'false'}>${o.busy ? t.saving : t.saveDetails}</button>
        <button class="tillit-kyc-secondary" type="button" @click=${o.on.back}>${t.back}</button>
      </div>
    </form>
  `;
}
