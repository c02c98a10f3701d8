import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { KycDocumentType, KycOverview } from '../../src/contract/index.js';
import {
  api,
  createAccount,
  expectFieldRefused,
  expectProblem,
  expectProblemResponse,
  rawFetch,
  secondsUntil,
  signIn,
  testing,
  type Api,
  type TestAccount,
} from './harness.js';
import { asFile, gifBytes, heicBytes, jpeg, jpegBytes, pdfBytes, png, pngBytes } from './kyc-files.js';

/*
 * Identity verification (KYC): levels, uploads, level-2 submission and the review, over HTTP. Each test makes its
 * own account, so tests never share KYC state; reviews are decided with the testing row `decideKycReview`. Which ID
 * types the fixture's country accepts is the backend's policy: the tests read it from `acceptedDocuments`.
 */

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const ms = (iso: string): number => Date.parse(iso);
const newKey = (): string => crypto.randomUUID();
const amount = (o: KycOverview, level: 1 | 2): number => Number(o.levels[level - 1]!.limits.dailyWithdrawal.amount);

async function userAt(kycLevel: 0 | 1 | 2): Promise<{ account: TestAccount; userId: string; api: Api; token: string }> {
  const account = await createAccount({ kycLevel });
  const { api: client, token } = await signIn(account);
  return { account, userId: account.userId, api: client, token };
}

/**
 * An ID type the user's country accepts that has a back side (`national_id` when it is accepted), as the overview's
 * `acceptedDocuments` says. CONTRACT.md has the fixture's country accept at least one.
 */
async function twoSidedType(client: Api): Promise<KycDocumentType> {
  const { types } = (await client.getKycOverview({})).acceptedDocuments;
  const choice = types.find((t) => t.type === 'national_id') ?? types.find((t) => t.backRequired);
  assert.ok(choice?.backRequired, `the country accepts an ID type with a back side: ${JSON.stringify(types)}`);
  return choice.type;
}

/** A type other than `type`, for a request that must differ from an earlier one. */
const otherType = (type: KycDocumentType): KycDocumentType => (type === 'passport' ? 'national_id' : 'passport');

async function upload(client: Api, kind: 'id_front' | 'id_back' | 'selfie' | 'supplementary', file: File = png()) {
  return (await client.uploadKycDocument({ kind, file })).documentId;
}

async function uploadIdSet(client: Api) {
  return {
    front: await upload(client, 'id_front'),
    back: await upload(client, 'id_back', jpeg()),
    selfie: await upload(client, 'selfie'),
  };
}

/** A level-1 user with a level-2 submission (an accepted ID with a back side: front, back, selfie) pending review. */
async function pendingUser() {
  const user = await userAt(1);
  const documentType = await twoSidedType(user.api);
  const documents = await uploadIdSet(user.api);
  const idempotencyKey = newKey();
  const answer = await user.api.submitKycLevel2({ documentType, documents, idempotencyKey });
  return { ...user, documentType, documents, idempotencyKey, answer };
}

/** Neither level takes a submission now (one is pending, or level 2 is reached): `kyc_level_unavailable`. */
async function expectNoSubmission(
  client: Api,
  documentType: KycDocumentType,
  documents: Awaited<ReturnType<typeof uploadIdSet>>,
) {
  await expectProblem(
    client.submitKycLevel2({ documentType, documents, idempotencyKey: newKey() }),
    'kyc_level_unavailable',
  );
  await expectProblem(
    client.submitKycLevel1(levelOne('SE', 'Ny', 'Namn', '1990-01-01')),
    'kyc_level_unavailable',
  );
}

/** Level 1's minimum age, as the overview gives it (18 when absent). */
async function minimumAge(client: Api): Promise<number> {
  return (await client.getKycOverview({})).levels[0]!.minimumAge ?? 18;
}

/** A home address in `country`; sent with every level-1 submission (a backend that does not require it checks it all the same). */
const homeIn = (country: string) => ({ lines: ['Storgatan 1', 'lgh 1101'], city: 'Uppsala', postalCode: '753 20', country });

/** A complete level-1 submission: every extra field a backend may require, filled in. */
const levelOne = (country: string, firstName: string, lastName: string, dateOfBirth: string) => ({
  country,
  firstName,
  lastName,
  dateOfBirth,
  address: homeIn(country),
});

/** The server's date `years` ago, as YYYY-MM-DD (age rules use the server's clock, which tests move). */
async function yearsAgo(years: number, plusDays = 0): Promise<string> {
  const { now } = await testing.readClock({});
  const date = new Date(now);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date.toISOString().slice(0, 10);
}

describe('kyc: overview', () => {
  it('shows level 0 with level 1 available, level 2 locked, no review, and the accepted ID types', async () => {
    const { api: client } = await userAt(0);
    const o = await client.getKycOverview({});
    assert.equal(o.level, 0);
    assert.equal(o.status, 'none');
    assert.equal(o.review, null);
    assert.deepEqual(
      o.levels.map((l) => [l.level, l.state]),
      [
        [1, 'available'],
        [2, 'locked'],
      ],
    );
    assert.ok(o.levels[0]!.requirements.includes('legal_name'));
    assert.ok(o.levels[1]!.requirements.includes('selfie'));
    assert.ok(amount(o, 2) > amount(o, 1), 'level 2 raises the daily withdrawal limit');
    const passport = o.acceptedDocuments.types.find((t) => t.type === 'passport');
    if (passport) assert.equal(passport.backRequired, false);
  });

  it('needs a session', async () => {
    await expectProblem(api().getKycOverview({}), 'unauthenticated');
  });
});

describe('kyc: level 1', () => {
  it('accepts country, a legal name with diacritics, hyphens and apostrophes, and an adult date of birth', async () => {
    const { api: client } = await userAt(0);
    const o = await client.submitKycLevel1(levelOne('NO', 'Åsa-Marie', "O'Brien Sørensen", await yearsAgo(30)));
    assert.equal(o.level, 1);
    assert.equal(o.status, 'approved');
    assert.equal(o.levels[0]!.state, 'approved');
    assert.equal(o.levels[1]!.state, 'available');
    assert.equal(o.acceptedDocuments.country, 'NO');
    assert.deepEqual(o.limits, o.levels[0]!.limits);
  });

  it('refuses a holder younger than minimumAge (18 when absent) at the server date, naming dateOfBirth not_allowed', async () => {
    const { api: client } = await userAt(0);
    const error = await expectProblem(
      client.submitKycLevel1(levelOne('SE', 'Ung', 'Person', await yearsAgo(await minimumAge(client), 1))),
      'validation_failed',
    );
    assert.equal(error.fields?.find((f) => f.path === 'dateOfBirth')?.code, 'not_allowed');
    assert.equal((await client.getKycOverview({})).level, 0);
  });

  it('accepts a holder who reaches minimumAge today', async () => {
    const { api: client } = await userAt(0);
    const o = await client.submitKycLevel1(levelOne('SE', 'Vuxen', 'Person', await yearsAgo(await minimumAge(client))));
    assert.equal(o.level, 1);
  });

  it('names each malformed field', async () => {
    const { token } = await userAt(0);
    const cases = [
      [{ country: 'se' }, 'country'],
      [{ country: 'SWE' }, 'country'],
      [{ firstName: 'R2-D2' }, 'firstName'],
      [{ lastName: '' }, 'lastName'],
      [{ lastName: 'x'.repeat(101) }, 'lastName'],
      [{ dateOfBirth: '1990-02-30' }, 'dateOfBirth'],
      [{ dateOfBirth: '01/02/1990' }, 'dateOfBirth'],
      [{ address: { ...homeIn('SE'), lines: [] } }, 'address.lines'],
      [{ address: { ...homeIn('SE'), lines: ['a', 'b', 'c'] } }, 'address.lines'],
      [{ address: { ...homeIn('SE'), lines: ['   '] } }, 'address.lines.0'],
      [{ address: { ...homeIn('SE'), city: 'x'.repeat(101) } }, 'address.city'],
      [{ address: { ...homeIn('SE'), postalCode: '753_20!' } }, 'address.postalCode'],
      [{ address: { ...homeIn('SE'), country: 'sweden' } }, 'address.country'],
    ] as const;
    for (const [override, field] of cases) {
      const input = { ...levelOne('SE', 'Ebba', 'Lind', '1990-01-02'), ...override };
      await expectFieldRefused('submitKycLevel1', input, field, { token });
    }
  });
});

describe('kyc: level 1 extra fields', () => {
  const extraFieldCodes = { dateOfBirth: 'date_of_birth', address: 'address' } as const;

  it('names each required extra field in fields, and in requirements; minimumAge only with dateOfBirth', async () => {
    const { api: client } = await userAt(0);
    const [one, two] = (await client.getKycOverview({})).levels;
    for (const field of one!.fields ?? []) assert.ok(one!.requirements.includes(extraFieldCodes[field]), `${field} is in requirements`);
    if (one!.minimumAge !== undefined) assert.ok(one!.fields?.includes('dateOfBirth'), 'minimumAge comes with a required dateOfBirth');
    assert.deepEqual(two!.fields ?? [], [], 'level 2 has no extra fields');
  });

  it('refuses a submission without the required extra fields, naming every one required', async (t) => {
    const { api: client, token } = await userAt(0);
    const required = (await client.getKycOverview({})).levels[0]!.fields ?? [];
    if (required.length === 0) return t.skip('this backend requires no extra level-1 field');
    const { dateOfBirth: _d, address: _a, ...bare } = levelOne('SE', 'Ebba', 'Lind', '1990-01-02');
    const problem = await expectFieldRefused('submitKycLevel1', bare, required[0]!, { token });
    assert.deepEqual(
      required.map((field) => problem.fields?.find((f) => f.path === field)?.code),
      required.map(() => 'required'),
      `every required field named: ${JSON.stringify(problem.fields)}`,
    );
    for (const field of required) {
      const input: Record<string, unknown> = levelOne('SE', 'Ebba', 'Lind', '1990-01-02');
      delete input[field];
      const alone = await expectFieldRefused('submitKycLevel1', input, field, { token });
      assert.deepEqual(alone.fields, [{ path: field, code: 'required' }]);
    }
    assert.equal((await client.getKycOverview({})).level, 0);
  });

  it('refuses a date of birth after the server\'s today (too_large) or more than 150 years back (too_small)', async () => {
    const { api: client, token } = await userAt(0);
    const tomorrow = await yearsAgo(0, 1);
    const future = await expectFieldRefused('submitKycLevel1', levelOne('SE', 'Ebba', 'Lind', tomorrow), 'dateOfBirth', { token });
    assert.equal(future.fields?.find((f) => f.path === 'dateOfBirth')?.code, 'too_large');
    const ancient = await expectFieldRefused('submitKycLevel1', levelOne('SE', 'Ebba', 'Lind', await yearsAgo(151)), 'dateOfBirth', { token });
    assert.equal(ancient.fields?.find((f) => f.path === 'dateOfBirth')?.code, 'too_small');
    assert.equal((await client.getKycOverview({})).level, 0);
  });

  it('refuses an address in another country than the one given (address.country mismatch)', async () => {
    const { api: client, token } = await userAt(0);
    const input = { ...levelOne('SE', 'Ebba', 'Lind', '1990-01-02'), address: homeIn('NO') };
    const problem = await expectFieldRefused('submitKycLevel1', input, 'address.country', { token });
    assert.equal(problem.fields?.find((f) => f.path === 'address.country')?.code, 'mismatch');
    assert.equal((await client.getKycOverview({})).level, 0);
  });

  it('accepts one address line, trimmed parts and a postal code with a space', async () => {
    const { api: client } = await userAt(0);
    const input = { ...levelOne('SE', 'Ebba', 'Lind', '1990-01-02'), address: { lines: ['  Storgatan 1 '], city: ' Uppsala', postalCode: '753 20 ', country: 'SE' } };
    assert.equal((await client.submitKycLevel1(input)).level, 1);
  });
});

describe('kyc: uploads', () => {
  it('answers 201 with the type read from the content, the size and a 24-hour lifetime', async () => {
    const { api: client } = await userAt(1);
    const file = png('front.png');
    const doc = await client.uploadKycDocument({ kind: 'id_front', file });
    assert.equal(doc.kind, 'id_front');
    assert.equal(doc.contentType, 'image/png');
    assert.equal(doc.sizeBytes, file.size);
    assert.ok(doc.documentId.length > 0);
    assert.equal(ms(doc.expiresAt) - ms(doc.uploadedAt), 24 * HOUR_MS);
  });

  it('accepts JPEG (even without a declared type) and HEIC for photos, PDF for supplementary documents', async () => {
    const { api: client } = await userAt(1);
    const undeclared = await client.uploadKycDocument({ kind: 'selfie', file: asFile(jpegBytes(), 'selfie', '') });
    assert.equal(undeclared.contentType, 'image/jpeg');
    const heic = await client.uploadKycDocument({ kind: 'id_back', file: asFile(heicBytes(), 'back.heic', 'image/heic') });
    assert.equal(heic.contentType, 'image/heic');
    const pdf = await client.uploadKycDocument({ kind: 'supplementary', file: asFile(pdfBytes(), 'a.pdf', 'application/pdf') });
    assert.equal(pdf.contentType, 'application/pdf');
  });

  it('reads the type from the magic bytes, not the declared type or name', async () => {
    const { api: client } = await userAt(1);
    await expectProblem(
      client.uploadKycDocument({ kind: 'id_front', file: asFile(gifBytes(), 'front.jpg', 'image/jpeg') }),
      'unsupported_media_type',
    );
    await expectProblem(
      client.uploadKycDocument({ kind: 'id_front', file: asFile(pngBytes(), 'front.jpg', 'image/jpeg') }),
      'unsupported_media_type',
    );
    await expectProblem(
      client.uploadKycDocument({ kind: 'id_front', file: asFile(pdfBytes(), 'front.pdf', 'application/pdf') }),
      'unsupported_media_type',
    );
  });

  it('refuses a file over 10 MB with payload_too_large', async () => {
    const { api: client } = await userAt(1);
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(pngBytes());
    await expectProblem(client.uploadKycDocument({ kind: 'id_front', file: asFile(big, 'big.png', 'image/png') }), 'payload_too_large');
  });

  it('refuses an empty or tiny file as validation_failed on file', async () => {
    const { token } = await userAt(1);
    for (const size of [0, 20]) {
      const file = asFile(jpegBytes().slice(0, size), 'x.jpg', 'image/jpeg');
      await expectFieldRefused('uploadKycDocument', { kind: 'id_front', file }, 'file', { token });
    }
  });

  it('refuses an unknown kind and a body that is not multipart', async () => {
    const { token } = await userAt(1);
    await expectFieldRefused('uploadKycDocument', { kind: 'passport_photo', file: png() }, 'kind', { token });
    const res = await rawFetch('POST', '/v1/kyc/documents', {
      headers: { authorization: `Bearer ${token}`, 'x-tillit-session-mode': 'bearer', 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'id_front' }),
    });
    expectProblemResponse(res, 'malformed_request');
  });

  it('allows 30 uploads an hour, then rate_limited with Retry-After', async () => {
    const { api: client } = await userAt(1);
    for (let i = 0; i < 30; i++) await upload(client, 'id_front');
    const limited = await expectProblem(client.uploadKycDocument({ kind: 'id_front', file: png() }), 'rate_limited');
    assert.ok(limited.retryAfter! > 0 && limited.retryAfter! <= 3600);
  });

  it('needs level 1 first, and is closed once level 2 is approved', async () => {
    await expectProblem((await userAt(0)).api.uploadKycDocument({ kind: 'id_front', file: png() }), 'kyc_level_unavailable');
    await expectProblem((await userAt(2)).api.uploadKycDocument({ kind: 'id_front', file: png() }), 'kyc_level_unavailable');
  });
});


describe('kyc: level 2 submission', () => {
  it('answers 202 with the review pending and an estimate of 15-60 minutes', async () => {
    const { answer } = await pendingUser();
    assert.equal(answer.status, 'pending');
    assert.equal(answer.level, 1);
    assert.equal(answer.levels[1]!.state, 'pending');
    const review = answer.review!;
    assert.equal(review.status, 'pending');
    assert.equal(review.stage, 'standard');
    assert.equal(review.decidedAt, null);
    assert.deepEqual(review.reasons, []);
    const from = ms(review.estimatedCompletion.from) - ms(review.submittedAt);
    const to = ms(review.estimatedCompletion.to) - ms(review.submittedAt);
    assert.ok(from >= 15 * MINUTE_MS && from <= to && to <= 60 * MINUTE_MS, `window ${from}..${to} ms`);
  });

  it('is refused before level 1', async () => {
    const { api: client } = await userAt(0);
    await expectProblem(
      client.submitKycLevel2({
        documentType: 'passport',
        documents: { front: 'doc_x', selfie: 'doc_y' },
        idempotencyKey: newKey(),
      }),
      'kyc_level_unavailable',
    );
  });

  it('needs the back side for a national ID (or another two-sided type) but not for a passport', async () => {
    const { api: client } = await userAt(1);
    const { front, selfie } = await uploadIdSet(client);
    const error = await expectProblem(
      client.submitKycLevel2({ documentType: await twoSidedType(client), documents: { front, selfie }, idempotencyKey: newKey() }),
      'documents_missing',
    );
    assert.deepEqual(error.fields?.map((f) => f.path), ['documents.back']);
    const { types } = (await client.getKycOverview({})).acceptedDocuments;
    // Only where the country takes passports: which types it takes is the backend's policy.
    if (!types.some((t) => t.type === 'passport')) return;
    const o = await client.submitKycLevel2({ documentType: 'passport', documents: { front, selfie }, idempotencyKey: newKey() });
    assert.equal(o.status, 'pending');
  });

  it('refuses unknown, wrong-kind and other users\' documents, naming each', async () => {
    const { api: client } = await userAt(1);
    const mine = await uploadIdSet(client);
    const other = await uploadIdSet((await userAt(1)).api);
    const error = await expectProblem(
      client.submitKycLevel2({
        documentType: await twoSidedType(client),
        // front is a selfie upload, back belongs to another user, selfie was never uploaded
        documents: { front: mine.selfie, back: other.back, selfie: 'doc_unknown' },
        idempotencyKey: newKey(),
      }),
      'documents_missing',
    );
    assert.deepEqual(error.fields?.map((f) => f.path).sort(), ['documents.back', 'documents.front', 'documents.selfie']);
    assert.equal((await client.getKycOverview({})).status, 'approved', 'nothing was submitted');
  });

  it('refuses uploads older than 24 hours', async () => {
    const { account, api: client } = await userAt(1);
    const documentType = await twoSidedType(client);
    const documents = await uploadIdSet(client);
    await testing.advanceClock({ seconds: 24 * 3600 + 1 });
    // A day is longer than a session must last (CONTRACT.md, Sessions): sign in again.
    const { api: later } = await signIn(account);
    const error = await expectProblem(
      later.submitKycLevel2({ documentType, documents, idempotencyKey: newKey() }),
      'documents_missing',
    );
    assert.equal(error.fields?.length, 3);
  });

  it('refuses a document type the country does not accept', async (t) => {
    const { api: client } = await userAt(0);
    const o = await client.submitKycLevel1(levelOne('US', 'Ann', 'Lee', '1990-05-05'));
    const all = ['passport', 'national_id', 'driving_licence', 'residence_permit'] as const;
    const refused = all.find((type) => !o.acceptedDocuments.types.some((t2) => t2.type === type));
    if (!refused) return t.skip('this backend accepts every type for US');
    const error = await expectProblem(
      client.submitKycLevel2({ documentType: refused, documents: await uploadIdSet(client), idempotencyKey: newKey() }),
      'validation_failed',
    );
    assert.ok(error.fields?.some((f) => f.path === 'documentType'));
  });

  it('replays the same key and body without a second submission, and refuses the key with another body', async () => {
    const { api: client, documentType, documents, idempotencyKey, answer } = await pendingUser();
    const again = await client.submitKycLevel2({ documentType, documents, idempotencyKey });
    assert.deepEqual(again, answer);
    assert.equal((await client.getKycOverview({})).review?.submittedAt, answer.review?.submittedAt);
    await expectProblem(
      client.submitKycLevel2({ documentType: otherType(documentType), documents, idempotencyKey }),
      'idempotency_conflict',
    );
  });

  it('refuses a second submission while one is pending', async () => {
    const { api: client, documentType, documents } = await pendingUser();
    await expectNoSubmission(client, documentType, documents);
  });
});

describe('kyc: review', () => {
  it('approval lifts the account to level 2 with the higher limits, and closes level 2', async () => {
    const { api: client, userId, documentType, documents } = await pendingUser();
    const decided = await testing.decideKycReview({ userId, decision: 'approve' });
    assert.equal(decided.level, 2);
    const o = await client.getKycOverview({});
    assert.equal(o.level, 2);
    assert.equal(o.status, 'approved');
    assert.equal(o.levels[1]!.state, 'approved');
    assert.deepEqual(o.limits, o.levels[1]!.limits);
    assert.equal(o.review?.status, 'approved');
    assert.ok(o.review?.decidedAt);
    await expectNoSubmission(client, documentType, documents);
  });

  it('a rejection lists retryable reasons, and the user may submit again', async () => {
    const { api: client, userId, documentType, documents } = await pendingUser();
    await testing.decideKycReview({ userId, decision: 'reject', reasons: ['document_incomplete', 'photos_missing'] });
    const o = await client.getKycOverview({});
    assert.equal(o.status, 'rejected');
    assert.equal(o.level, 1);
    assert.equal(o.levels[1]!.state, 'rejected');
    assert.deepEqual(
      o.review?.reasons.map((r) => r.code).sort(),
      ['document_incomplete', 'photos_missing'],
    );
    assert.ok(o.review?.reasons.every((r) => r.retryable));
    assert.equal(o.review?.retryable, true);
    const front = await upload(client, 'id_front');
    const again = await client.submitKycLevel2({
      documentType,
      documents: { ...documents, front },
      idempotencyKey: newKey(),
    });
    assert.equal(again.status, 'pending');
    assert.deepEqual(again.review?.reasons, []);
  });

  it('a rejection that is not retryable keeps level 2 closed', async () => {
    const { api: client, userId, documentType, documents } = await pendingUser();
    await testing.decideKycReview({ userId, decision: 'reject', reasons: ['underage'] });
    const o = await client.getKycOverview({});
    assert.equal(o.review?.retryable, false);
    assert.deepEqual(o.review?.reasons, [{ code: 'underage', retryable: false }]);
    await expectProblem(
      client.submitKycLevel2({ documentType, documents, idempotencyKey: newKey() }),
      'kyc_level_unavailable',
    );
  });

  it('a selfie mismatch asks for supplementary documents, reviewed by hand in days', async () => {
    const { api: client, token, userId, documentType, documents } = await pendingUser();
    await testing.decideKycReview({ userId, decision: 'supplementary_required' });
    const asked = await client.getKycOverview({});
    assert.equal(asked.status, 'supplementary_required');
    assert.equal(asked.levels[1]!.state, 'supplementary_required');
    assert.deepEqual(asked.review?.reasons.map((r) => r.code), ['selfie_mismatch']);
    assert.ok((asked.review?.documentTypes?.length ?? 0) > 0);
    await expectProblem(
      client.submitKycLevel2({ documentType, documents, idempotencyKey: newKey() }),
      'kyc_level_unavailable',
    );

    const notSupplementary = await expectProblem(
      client.submitSupplementaryDocuments({ documents: [documents.front] }),
      'documents_missing',
    );
    assert.deepEqual(notSupplementary.fields?.map((f) => f.path), ['documents.0']);
    await expectFieldRefused('submitSupplementaryDocuments', { documents: new Array<string>(6).fill(documents.front) }, 'documents', {
      token,
    });

    const pdf = await upload(client, 'supplementary', asFile(pdfBytes(), 'statement.pdf', 'application/pdf'));
    const photo = await upload(client, 'supplementary', jpeg('selfie-with-id.jpg'));
    const pending = await client.submitSupplementaryDocuments({ documents: [pdf, photo], note: 'New selfie with my ID.' });
    assert.equal(pending.status, 'pending');
    assert.equal(pending.review?.stage, 'supplementary');
    const review = pending.review!;
    assert.ok(ms(review.estimatedCompletion.to) - ms(review.submittedAt) >= 24 * HOUR_MS, 'estimate in days');

    await testing.decideKycReview({ userId, decision: 'approve' });
    assert.equal((await client.getKycOverview({})).level, 2);
  });

  it('supplementary documents are refused when nobody asked for them', async () => {
    const { api: client } = await pendingUser();
    const doc = await upload(client, 'supplementary');
    await expectProblem(client.submitSupplementaryDocuments({ documents: [doc] }), 'kyc_level_unavailable');
  });

  it('in test mode, a review nobody decides is approved when its window opens (advanceClock)', async () => {
    const { api: client, answer } = await pendingUser();
    // Whole seconds until the window opens, rounded up: instants may carry fractions of a second.
    const opensIn = await secondsUntil(answer.review!.estimatedCompletion.from);
    await testing.advanceClock({ seconds: opensIn - 60 });
    assert.equal((await client.getKycOverview({})).status, 'pending');
    await testing.advanceClock({ seconds: 61 });
    const o = await client.getKycOverview({});
    assert.equal(o.status, 'approved');
    assert.equal(o.level, 2);
  });

  it('decideKycReview answers not_found without a pending review, and a rejection needs reasons', async () => {
    const { userId } = await userAt(1);
    await expectProblem(testing.decideKycReview({ userId, decision: 'approve' }), 'not_found');
    await expectProblem(testing.decideKycReview({ userId: 'usr_nobody', decision: 'approve' }), 'not_found');
    const pending = await pendingUser();
    await expectProblem(testing.decideKycReview({ userId: pending.userId, decision: 'reject' }), 'validation_failed');
    assert.equal((await pending.api.getKycOverview({})).status, 'pending');
  });
});
