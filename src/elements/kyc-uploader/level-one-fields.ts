import type { FieldErrorCode, KycExtraField, KycOverview } from '../../contract/index.js';
import type { Wording } from '../../controllers/form-feedback-controller.js';
import type { KycField } from './kyc-context.js';
import type { KycUploaderMessages } from './messages.js';

/** The level-1 inputs the form can show: the name and country always, the rest as the backend requires. */
export const LEVEL_ONE_FIELDS = ['country', 'firstName', 'lastName', 'dateOfBirth', 'addressLine1', 'addressLine2', 'city', 'postalCode'] as const;
export type LevelOneField = (typeof LEVEL_ONE_FIELDS)[number];

export const ADDRESS_FIELDS = ['addressLine1', 'addressLine2', 'city', 'postalCode'] as const;

/** The contract's default (`KYC_DEFAULT_MINIMUM_AGE`), for a backend that requires a date of birth without saying from what age. */
const DEFAULT_MINIMUM_AGE = 18;

/** The contract's `PostalAddress.postalCode` rule (after trimming): letters, digits, inner spaces and hyphens, 1-12. */
export const PostalCodePattern = /^[A-Za-z0-9](?:[A-Za-z0-9 -]{0,10}[A-Za-z0-9])?$/;

/** What level 1 of this backend asks for beyond the country and the name. */
export interface LevelOneNeeds {
  readonly dateOfBirth: boolean;
  readonly address: boolean;
  readonly minimumAge: number;
}

export function levelOneNeeds(overview: KycOverview | undefined): LevelOneNeeds {
  const level = overview?.levels.find((l) => l.level === 1);
  const fields = new Set<KycExtraField>(level?.fields ?? []);
  return { dateOfBirth: fields.has('dateOfBirth'), address: fields.has('address'), minimumAge: level?.minimumAge ?? DEFAULT_MINIMUM_AGE };
}

/** The shown fields: what the backend does not ask for is neither shown, checked nor sent. */
export function shownFields(needs: LevelOneNeeds): LevelOneField[] {
  return LEVEL_ONE_FIELDS.filter((f) => (f === 'dateOfBirth' ? needs.dateOfBirth : (ADDRESS_FIELDS as readonly string[]).includes(f) ? needs.address : true));
}

/** Age in whole years on `today` of someone born on `birth` (both `YYYY-MM-DD`). */
export function ageOn(birth: string, today: Date): number {
  const [y, m, d] = birth.split('-').map(Number) as [number, number, number];
  const age = today.getFullYear() - y;
  return today.getMonth() + 1 < m || (today.getMonth() + 1 === m && today.getDate() < d) ? age - 1 : age;
}

function realDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The date of birth's error, as the backend would refuse it: missing, not a real date, in the future or over 150 years back, too young. */
export function dateOfBirthError(birth: string, minimumAge: number, t: () => KycUploaderMessages, today = new Date()): Wording | undefined {
  if (!birth) return () => t().dateOfBirthRequired;
  if (!realDate(birth) || Date.parse(birth) > today.getTime() || ageOn(birth, today) > 150) return () => t().dateOfBirthInvalid;
  if (ageOn(birth, today) < minimumAge) return () => t().dateOfBirthUnderage({ age: minimumAge });
  return undefined;
}

/** The address fields' errors (trimmed values): line 1, city and postal code required, each within the contract's lengths. */
export function addressErrors(value: (f: LevelOneField) => string, t: () => KycUploaderMessages): Partial<Record<KycField, Wording>> {
  const errors: Partial<Record<KycField, Wording>> = {};
  const long = (f: LevelOneField) => [...value(f)].length > 100;
  if (!value('addressLine1')) errors.addressLine1 = () => t().addressLine1Required;
  else if (long('addressLine1')) errors.addressLine1 = () => t().nameTooLong;
  if (long('addressLine2')) errors.addressLine2 = () => t().nameTooLong;
  if (!value('city')) errors.city = () => t().cityRequired;
  else if (long('city')) errors.city = () => t().nameTooLong;
  if (!value('postalCode')) errors.postalCode = () => t().postalCodeRequired;
  else if (!PostalCodePattern.test(value('postalCode'))) errors.postalCode = () => t().postalCodeInvalid;
  return errors;
}

/** Where a backend field error belongs in the form (`address` itself, when missing, at its first line). */
export function fieldForPath(path: string): KycField | undefined {
  const address: Record<string, KycField> = {
    address: 'addressLine1',
    'address.lines': 'addressLine1',
    'address.lines.0': 'addressLine1',
    'address.lines.1': 'addressLine2',
    'address.city': 'city',
    'address.postalCode': 'postalCode',
    'address.country': 'country',
  };
  return address[path] ?? ((LEVEL_ONE_FIELDS as readonly string[]).includes(path) ? (path as KycField) : undefined);
}

/** The element's own words for a backend field error where the catalog's generic ones would say less. */
export function backendWording(field: KycField, code: FieldErrorCode, needs: LevelOneNeeds, t: () => KycUploaderMessages): Wording | undefined {
  if (field === 'dateOfBirth') {
    if (code === 'not_allowed') return () => t().dateOfBirthUnderage({ age: needs.minimumAge });
    if (code === 'required') return () => t().dateOfBirthRequired;
    return () => t().dateOfBirthInvalid;
  }
  if (code === 'required') {
    const required: Partial<Record<KycField, Wording>> = {
      addressLine1: () => t().addressLine1Required,
      city: () => t().cityRequired,
      postalCode: () => t().postalCodeRequired,
    };
    return required[field];
  }
  if (field === 'postalCode' && code === 'invalid_format') return () => t().postalCodeInvalid;
  if ((field === 'firstName' || field === 'lastName') && code === 'invalid_format') return () => t().nameInvalid;
  return undefined;
}
