import { html, nothing } from 'lit';
import type { CallingCode } from '../../shared/countries.js';
import { describedBy, fieldError } from '../../shared/field-error.js';
import { emailField } from '../../shared/identifier-fields.js';
import { newPasswordFields, type NewPasswordFieldsView } from '../../shared/new-password-fields.js';
import { passwordField } from '../../shared/password-field.js';
import { textInput } from '../../shared/text-input.js';
import type { SettingsMessages } from '../task-sections.js';
import type { SettingsField, Task } from '../settings-context.js';
import { twoFactorIntro, twoFactorTitle } from '../task-two-factor.js';
import { consequences, hasConsequences } from './consequences.js';

type Fields = Exclude<SettingsField, 'code'>;

/** A task's form step: plain values and callbacks. */
export interface TaskStepView {
  readonly task: Task;
  readonly t: SettingsMessages;
  readonly level: number;
  readonly ids: Readonly<Record<Fields | 'form', string>>;
  readonly values: Readonly<Record<Fields, string>>;
  readonly errors: Readonly<Record<Fields, string | undefined>>;
  /** What is bound now, masked (for a change or a removal). */
  readonly current: string | undefined;
  readonly locale: string;
  readonly phone: typeof import('../../shared/phone-input.js') | undefined;
  readonly country: CallingCode | undefined;
  /** The current password is shown. */
  readonly revealed: boolean;
  /** The new password and its repeat (the shared fields). */
  readonly newPassword: NewPasswordFieldsView;
  readonly busy: string | undefined;
  readonly on: {
    readonly input: (field: Fields, value: string) => void;
    readonly country: (country: CallingCode) => void;
    readonly reveal: () => void;
    readonly submit: (event: SubmitEvent) => void;
    readonly cancel: () => void;
  };
}

function title(v: TaskStepView): string {
  const s = v.t.securitySettings;
  const { task } = v;
  switch (task.kind) {
    case 'contact':
      if (task.contact === 'email') return task.change ? s.changeEmailTitle : s.bindEmailTitle;
      return task.change ? s.changePhoneTitle : s.bindPhoneTitle;
    case 'unbind':
      return task.contact === 'email' ? s.removeEmailTitle : s.removePhoneTitle;
    case 'contact-two-factor':
      return twoFactorTitle(s, task);
    case 'disable-totp':
      return task.replace ? s.replaceTotp : s.turnOffTotpTitle;
    case 'totp-setup':
      return s.setUpTotp;
    case 'recovery-phrase':
      return s.newPhrase;
    case 'add-passkey':
      return s.addPasskeyTitle;
    case 'rename-passkey':
      return s.renamePasskeyTitle;
    case 'remove-passkey':
      return s.removePasskeyTitle;
    case 'password':
      return s.changePasswordTitle;
  }
}

function intro(v: TaskStepView): string | undefined {
  const s = v.t.securitySettings;
  const { task } = v;
  const current = v.current ?? '';
  switch (task.kind) {
    case 'contact':
      return task.change ? s.changeIntro({ current }) : s.bindIntro;
    case 'unbind':
      return s.removeContactIntro({ current });
    case 'contact-two-factor':
      return twoFactorIntro(s, task, current);
    case 'disable-totp':
      return task.replace ? s.replaceTotpIntro : s.turnOffTotpIntro;
    case 'add-passkey':
      return s.addPasskeyIntro;
    case 'remove-passkey':
      return s.removePasskeyIntro({ name: task.passkey.name });
    default:
      return undefined;
  }
}

function submitText(v: TaskStepView): string {
  const s = v.t.securitySettings;
  if (v.busy === 'passkey') return s.passkeyWaiting;
  if (v.busy === 'task') return s.working;
  switch (v.task.kind) {
    case 'contact':
      return s.sendCode;
    case 'unbind':
    case 'remove-passkey':
      return s.remove;
    case 'contact-two-factor':
      return v.task.enabled ? s.turnOn : s.turnOff;
    case 'disable-totp':
    case 'totp-setup':
    case 'recovery-phrase':
      return s.turnOff;
    case 'add-passkey':
      return s.createPasskey;
    case 'rename-passkey':
      return s.save;
    case 'password':
      return s.changePassword;
  }
}

function nameField(v: TaskStepView) {
  const s = v.t.securitySettings;
  const id = v.ids.name;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return html`
    <div class="tillit-field" ?data-invalid=${Boolean(v.errors.name)}>
      <label class="tillit-label" for=${id}>${s.passkeyNameLabel}</label>
      <p class="tillit-hint" id=${hintId}>${s.passkeyNameHint}</p>
      ${fieldError(errorId, v.errors.name, v.t.common.errorPrefix)}
      ${textInput({
        id,
        name: 'passkey-name',
        type: 'text',
        autocomplete: 'off',
        value: v.values.name,
        invalid: Boolean(v.errors.name),
        describedBy: describedBy(hintId, v.errors.name && errorId),
        onInput: (event) => v.on.input('name', (event.target as HTMLInputElement).value),
      })}
    </div>
  `;
}

function contactField(v: TaskStepView, kind: 'email' | 'phone') {
  const prefix = v.t.common.errorPrefix;
  if (kind === 'email') {
    return emailField({
      id: v.ids.email,
      label: v.t.securitySettings.newEmailLabel,
      value: v.values.email,
      autocomplete: 'email',
      error: v.errors.email,
      errorPrefix: prefix,
      onInput: (value) => v.on.input('email', value),
    });
  }
  if (!v.phone || !v.country) return html`<p class="tillit-hint" role="status">${v.t.common.loading}</p>`;
  return v.phone.phoneField({
    id: v.ids.phone,
    locale: v.locale,
    countryLabel: v.t.phone.countryLabel,
    numberLabel: v.t.phone.label,
    hint: v.t.phone.hint,
    country: v.country,
    value: v.values.phone,
    autocomplete: 'tel',
    errorPrefix: prefix,
    error: v.errors.phone,
    onCountry: v.on.country,
    onInput: (value) => v.on.input('phone', value),
  });
}

function passwordFields(v: TaskStepView) {
  const p = v.t.password;
  return html`${passwordField({
    id: v.ids.currentPassword,
    name: 'currentPassword',
    label: v.t.securitySettings.currentPasswordLabel,
    value: v.values.currentPassword,
    autocomplete: 'current-password',
    revealed: v.revealed,
    showLabel: p.show,
    hideLabel: p.hide,
    errorPrefix: v.t.common.errorPrefix,
    error: v.errors.currentPassword,
    onInput: (value) => v.on.input('currentPassword', value),
    onToggle: v.on.reveal,
  })}
  ${newPasswordFields(v.newPassword)}`;
}

function fields(v: TaskStepView) {
  const { task } = v;
  if (task.kind === 'contact') return contactField(v, task.contact);
  if (task.kind === 'add-passkey' || task.kind === 'rename-passkey') return nameField(v);
  if (task.kind === 'password') return passwordFields(v);
  return nothing;
}

/**
 * A task's form, in the light DOM (its fields are credentials or contact details a password manager should
 * see): its heading, what it is about, the fields, the consequences stated before the user commits, then the
 * action and "Cancel".
 */
export function taskStep(v: TaskStepView) {
  const text = intro(v);
  const consequencesId = `${v.ids.form}-consequences`;
  const busy = v.busy !== undefined;
  return html`
    <form id=${v.ids.form} class="tillit-form" novalidate @submit=${v.on.submit}>
      <div class="tillit-step-up-title" role="heading" aria-level=${v.level} tabindex="-1" data-tillit-heading>${title(v)}</div>
      ${text ? html`<p class="tillit-intro">${text}</p>` : nothing} ${fields(v)} ${consequences(consequencesId, v.t, v.task)}
      <div class="tillit-actions">
        <button class="tillit-button" type="submit" aria-disabled=${busy ? 'true' : 'false'} aria-busy=${busy ? 'true' : 'false'}
          aria-describedby=${hasConsequences(v.task) ? consequencesId : nothing}>${submitText(v)}</button>
        <button class="tillit-secondary" type="button" @click=${v.on.cancel}>${v.t.securitySettings.cancel}</button>
      </div>
    </form>
  `;
}
