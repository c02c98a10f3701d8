import type { TillitClient } from '../../client/types.js';
import type { StepUpClient } from '../../controllers/step-up-controller.js';

/** What `<recovery-key-backup>` needs of a client: the step-up rows and the two recovery phrase rows. */
export type RecoveryKeyBackupClient = StepUpClient & Pick<TillitClient, 'issueRecoveryPhrase' | 'confirmRecoveryPhrase'>;

/** The issued phrase, as `issueRecoveryPhrase` answers it: the words, which positions prove it, until when. */
export type IssuedRecoveryPhrase = Awaited<ReturnType<TillitClient['issueRecoveryPhrase']>>;

/** The client behind `base-url`, loaded only when a page passes neither a `client` nor a default one. */
export async function loadRecoveryClient(baseUrl: string): Promise<RecoveryKeyBackupClient> {
  const { createClient } = await import('../../client/create-client.js');
  return createClient({ baseUrl });
}
