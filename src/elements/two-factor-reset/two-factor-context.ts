import type { TillitClient } from '../../client/types.js';
import type { LocalizeController } from '../../controllers/localize-controller.js';
import type { WordField } from '../shared/recovery-phrase-controller.js';
import type { LaterSections } from './later-sections.js';
import type { twoFactorResetSections } from './messages.js';

/**
 * The steps of `<two-factor-reset>`, as `tillit-step-change` reports them: the self-service ways (`options`),
 * the recovery phrase (`phrase`) and what it restored (`restored`), the request form (`request`), the request
 * sent (`sent`) and its status (`status`).
 */
export type TwoFactorResetStep = 'options' | 'phrase' | 'restored' | 'request' | 'sent' | 'status';

/** The light-DOM fields of `<two-factor-reset>`: the request's, and the recovery phrase's word boxes. */
export type TwoFactorField = 'reason' | 'email' | 'note' | WordField;

export type TwoFactorI18n = LocalizeController<typeof twoFactorResetSections, LaterSections>;

/** What `<two-factor-reset>` needs of a client: the lost-2FA rows (and, after a restore, confirming the new app). */
export type TwoFactorResetClient = Pick<TillitClient, 'restoreAuthenticator' | 'requestTwoFactorReset' | 'getTwoFactorResetStatus'>;

export async function loadTwoFactorClient(baseUrl: string): Promise<TwoFactorResetClient> {
  const { createClient } = await import('../../client/create-client.js');
  return createClient({ baseUrl });
}
