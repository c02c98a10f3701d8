import { html, nothing } from 'lit';
import type { SensitiveAction } from '../../contract/step-up.js';
import type { WithdrawalLockMessages } from '../../i18n/withdrawal-lock.js';

/** The contact kinds an action may release, and the authenticator, which may need replacing. */
export type ContactKind = 'email' | 'phone';

/**
 * What follows from an action, stated BEFORE the user commits it (FLOWS.md, "Changing or unbinding e-mail / phone",
 * "Forgot password"): withdrawals locked for some hours; a released e-mail address or phone number barred from
 * new accounts for some days (`old`: the one a change replaces, not the one being removed); a reminder to bind a
 * replacement.
 */
export type Consequence =
  | { readonly kind: 'withdrawal_lock'; readonly hours: number }
  | { readonly kind: 'identifier_cooldown'; readonly contact: ContactKind; readonly old: boolean; readonly days: number }
  | { readonly kind: 'bind_replacement'; readonly factor: ContactKind | 'totp' };

/** Every action the consequences are known for: the step-up's sensitive actions, and a reset through "forgot password". */
export type ConsequenceAction = SensitiveAction | 'password_reset';

/** The contract's rules (src/contract/flows.ts): 24 hours without withdrawals, 30 days before an address is usable again. */
export const LOCK_HOURS = 24;
export const COOLDOWN_DAYS = 30;

const lock: Consequence = { kind: 'withdrawal_lock', hours: LOCK_HOURS };
const cooldown = (contact: ContactKind, old: boolean): Consequence => ({ kind: 'identifier_cooldown', contact, old, days: COOLDOWN_DAYS });

/**
 * The consequences of an action, in the order to state them. Actions that lock nothing and release nothing
 * (a recovery phrase, passkeys, turning e-mail or SMS codes on) have none: an element shows no list then.
 */
export function consequencesOf(action: ConsequenceAction): Consequence[] {
  switch (action) {
    case 'password_reset':
    case 'change_password':
    case 'bind_email':
    case 'bind_phone':
    case 'setup_totp':
      return [lock];
    case 'change_email':
      return [lock, cooldown('email', true)];
    case 'change_phone':
      return [lock, cooldown('phone', true)];
    case 'unbind_email':
      return [lock, cooldown('email', false), { kind: 'bind_replacement', factor: 'email' }];
    case 'unbind_phone':
      return [lock, cooldown('phone', false), { kind: 'bind_replacement', factor: 'phone' }];
    case 'disable_totp':
      return [lock, { kind: 'bind_replacement', factor: 'totp' }];
    case 'disable_email_two_factor':
    case 'disable_phone_two_factor':
      return [lock];
    case 'enable_email_two_factor':
    case 'enable_phone_two_factor':
    case 'issue_recovery_phrase':
    case 'register_passkey':
    case 'remove_passkey':
      return [];
  }
}

/** One consequence in words, from the `withdrawalLock` section. */
export function consequenceText(t: WithdrawalLockMessages, c: Consequence): string {
  switch (c.kind) {
    case 'withdrawal_lock':
      return t.lockFor({ hours: c.hours });
    case 'identifier_cooldown':
      return (c.old ? t[`cooldownOld_${c.contact}`] : t[`cooldown_${c.contact}`])({ days: c.days });
    case 'bind_replacement':
      return t[`replacement_${c.factor}`];
  }
}

export interface ConsequencesListOptions {
  /** What to state, usually `consequencesOf(action)`; an empty list renders nothing. */
  readonly items: readonly Consequence[];
  readonly t: WithdrawalLockMessages;
  /** Unique per instance: the list is labelled by its title. */
  readonly id: string;
  /** Default "Before you continue"; an element may name the action ("Before you remove your email address"). */
  readonly title?: string | undefined;
}

/**
 * The consequences as a titled list, placed right above the button that commits the action, so they are read
 * before it (and stay visible while the user decides). Style: `withdrawalLockStyles`.
 *
 *   ${consequencesList({ items: consequencesOf('unbind_email'), t: t.withdrawalLock, id: `${feedback.ids.form}-consequences` })}
 */
export function consequencesList(o: ConsequencesListOptions) {
  if (o.items.length === 0) return nothing;
  const titleId = `${o.id}-title`;
  return html`
    <div class="tillit-consequences" id=${o.id}>
      <p class="tillit-consequences-title" id=${titleId}>${o.title ?? o.t.consequencesTitle}</p>
      <ul class="tillit-consequences-list" aria-labelledby=${titleId}>
        ${o.items.map((c) => html`<li data-consequence=${c.kind}>${consequenceText(o.t, c)}</li>`)}
      </ul>
    </div>
  `;
}
