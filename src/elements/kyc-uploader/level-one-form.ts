import { isTillitError } from '../../client/errors.js';
import { interruptedError } from '../../controllers/async-action-controller.js';
import { LegalNamePartPattern } from './legal-name.js';
import type { Wording } from '../../controllers/form-feedback-controller.js';
import type { KycField } from './kyc-context.js';
import type { KycFlow } from './kyc-flow.js';
import {
  addressErrors, backendWording, dateOfBirthError, fieldForPath, LEVEL_ONE_FIELDS, levelOneNeeds, shownFields, type LevelOneField,
} from './level-one-fields.js';

/**
 * Level 1: country or region (searchable, names from `Intl.DisplayNames`), the legal name as on the ID in any
 * script (only what the contract refuses is refused: digits and symbols), and what the backend's level 1 lists in
 * `fields`: the date of birth (old enough per its `minimumAge`) and the home address. What is typed goes into the
 * draft as it is typed, so a reload keeps it.
 */
export class LevelOneForm {
  /** The text in the country search box. */
  query = '';

  constructor(private readonly flow: KycFlow) {}

  get needs() {
    return levelOneNeeds(this.flow.overview);
  }

  open(): void {
    const { feedback, draft } = this.flow;
    const details = draft.details;
    for (const field of LEVEL_ONE_FIELDS) if (details?.[field] && !feedback.value(field)) feedback.setValue(field, details[field]);
    this.query = '';
    this.flow.steps.goTo('level-1');
  }

  set(field: LevelOneField, value: string): void {
    const { feedback, draft } = this.flow;
    feedback.setValue(field, value);
    draft.details = Object.fromEntries(LEVEL_ONE_FIELDS.map((f) => [f, feedback.value(f)])) as unknown as NonNullable<typeof draft.details>;
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
    const needs = this.needs;
    const fields = shownFields(needs);
    feedback.readFields(...fields);
    const t = () => i18n.t.kycUploader;
    const value = (f: LevelOneField) => feedback.value(f).trim();
    const errors: Partial<Record<KycField, Wording>> = {};
    if (!value('country')) errors.country = () => t().countryRequired;
    for (const [field, required] of [['firstName', 'firstNameRequired'], ['lastName', 'lastNameRequired']] as const) {
      const name = value(field);
      if (!name) errors[field] = () => t()[required];
      else if ([...name].length > 100) errors[field] = () => t().nameTooLong;
      else if (!LegalNamePartPattern.test(name)) errors[field] = () => t().nameInvalid;
    }
    const birth = value('dateOfBirth');
    if (needs.dateOfBirth) {
      const wrong = dateOfBirthError(birth, needs.minimumAge, t);
      if (wrong) errors.dateOfBirth = wrong;
    }
    if (needs.address) Object.assign(errors, addressErrors(value, t));
    if (Object.keys(errors).length) return feedback.showFieldErrors(errors);

    const country = value('country');
    const lines = [value('addressLine1'), value('addressLine2')].filter(Boolean);
    const input = {
      country,
      firstName: value('firstName'),
      lastName: value('lastName'),
      ...(needs.dateOfBirth ? { dateOfBirth: birth } : {}),
      ...(needs.address ? { address: { lines, city: value('city'), postalCode: value('postalCode'), country } } : {}),
    };
    const outcome = await action.run('level-1', async (signal) => (await this.flow.client.get('submitKycLevel1')).submitKycLevel1(input, { signal }));
    if (outcome.kind === 'stale') return;
    if (outcome.kind !== 'done') {
      const error = outcome.kind === 'failed' ? outcome.error : undefined;
      const { showBackendFieldErrors } = await import('../../controllers/backend-field-errors.js');
      await i18n.errorsReady();
      const shown = isTillitError(error) && showBackendFieldErrors(feedback, i18n, error, fieldForPath, (field, code) => backendWording(field, code, needs, t));
      if (!shown) await this.flow.fail(error ?? interruptedError());
      return;
    }
    feedback.clearErrors();
    // The backend has the details now: they leave the browser's storage (the draft keeps only level 2's work).
    this.flow.draft.details = undefined;
    this.flow.saveDraft();
    feedback.clear(...LEVEL_ONE_FIELDS);
    this.flow.show(outcome.value);
    if (this.flow.redo?.details) return this.flow.start(2);
    this.flow.steps.goTo('overview');
  }
}
