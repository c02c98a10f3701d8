import type { TillitClient } from '../../client/types.js';

/** What `<kyc-uploader>` needs of a client: the KYC rows only, so a full `createClient()` client fits. */
export type KycClient = Pick<
  TillitClient,
  'getKycOverview' | 'submitKycLevel1' | 'uploadKycDocument' | 'submitKycLevel2' | 'submitSupplementaryDocuments'
>;

/** The client behind `base-url`, loaded lazily (a host that passes its own client never downloads it). */
export async function loadKycClient(baseUrl: string): Promise<KycClient> {
  const { createClient } = await import('../../client/create-client.js');
  return createClient({ baseUrl });
}
