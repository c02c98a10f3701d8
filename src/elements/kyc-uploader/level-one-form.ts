import { isTillitError } from '../../client/errors.js';
import { interruptedError } from '../../controllers/async-action-controller.js';
import { LegalNamePartPattern } from './legal-name.js';
import type { Wording } from '../../controllers/form-feedback-controller.js';
import type { KycField } from './kyc-context.js';
import type { KycFlow } from './kyc-flow.js';

const FIELDS = ['country', 'firstName', 'lastName', 'dateOfBirth'] as const;

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

/**
 * Level 1: country or region (searchable, names from `Intl.DisplayNames`), the legal name as on the ID in any
 * script (only what the contract refuses is refused: digits and symbols), and the date of birth. What is typed
 * goes into the draft as it is typed, so a reload keeps it.
 */
export class LevelOneForm {
  /** The text in the country search box. */
  query = '';

  constructor(private readonly flow: KycFlow) {}

  open(): void {
    const { feedback, draft } = this.flow;
    const details = draft.details;
    for (const field of FIELDS) if (details?.[field] && !feedback.value(field)) feedback.setValue(field, details[field]);
    this.query = '';
    this.flow.steps.goTo('level-1');
  }

  set(field: (typeof FIELDS)[number], value: string): void {
    const { feedback, draft } = this.flow;
    feedback.setValue(field, value);
    draft.details = Object.fromEntries(FIELDS.map((f) => [f, feedback.value(f)])) as unknown as NonNullable<typeof draft.details>;
    this.flow.saveDraft();
  }

  search(query: string): void {
    this.query = query;
    this.flow.host.requestUpdate();
  }

  async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { feedback, action, i18n } = this.flow;
    if (action.pending) return;
    feedback.readFields(...FIELDS);
    const t = () => i18n.t.kycUploader;
    const value = (f: KycField) => feedback.value(f).trim();
    const errors: Partial<Record<KycField, Wording>> = {};
    if (!value('country')) errors.country = () => t().countryRequired;
    for (const [field, required] of [['firstName', 'firstNameRequired'], ['lastName', 'lastNameRequired']] as const) {
      const name = value(field);
      if (!name) errors[field] = () => t()[required];
      else if ([...name].length > 100) errors[field] = () => t().nameTooLong;
      else if (!LegalNamePartPattern.test(name)) errors[field] = () => t().nameInvalid;
    }
    const birth = value('dateOfBirth');
    if (!birth) errors.dateOfBirth = () => t().dateOfBirthRequired;
    else if (!realDate(birth) || Date.parse(birth) > Date.now()) errors.dateOfBirth = () => t().dateOfBirthInvalid;
    else if (ageOn(birth, new Date()) < 18) errors.dateOfBirth = () => t().dateOfBirthUnderage;
    if (Object.keys(errors).length) return feedback.showFieldErrors(errors);

    const input = { country: value('country'), firstName: value('firstName'), lastName: value('lastName'), dateOfBirth: birth };
    const outcome = await action.run('level-1', async (signal) => (await this.flow.client.get('submitKycLevel1')).submitKycLevel1(input, { signal }));
    if (outcome.kind === 'stale') return;
    if (outcome.kind !== 'done') {
      const error = outcome.kind === 'failed' ? outcome.error : undefined;
      const { showBackendFieldErrors } = await import('../../controllers/backend-field-errors.js');
      await i18n.errorsReady();
      const shown =
        isTillitError(error) &&
        showBackendFieldErrors(feedback, i18n, error, (path) => (FIELDS as readonly string[]).includes(path) ? (path as KycField) : undefined, (field, code) =>
          field === 'dateOfBirth' && code === 'not_allowed' ? () => t().dateOfBirthUnderage : field !== 'country' && field !== 'dateOfBirth' && code === 'invalid_format' ? () => t().nameInvalid : undefined,
        );
      if (!shown) await this.flow.fail(error ?? interruptedError());
      return;
    }
    feedback.clearErrors();
    // The backend has the details now: they leave the browser's storage (the draft keeps only level 2's work).
    this.flow.draft.details = undefined;
    this.flow.saveDraft();
    feedback.clear(...FIELDS);
    this.flow.show(outcome.value);
    if (this.flow.redo?.details) return this.flow.start(2);
    this.flow.steps.goTo('overview');
  }
}
