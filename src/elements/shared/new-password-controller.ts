import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldErrorCode } from '../../contract/errors.js';
import { showBackendFieldErrors } from '../../controllers/backend-field-errors.js';
import { CapsLockController } from '../../controllers/caps-lock-controller.js';
import type { FeedbackWords, FormFeedbackController, Wording } from '../../controllers/form-feedback-controller.js';
import type { CommonMessages, PasswordMessages } from '../../i18n/en.js';
import type { NewPasswordMessages } from '../../i18n/new-password.js';
import type { NewPasswordFieldsView } from './new-password-fields.js';
import { checkNewPassword, NEW_PASSWORD_MAX, NEW_PASSWORD_MIN, type PasswordRule, type PolicyResult } from './password-policy.js';

/** The part of the form feedback the new-password fields use. */
export type NewPasswordFeedback<F extends string> = Pick<
  FormFeedbackController<F>,
  'ids' | 'value' | 'setValue' | 'readFields' | 'clear' | 'control' | 'error' | 'show' | 'announce'
>;

/** What the fields read of the element's localization: a `LocalizeController` with `password` and `newPassword`. */
export interface NewPasswordWords extends FeedbackWords {
  readonly t: FeedbackWords['t'] & {
    readonly common: CommonMessages;
    readonly password: PasswordMessages;
    readonly newPassword: NewPasswordMessages;
  };
}

export interface NewPasswordOptions<F extends string> {
  readonly feedback: NewPasswordFeedback<F>;
  readonly words: NewPasswordWords;
  /** The element's names for the two fields in its `FormFeedbackController`. */
  readonly fields: { readonly password: F; readonly repeat: F };
  /** The account's e-mail and phone (E.164) when known: the password must not contain them. Masked ones are skipped. */
  readonly identifiers?: () => readonly (string | null | undefined)[];
  /** For password managers: the account the new password belongs to (a hidden `autocomplete="username"` field). */
  readonly username?: () => string | undefined;
}

type Which = 'password' | 'repeat';

/** A rule in words, in the current language. */
export function ruleText(t: NewPasswordMessages, rule: PasswordRule): string {
  return rule === 'length' ? t.rule_length({ min: NEW_PASSWORD_MIN, max: NEW_PASSWORD_MAX }) : t[`rule_${rule}`];
}

/**
 * A new password and its repeat, for password-reset and security-settings: the values live in the element's
 * `FormFeedbackController` (light DOM, autofill read before checking), the policy is shown as a checklist AS THE USER
 * TYPES and each rule that becomes kept (or stops being kept) is announced politely; nothing is checked on blur.
 * On submit `validate()` gives the errors to show (policy, then a missing or different repeat); a backend refusal
 * (`password_too_weak`, `validation_failed` on `newPassword`) goes on the field with `showBackendError`. Show/hide per
 * field (re-hidden on submit and on a back/forward-cache restore), Caps Lock under the focused field.
 *
 *   private readonly newPassword = new NewPasswordController(this, {
 *     feedback: this.feedback, words: this.i18n, fields: { password: 'newPassword', repeat: 'repeatPassword' },
 *     identifiers: () => [this.identifierTyped],
 *   });
 *   submit: const errors = this.newPassword.validate(); if (Object.keys(errors).length) return feedback.showFieldErrors(errors);
 *   render (inside the <form>): newPasswordFields(this.newPassword.view())
 */
export class NewPasswordController<F extends string> implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: NewPasswordOptions<F>;
  private readonly capsLock: CapsLockController;
  private revealed: Record<Which, boolean> = { password: false, repeat: false };
  private met: ReadonlySet<PasswordRule> = new Set();

  constructor(host: ReactiveControllerHost & HTMLElement, options: NewPasswordOptions<F>) {
    this.host = host;
    this.options = options;
    const { feedback, fields } = options;
    this.capsLock = new CapsLockController(host, (target) => target !== null && (target === feedback.control(fields.password) || target === feedback.control(fields.repeat)));
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('pageshow', this.onPageShow);
  }

  hostDisconnected(): void {
    removeEventListener('pageshow', this.onPageShow);
  }

  /** The new password as typed (call `validate()` first on submit: it reads what a password manager filled in). */
  get password(): string {
    return this.options.feedback.value(this.options.fields.password);
  }

  /** The policy for what is typed now. */
  policy(): PolicyResult {
    const identifiers = (this.options.identifiers?.() ?? []).filter((id): id is string => Boolean(id));
    return checkNewPassword(this.password, identifiers);
  }

  /**
   * On submit: reads both fields (autofill), hides them again, and returns the errors to show, empty when the new
   * password keeps the policy and the repeat matches.
   */
  validate(): Partial<Record<F, Wording>> {
    const { feedback, fields, words } = this.options;
    feedback.readFields(fields.password, fields.repeat);
    this.hide();
    const t = () => words.t.newPassword;
    const errors: Partial<Record<F, Wording>> = {};
    const problem = this.policy().problem;
    if (problem) errors[fields.password] = () => problemText(t(), problem);
    const repeat = feedback.value(fields.repeat);
    if (repeat === '') errors[fields.repeat] = () => t().repeatRequired;
    else if (!problem && repeat !== this.password) errors[fields.repeat] = () => t().mismatch;
    return errors;
  }

  /**
   * A backend refusal of the new password shown on its field: `password_too_weak` with the catalog's message (await
   * `i18n.errorsReady()` first), `validation_failed` on `newPassword` in this section's words. False for anything else.
   */
  showBackendError(error: { readonly code: string; readonly fields?: readonly { path: string; code: FieldErrorCode }[] }): boolean {
    const { feedback, fields, words } = this.options;
    if (error.code === 'password_too_weak') {
      feedback.show({ [fields.password]: () => words.error(error) } as Partial<Record<F, Wording>>);
      return true;
    }
    const t = () => words.t.newPassword;
    return showBackendFieldErrors(feedback, words, error, (path) => (path === 'newPassword' ? fields.password : undefined), (_, code) =>
      code === 'too_short' ? () => problemText(t(), 'too_short') : code === 'too_long' ? () => problemText(t(), 'too_long') : undefined,
    );
  }

  /** Empties both fields and hides them: the step with the new password ends, or the host resets. */
  clear(): void {
    this.options.feedback.clear(this.options.fields.password, this.options.fields.repeat);
    this.met = new Set();
    this.hide();
  }

  /** The view model for `newPasswordFields`. */
  view(): NewPasswordFieldsView {
    const { feedback, fields, words } = this.options;
    const focused = (which: Which) => this.capsLock.on && Boolean(feedback.control(fields[which])?.matches(':focus'));
    return {
      ids: { password: feedback.ids[fields.password], repeat: feedback.ids[fields.repeat], rules: `${feedback.ids[fields.password]}-rules` },
      t: words.t,
      values: { password: this.password, repeat: feedback.value(fields.repeat) },
      errors: { password: feedback.error(fields.password), repeat: feedback.error(fields.repeat) },
      revealed: this.revealed,
      capsLock: { password: focused('password'), repeat: focused('repeat') },
      checks: this.policy().checks.map((check) => ({ ...check, text: ruleText(words.t.newPassword, check.rule) })),
      username: this.options.username?.(),
      on: {
        input: (which, value) => this.input(which, value),
        toggle: (which) => this.toggle(which),
      },
    };
  }

  private input(which: Which, value: string): void {
    const { feedback, fields } = this.options;
    feedback.setValue(fields[which], value);
    if (which === 'password') this.announceChanges();
  }

  /** Says which rules became kept or stopped being kept; an emptied field starts over without a word. */
  private announceChanges(): void {
    const checks = this.policy().checks;
    const now = new Set(checks.filter((c) => c.met).map((c) => c.rule));
    const before = this.met;
    this.met = now;
    if (this.password === '') return;
    const changed = checks.filter((c) => now.has(c.rule) !== before.has(c.rule));
    if (changed.length === 0) return;
    const t = () => this.options.words.t.newPassword;
    this.options.feedback.announce(() =>
      changed.map((c) => (c.met ? t().ruleNowMet : t().ruleNoLongerMet)({ rule: ruleText(t(), c.rule) })).join('. '),
    );
  }

  private toggle(which: Which): void {
    const shown = !this.revealed[which];
    this.revealed = { ...this.revealed, [which]: shown };
    const t = () => this.options.words.t.password;
    this.options.feedback.announce(() => (shown ? t().shown : t().hidden));
    this.host.requestUpdate();
  }

  private hide(): void {
    if (!this.revealed.password && !this.revealed.repeat) return;
    this.revealed = { password: false, repeat: false };
    this.host.requestUpdate();
  }

  private readonly onPageShow = (event: PageTransitionEvent): void => {
    // Back/forward cache: a page restored from memory must not come back with a password shown.
    if (event.persisted) this.hide();
  };
}

function problemText(t: NewPasswordMessages, problem: NonNullable<PolicyResult['problem']>): string {
  switch (problem) {
    case 'required':
      return t.required;
    case 'too_short':
      return t.tooShort({ min: NEW_PASSWORD_MIN });
    case 'too_long':
      return t.tooLong({ max: NEW_PASSWORD_MAX });
    case 'repeated':
      return t.repeated;
    case 'contains_identifier':
      return t.containsIdentifier;
  }
}
