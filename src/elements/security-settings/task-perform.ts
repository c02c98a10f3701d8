import type { CodeSent, Passkey, PublicKeyCredentialCreationOptionsJSON, SecurityOverview } from '../../contract/index.js';
import { forgetDevicePasskey } from '../../passkeys/device-passkeys.js';
import { createPasskey } from '../../passkeys/registration.js';
import type { CreationOptionsJSON } from '../../passkeys/webauthn-json.js';
import type { SettingsClient } from './settings-client.js';
import type { Outcome, Task } from './settings-context.js';
import type { TaskInput } from './task-input.js';
import { performContactTwoFactor } from './task-two-factor.js';

/** What carrying out a task led to: it is done, a code went to the new e-mail or phone, or a passkey was renamed. */
export type Next =
  | { readonly kind: 'done'; readonly outcome: Outcome }
  | { readonly kind: 'code'; readonly bindingId: string; readonly sent: CodeSent }
  | { readonly kind: 'renamed'; readonly passkey: Passkey };

/** Passkey creation options the backend issued (single use, 5 minutes): kept so a cancelled prompt can be retried. */
export interface PendingRegistration {
  readonly registrationId: string;
  readonly options: PublicKeyCredentialCreationOptionsJSON;
}

export interface PerformContext {
  overview: SecurityOverview | undefined;
  /** The creation options of an earlier try of this task, if the prompt was closed before it answered. */
  registration: PendingRegistration | undefined;
}

type Ok = Extract<TaskInput, { ok: true }>;

/**
 * Carries out `task` with the input its form held. Without `verificationToken` it is the check before a step-up:
 * the backend runs every rule of the action first (a taken address, the last factor, a wrong current password)
 * and answers `step_up_required` only when all pass, so nobody confirms three factors for an action that fails.
 */
export async function performTask(
  task: Task,
  input: Ok,
  client: SettingsClient,
  verificationToken: string | undefined,
  signal: AbortSignal,
  ctx: PerformContext,
): Promise<Next> {
  const options = { signal };
  switch (task.kind) {
    case 'contact': {
      const { bindingId, ...sent } = await client.startContactBinding({ kind: task.contact, value: input.value ?? '', verificationToken }, options);
      return { kind: 'code', bindingId, sent };
    }
    case 'unbind': {
      const { withdrawalLock, availableAgainAt } = await client.unbindContact({ kind: task.contact, verificationToken }, options);
      return { kind: 'done', outcome: { done: `unbind_${task.contact}`, lock: withdrawalLock, availableAgainAt } };
    }
    case 'contact-two-factor':
      return performContactTwoFactor(task, client, verificationToken, signal);
    case 'disable-totp': {
      const { withdrawalLock } = await client.disableTotp({ verificationToken }, options);
      return { kind: 'done', outcome: { done: 'disable_totp', lock: withdrawalLock } };
    }
    case 'password': {
      const { currentPassword = '', newPassword = '' } = input;
      const { withdrawalLock } = await client.changePassword({ currentPassword, newPassword, verificationToken }, options);
      return { kind: 'done', outcome: { done: 'change_password', lock: withdrawalLock } };
    }
    case 'remove-passkey': {
      await client.removePasskey({ id: task.passkey.id, verificationToken }, options);
      // Gone from the account, so no longer "this device" either.
      forgetDevicePasskey(task.passkey.id);
      return { kind: 'done', outcome: { done: 'remove_passkey', lock: ctx.overview?.withdrawalLock ?? null } };
    }
    case 'rename-passkey': {
      const passkey = await client.renamePasskey({ id: task.passkey.id, name: input.name ?? '' }, options);
      return { kind: 'renamed', passkey };
    }
    case 'totp-setup':
    case 'recovery-phrase':
      throw new Error(`${task.kind} runs in its own element`);
    case 'add-passkey': {
      const registration = ctx.registration ?? (await client.passkeyRegistrationOptions({ verificationToken }, options));
      ctx.registration = registration;
      // The contract leaves `hints` an open list of strings (browsers ignore hints they do not know).
      const response = await createPasskey(registration.options as CreationOptionsJSON, signal);
      // Used once, verified or not: whatever the answer, the next try starts with new options.
      ctx.registration = undefined;
      const passkey = await client.registerPasskey({ registrationId: registration.registrationId, name: input.name ?? '', response }, options);
      return { kind: 'done', outcome: { done: 'register_passkey', lock: ctx.overview?.withdrawalLock ?? null, now: passkey.name } };
    }
  }
}
