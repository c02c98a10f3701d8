import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { Backend } from '../../../demo/core/app.js';
import { kycState } from '../../../demo/routes/kyc/state.js';
import type { KycOverview } from '../../../src/contract/index.js';
import { png } from '../../conformance/kyc-files.js';
import { call, testBackend, type RequestParts } from './in-process.js';

/*
 * The reference backend's KYC module in process: what the HTTP conformance suite cannot see (its memory, the
 * exact automatic decision time) and the router's own checks on these rows.
 */

let backend: Backend;
const request = (method: string, path: string, parts?: RequestParts) => call(backend, method, path, parts);

async function level1User(): Promise<{ token: string; userId: string }> {
  const made = await request('POST', '/v1/testing/accounts', { json: { kycLevel: 1 } });
  const { email, password, userId } = made.body as { email: string; password: string; userId: string };
  const signed = await request('POST', '/v1/sign-in', { json: { identifier: { type: 'email', email }, password } });
  const session = (signed.body as { session: { token: string } }).session;
  return { token: session.token, userId };
}

async function upload(token: string, kind: string): Promise<string> {
  const form = new FormData();
  form.append('kind', kind);
  form.append('file', png());
  const res = await request('POST', '/v1/kyc/documents', { token, form });
  assert.equal(res.status, 201);
  return res.body.documentId as string;
}

async function submit(token: string, idempotencyKey: string) {
  const documents = { front: await upload(token, 'id_front'), selfie: await upload(token, 'selfie') };
  return request('POST', '/v1/kyc/level-2', { token, json: { documentType: 'passport', documents, idempotencyKey } });
}

beforeEach(() => {
  backend = testBackend();
});

describe('kyc module of the reference backend', () => {
  it('approves an undecided review at the start of its window, not at the moment it is read', async () => {
    const { token } = await level1User();
    const submitted = (await submit(token, 'key-00000001')).body as KycOverview;
    backend.context.clock.advance(3 * 3600);
    const o = (await request('GET', '/v1/kyc', { token })).body as KycOverview;
    assert.equal(o.level, 2);
    assert.equal(o.review?.decidedAt, submitted.review?.estimatedCompletion.from);
  });

  it('scopes idempotency keys to the user', async () => {
    const a = await level1User();
    const b = await level1User();
    assert.equal((await submit(a.token, 'shared-key-1')).status, 202);
    assert.equal((await submit(b.token, 'shared-key-1')).status, 202);
  });

  it('forgets expired uploads and remembered answers', async () => {
    const { token } = await level1User();
    await submit(token, 'key-00000002');
    const state = kycState(backend.context);
    assert.equal(state.uploads.size, 2);
    assert.equal(state.answers.size, 1);
    backend.context.clock.advance(24 * 3600 + 1);
    // Any level-2 submission prunes first; this one is refused (level 2 was approved meanwhile), which is fine.
    await request('POST', '/v1/kyc/level-2', {
      token,
      json: { documentType: 'passport', documents: { front: 'a', selfie: 'b' }, idempotencyKey: 'key-00000003' },
    });
    assert.equal(state.uploads.size, 0);
    assert.equal(state.answers.size, 0);
  });

  it('keeps the review in the user record, in the shape core/model.ts leaves to this module', async () => {
    const { token, userId } = await level1User();
    await submit(token, 'key-00000004');
    const record = backend.context.users.get(userId)?.kyc.submission;
    assert.equal(record?.status, 'pending');
    assert.equal(record?.documentType, 'passport');
    assert.equal((record?.documentIds as string[]).length, 2);
  });

  it('allows 30 uploads an hour per user, then answers 429 with Retry-After', async () => {
    const { token } = await level1User();
    for (let i = 0; i < 30; i++) await upload(token, 'selfie');
    const form = new FormData();
    form.append('kind', 'selfie');
    form.append('file', png());
    const refused = await request('POST', '/v1/kyc/documents', { token, form });
    assert.equal(refused.status, 429);
    assert.equal(refused.body.code, 'rate_limited');
    assert.ok((refused.body.retryAfter as number) > 0);
    backend.context.clock.advance(3600);
    await upload(token, 'selfie');
  });

  it('refuses anonymous calls', async () => {
    const anonymous = await request('GET', '/v1/kyc');
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.body.code, 'unauthenticated');
  });
});
