import { html, nothing } from 'lit';
import { describedBy, fieldError } from '../../shared/field-error.js';
import { textInput } from '../../shared/text-input.js';
import type { KycField } from '../kyc-context.js';
import type { LevelOneField, LevelOneNeeds } from '../level-one-fields.js';
import type { KycUploaderMessages } from '../messages.js';
import type { Region } from '../regions.js';

type Fields = LevelOneField;

export interface LevelOneView {
  readonly t: KycUploaderMessages;
  readonly errorPrefix: string;
  readonly ids: Readonly<Record<KycField | 'form', string>>;
  readonly values: Readonly<Record<Fields, string>>;
  readonly errors: Readonly<Record<Fields, string | undefined>>;
  /** What the backend's level 1 requires besides the country and the name. */
  readonly needs: LevelOneNeeds;
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

/** A one-line text field with its label, an optional hint, and its error line. */
function textField(o: LevelOneView, field: Fields, label: string, autocomplete: string, hint?: string) {
  const errorId = `${o.ids[field]}-error`;
  const hintId = hint ? `${o.ids[field]}-hint` : undefined;
  return html`<div class="tillit-field" ?data-invalid=${Boolean(o.errors[field])}>
    <label class="tillit-label" for=${o.ids[field]}>${label}</label>
    ${hint ? html`<p class="tillit-hint" id=${hintId!}>${hint}</p>` : nothing}
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

/** The home address, in the country chosen above (which the address's `country` is): a fieldset of four fields. */
function addressFields(o: LevelOneView) {
  const { t } = o;
  const hintId = `${o.ids.addressLine1}-group-hint`;
  return html`<fieldset class="tillit-kyc-address" aria-describedby=${hintId}>
    <legend class="tillit-label">${t.addressLegend}</legend>
    <p class="tillit-hint" id=${hintId}>${t.addressHint}</p>
    ${textField(o, 'addressLine1', t.addressLine1Label, 'address-line1')}
    ${textField(o, 'addressLine2', t.addressLine2Label, 'address-line2')}
    ${textField(o, 'postalCode', t.postalCodeLabel, 'postal-code')}
    ${textField(o, 'city', t.cityLabel, 'address-level2')}
  </fieldset>`;
}

function dateOfBirthField(o: LevelOneView) {
  const { t } = o;
  const dobError = `${o.ids.dateOfBirth}-error`;
  return html`<div class="tillit-field" ?data-invalid=${Boolean(o.errors.dateOfBirth)}>
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
  </div>`;
}

/**
 * Level 1 in the light DOM (names are personal data a browser's autofill knows): the country with a search box
 * that narrows the list, the names as on the ID, and the date of birth and home address when the backend requires them.
 */
export function levelOneStep(o: LevelOneView) {
  const { t } = o;
  const countryError = `${o.ids.country}-error`;
  const searchId = `${o.ids.country}-search`;
  const chosen = o.values.country;
  // The chosen country stays in the list while the search hides others, so the select never loses its value.
  const shown = o.regions.filter((r) => r.code === chosen || o.query === '' || o.matches(r));
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
      ${textField(o, 'firstName', t.firstNameLabel, 'given-name', t.nameHint)}
      ${textField(o, 'lastName', t.lastNameLabel, 'family-name', t.nameHint)}
      ${o.needs.dateOfBirth ? dateOfBirthField(o) : nothing}
      ${o.needs.address ? addressFields(o) : nothing}
      <div class="tillit-kyc-actions">
        <button class="tillit-button" type="submit" aria-disabled=${o.busy ? 'true' : 'false'}>${o.busy ? t.saving : t.saveDetails}</button>
        <button class="tillit-kyc-secondary" type="button" @click=${o.on.back}>${t.back}</button>
      </div>
    </form>
  `;
}
