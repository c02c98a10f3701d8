import type { TillitClient } from '../../client/types.js';
import type { StepUpClient } from '../../controllers/step-up-controller.js';

/**
 * What `<totp-setup>` needs of a client: the step-up rows, the two authenticator rows, and the recovery phrase rows
 * of the `<recovery-key-backup>` it hands over to. A full `createClient()` client fits.
 */
export type TotpSetupClient = StepUpClient &
  Pick<TillitClient, 'startTotpSetup' | 'confirmTotpSetup' | 'issueRecoveryPhrase' | 'confirmRecoveryPhrase'>;

/** The client behind `base-url`, loaded only when a page passes neither a `client` nor a default one. */
export async function loadTotpSetupClient(baseUrl: string): Promise<TotpSetupClient> {
  const { createClient } = await import('../../client/create-client.js');
  return createClient({ baseUrl });
}
