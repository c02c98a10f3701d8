import { html, type TemplateResult } from 'lit';
import { callingCodeOf, regionOfInternational, sortedCallingCodes, type CallingCode } from './countries.js';
import { describedBy, fieldError } from './field-error.js';
import { textInput } from './text-input.js';

export interface PhoneFieldOptions {
  id: string;
  locale: string;
  countryLabel: string;
  numberLabel: string;
  hint: string;
  country: CallingCode;
  value: string;
  autocomplete: string;
  errorPrefix: string;
  error?: string | undefined;
  onCountry: (country: CallingCode) => void;
  onInput: (value: string) => void;
}

const sortedByLocale = new Map<string, ReturnType<typeof sortedCallingCodes>>();

function countries(locale: string) {
  let list = sortedByLocale.get(locale);
  if (!list) sortedByLocale.set(locale, (list = sortedCallingCodes(locale)));
  return list;
}

/**
 * A phone number as a country calling-code picker and the national number. A number typed or pasted in
 * international form (`+47 912…`) moves the picker to its country, so people may type it either way.
 */
export function phoneField(o: PhoneFieldOptions): TemplateResult {
  const countryId = `${o.id}-country`;
  const errorId = `${o.id}-error`;
  const hintId = `${o.id}-hint`;
  const onInput = (event: Event) => {
    const value = (event.target as HTMLInputElement).value;
    const region = regionOfInternational(value, o.country);
    if (region && region !== o.country) o.onCountry(region);
    o.onInput(value);
  };
  const onCountry = (event: Event) => {
    const region = callingCodeOf((event.target as HTMLSelectElement).value);
    if (region) o.onCountry(region);
  };
  // One grid: both labels on the first row, both controls on the second, hint and error across the width below,
  // so the labels line up however long the hint is.
  return html`
    <div class="tillit-field tillit-phone" ?data-invalid=${Boolean(o.error)}>
      <label class="tillit-label" for=${countryId}>${o.countryLabel}</label>
      <label class="tillit-label" for=${o.id}>${o.numberLabel}</label>
      <select class="tillit-input tillit-select" id=${countryId} name="country" autocomplete="tel-country-code" @change=${onCountry}>
        ${countries(o.locale).map(
          ({ code, name }) => html`<option value=${code.region} ?selected=${code === o.country}>${name} (+${code.dial})</option>`,
        )}
      </select>
      ${textInput({
        id: o.id,
        name: 'phone',
        type: 'tel',
        inputmode: 'tel',
        autocomplete: o.autocomplete,
        value: o.value,
        invalid: Boolean(o.error),
        describedBy: describedBy(hintId, o.error && errorId),
        onInput,
      })}
      <p class="tillit-hint" id=${hintId}>${o.hint}</p>
      ${fieldError(errorId, o.error, o.errorPrefix)}
    </div>
  `;
}
