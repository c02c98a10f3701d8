import type { FieldError, FieldErrorCode } from '../contract/errors.js';
import type { FeedbackWords, FormFeedbackController, Wording } from './form-feedback-controller.js';

/**
 * A backend's `validation_failed` with `fields`, shown on the form's fields: each path the form knows (`fieldFor`)
 * becomes that field's error, worded by `messageFor` where the form has a specific message, else by the catalog's
 * `fields` section; paths the form does not show add the generic alert. Returns false (nothing shown) for any other
 * error. A module of its own: only a failure needs it.
 *
 *   if (showBackendFieldErrors(feedback, i18n, error, (path) => ({ password: 'password' })[path])) return;
 */
export function showBackendFieldErrors<F extends string>(
  feedback: Pick<FormFeedbackController<F>, 'show'>,
  words: FeedbackWords,
  error: { readonly code: string; readonly fields?: readonly FieldError[] },
  fieldFor: (path: string) => F | undefined,
  messageFor?: (field: F, code: FieldErrorCode) => Wording | undefined,
): boolean {
  if (error.code !== 'validation_failed' || !error.fields?.length) return false;
  const errors: Partial<Record<F, Wording>> = {};
  let unplaced = false;
  for (const { path, code } of error.fields) {
    const field = fieldFor(path);
    if (!field) unplaced = true;
    else errors[field] ??= messageFor?.(field, code) ?? (() => words.t.fields[code]);
  }
  const generic = unplaced || Object.keys(errors).length === 0;
  feedback.show(errors, generic ? { text: () => words.error('validation_failed') } : undefined);
  return true;
}
