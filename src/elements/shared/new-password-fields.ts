import { html, nothing } from 'lit';
import type { CommonMessages, PasswordMessages } from '../../i18n/en.js';
import type { NewPasswordMessages } from '../../i18n/new-password.js';
import { passwordField } from './password-field.js';
import type { PolicyCheck } from './password-policy.js';

type Pair<T> = { readonly password: T; readonly repeat: T };

/** What `newPasswordFields` shows: `NewPasswordController.view()` builds it. */
export interface NewPasswordFieldsView {
  /** The inputs' ids and the rules checklist's (in the new password's `aria-describedby`). */
  readonly ids: Pair<string> & { readonly rules: string };
  readonly t: { readonly common: CommonMessages; readonly password: PasswordMessages; readonly newPassword: NewPasswordMessages };
  readonly values: Pair<string>;
  readonly errors: Pair<string | undefined>;
  readonly revealed: Pair<boolean>;
  /** Caps Lock is on while this field has focus. */
  readonly capsLock: Pair<boolean>;
  readonly checks: readonly (PolicyCheck & { readonly text: string })[];
  /** The account, for password managers to save the new password under (hidden). */
  readonly username?: string | undefined;
  readonly on: {
    readonly input: (which: 'password' | 'repeat', value: string) => void;
    readonly toggle: (which: 'password' | 'repeat') => void;
  };
}

/**
 * The new password and its repeat, for the light DOM inside the element's `<form novalidate>`: both
 * `autocomplete="new-password"` (so password managers offer a strong one and save it), the shared password field with
 * show/hide, the rules as a checklist under the first (ticked as the user types, in its `aria-describedby`, each rule's
 * state said in words too), Caps Lock under the focused field. Style: `fieldStyles` + `newPasswordStyles`.
 */
export function newPasswordFields(v: NewPasswordFieldsView) {
  const { t } = v;
  const field = (which: 'password' | 'repeat', label: string, name: string, hint?: { id: string; content: unknown }) =>
    passwordField({
      id: v.ids[which],
      name,
      label,
      value: v.values[which],
      autocomplete: 'new-password',
      revealed: v.revealed[which],
      showLabel: t.password.show,
      hideLabel: t.password.hide,
      errorPrefix: t.common.errorPrefix,
      error: v.errors[which],
      notice: v.capsLock[which] ? t.password.capsLockOn : undefined,
      hint,
      onInput: (value) => v.on.input(which, value),
      onToggle: () => v.on.toggle(which),
    });
  return html`
    ${v.username !== undefined
      ? html`<input class="tillit-username" type="text" name="username" autocomplete="username" .value=${v.username} readonly hidden />`
      : nothing}
    ${field('password', t.newPassword.label, 'new-password', { id: v.ids.rules, content: rules(v) })}
    ${field('repeat', t.newPassword.repeatLabel, 'repeat-password')}
  `;
}

function rules(v: NewPasswordFieldsView) {
  const t = v.t.newPassword;
  return html`
    <span class="tillit-rules-title">${t.rulesTitle}</span>
    <ul class="tillit-rules">
      ${v.checks.map(
        (c) => html`<li class="tillit-rule" data-rule=${c.rule} ?data-met=${c.met}>
          ${c.text}<span class="tillit-visually-hidden">, ${c.met ? t.ruleMet : t.ruleNotMet}</span>
        </li>`,
      )}
    </ul>
    <span class="tillit-rules-note">${t.commonHint}</span>
  `;
}
