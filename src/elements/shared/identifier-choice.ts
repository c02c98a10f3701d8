import type { CSSResult, ReactiveControllerHost } from 'lit';
import type { CallingCode } from './countries.js';
import { type IdentifierKind } from './identifier.js';
import { parseList } from './parse-list.js';

const KINDS = ['email', 'phone'] as const;

type PhoneInput = typeof import('./phone-input.js');

/** What the choice reads of its element: the `identifier` attribute (the kinds offered, in order). */
export interface IdentifierChoiceHost extends ReactiveControllerHost {
  identifier: string;
}

/** The fields it reads and switches between (an element's `FormFeedbackController`). */
export interface IdentifierChoiceFields {
  value(field: 'phone'): string;
  clearErrors(): void;
}

/**
 * The e-mail/phone choice of an identifier step (`<login-form>`, `<password-reset>`): the kinds the host offers,
 * which one shows, the phone country, and the phone field with its country table, loaded when the phone kind shows
 * or the user reaches for the switch (once; a failed load is tried again next time).
 */
export class IdentifierChoice {
  kind: IdentifierKind = 'email';
  /** The phone country, ISO 3166 (`SE`): a code until the country table has loaded. */
  country = 'SE';
  /** The phone field's module, once loaded. */
  phone: PhoneInput | undefined;
  private phoneLoad: Promise<PhoneInput> | undefined;

  constructor(
    private readonly choiceHost: IdentifierChoiceHost,
    private readonly choiceFields: IdentifierChoiceFields,
  ) {}

  /** Identifier kinds from the `identifier` attribute, in order (the first is the default). */
  get kinds(): IdentifierKind[] {
    const kinds = parseList(this.choiceHost.identifier, KINDS);
    return kinds.length ? kinds : ['email'];
  }

  /** The phone field's sheet, once it has loaded (for the light DOM). */
  get styles(): CSSResult | undefined {
    return this.phone?.phoneStyles;
  }

  /** The phone country's calling code, once the table is in. */
  get callingCode(): CallingCode | undefined {
    return this.phone && (this.phone.callingCodeOf(this.country) ?? this.phone.callingCodes[0]);
  }

  /** Loads the phone field (idempotent); a failed load is tried again next time. */
  loadPhone(): Promise<PhoneInput> {
    this.phoneLoad ??= import('./phone-input.js').then(
      (phone) => {
        this.phone = phone;
        // A number typed or prefilled in international form names its country.
        this.country = phone.regionOfInternational(this.choiceFields.value('phone'))?.region ?? this.country;
        this.choiceHost.requestUpdate();
        return phone;
      },
      (error: unknown) => {
        this.phoneLoad = undefined;
        throw error;
      },
    );
    return this.phoneLoad;
  }

  /** The user switched between e-mail and phone: the other kind's errors go. */
  switchTo(kind: IdentifierKind): void {
    this.kind = kind;
    this.choiceFields.clearErrors();
    this.choiceHost.requestUpdate();
  }

  setCountry(country: CallingCode): void {
    this.country = country.region;
    this.choiceHost.requestUpdate();
  }
}
