/** Backend state the end-to-end suites set up over HTTP, as another team's tests would: reviews waiting. */
import assert from 'node:assert/strict';
import { createClient } from '../../src/client/index.js';
import { png } from '../conformance/kyc-files.js';
import { PASSWORD, type E2e } from './site.js';

/** A new level-1 account whose level-2 submission (ID card front and back, selfie) waits for review. */
export async function pendingKycReview(e2e: E2e, displayName: string): Promise<{ userId: string }> {
  const account = await e2e.testing.createTestAccount({ kycLevel: 1, displayName, password: PASSWORD });
  assert.ok(account.email);
  const bearer: { token?: string } = {};
  const user = createClient({ baseUrl: e2e.demo.url, getToken: () => bearer.token });
  const signedIn = await user.signIn({ identifier: { type: 'email', email: account.email }, password: PASSWORD });
  assert.equal(signedIn.status, 'signed_in');
  bearer.token = signedIn.session.token;
  const { types } = (await user.getKycOverview({})).acceptedDocuments;
  const documentType = types.find((t) => t.backRequired)?.type;
  assert.ok(documentType, 'the fixture country accepts a two-sided ID');
  const upload = async (kind: 'id_front' | 'id_back' | 'selfie') =>
    (await user.uploadKycDocument({ kind, file: png(`${kind}.png`) })).documentId;
  const documents = { front: await upload('id_front'), back: await upload('id_back'), selfie: await upload('selfie') };
  await user.submitKycLevel2({ documentType, documents, idempotencyKey: crypto.randomUUID() });
  return { userId: account.userId };
}

/** A lost-2FA request for a seeded authenticator account, with what its status page would keep. */
export async function pendingTwoFactorReset(e2e: E2e, email: string) {
  // The request rides on the second-factor challenge the password answered (no second password check).
  const signIn = await e2e.api.signIn({ identifier: { type: 'email', email }, password: PASSWORD });
  assert.equal(signIn.status, 'second_factor_required');
  return e2e.api.requestTwoFactorReset({ challengeId: signIn.challenge.id, reason: 'lost_device' });
}
