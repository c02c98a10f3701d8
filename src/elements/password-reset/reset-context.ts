import type { TillitClient } from '../../client/types.js';
import type { LocalizeController } from '../../controllers/localize-controller.js';
import type { LaterSections } from './later-sections.js';
import type { passwordResetSections } from './messages.js';

/** The steps of `<password-reset>`, as `tillit-step-change` reports them (`StepChangeEvent<PasswordResetStep>`). */
export type PasswordResetStep = 'identifier' | 'code' | 'password' | 'done';

/** The light-DOM fields of `<password-reset>`. */
export type ResetField = 'email' | 'phone' | 'code' | 'password' | 'repeat';

export type ResetI18n = LocalizeController<typeof passwordResetSections, LaterSections>;

/**
 * What `<password-reset>` needs of a client: the reset rows only, so a full `createClient()` client fits, and so
 * does one built from the password-reset table alone.
 */
export type PasswordResetClient = Pick<
  TillitClient,
  'startPasswordReset' | 'sendPasswordResetCode' | 'verifyPasswordResetCode' | 'completePasswordReset'
>;

/** The client behind `base-url`, loaded when first needed (a host that passes a client never downloads it). */
export async function loadResetClient(baseUrl: string): Promise<PasswordResetClient> {
  const { createClient } = await import('../../client/create-client.js');
  return createClient({ baseUrl });
}
