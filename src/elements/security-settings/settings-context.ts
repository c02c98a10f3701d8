import type { ContactKind, Passkey, WithdrawalLock } from '../../contract/index.js';
import type { DoneKind } from './messages.js';

/**
 * The steps of `<security-settings>`: the overview of every factor; a task's form with its consequences (`edit`);
 * the step-up (`verify`); the code sent to a new e-mail or phone (`code`); what changed (`done`); an embedded
 * `<totp-setup>` or `<recovery-key-backup>` (`embedded`), which runs its own steps.
 */
export type SettingsStep = 'overview' | 'edit' | 'verify' | 'code' | 'done' | 'embedded';

/** The light-DOM fields of every task (one at a time shows). */
export type SettingsField = 'email' | 'phone' | 'code' | 'name' | 'currentPassword' | 'newPassword' | 'repeatPassword';

/** One thing the user set out to change. */
export type Task =
  | { readonly kind: 'contact'; readonly contact: ContactKind; readonly change: boolean }
  | { readonly kind: 'unbind'; readonly contact: ContactKind }
  /** The switch beside a bound contact: its codes as a sign-in second factor, `enabled` the setting asked for. */
  | { readonly kind: 'contact-two-factor'; readonly contact: ContactKind; readonly enabled: boolean }
  /** `replace`: turning it off is the first half of replacing it (the contract has no swap); setup follows. */
  | { readonly kind: 'disable-totp'; readonly replace?: boolean }
  | { readonly kind: 'totp-setup' }
  | { readonly kind: 'recovery-phrase' }
  | { readonly kind: 'add-passkey' }
  | { readonly kind: 'rename-passkey'; readonly passkey: Passkey }
  | { readonly kind: 'remove-passkey'; readonly passkey: Passkey }
  | { readonly kind: 'password' };

/** What a finished task reports: what changed, the lock it set, when an unbound address is free again. */
export interface Outcome {
  readonly done: DoneKind;
  readonly lock: WithdrawalLock;
  /** The new value, masked as the backend shows it. */
  readonly now?: string | undefined;
  readonly availableAgainAt?: string | undefined;
}

/** The fields a task's form shows, so they are emptied when the task ends (passwords above all). */
export function fieldsOf(task: Task | undefined): SettingsField[] {
  switch (task?.kind) {
    case 'contact':
      return [task.contact, 'code'];
    case 'add-passkey':
    case 'rename-passkey':
      return ['name'];
    case 'password':
      return ['currentPassword', 'newPassword', 'repeatPassword'];
    default:
      return [];
  }
}
