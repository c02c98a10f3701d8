import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SensitiveAction } from '../../../src/contract/index.js';
import type { UserRecord } from '../../../demo/core/model.js';
import { ApiProblem } from '../../../demo/core/problem.js';
import { stepUpFactors } from '../../../demo/routes/step-up.js';
import { call, testBackend, userWithPasskey } from './in-process.js';

/** The JSON answers these tests read (success bodies and problems alike). */
interface Answer {
  stepUpId: string;
  factors: { factor: string; verified: boolean }[];
  options: { challenge: string; allowCredentials: { id: string }[]; userVerification: string };
  verificationToken?: string;
  code?: string;
  fields?: unknown;
}

/** A bound phone has its SMS codes on unless `smsOff` (its switch turned them off). */
function user(parts: { email?: boolean; phone?: boolean; smsOff?: boolean; totp?: boolean; passkeys?: number }): UserRecord {
  return {
    email: parts.email ? 'u@example.com' : null,
    phone: parts.phone ? '+46700000001' : null,
    smsTwoFactor: Boolean(parts.phone && !parts.smsOff),
    totp: parts.totp ? { secret: 'JBSWY3DPEHPK3PXP', lastStep: 0, enabledAt: '2026-01-01T00:00:00Z' } : null,
    passkeys: Array.from({ length: parts.passkeys ?? 0 }, (_, i) => ({ id: `pk${i}` })),
  } as UserRecord;
}

const refusal = (fn: () => unknown): ApiProblem => {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiProblem) return error;
    throw error;
  }
  assert.fail('expected an ApiProblem');
};

describe('stepUpFactors (the step-up rule table)', () => {
  it('asks for every bound factor: authenticator, e-mail and SMS for FLOWS.md\'s unbind e-mail', () => {
    assert.deepEqual(stepUpFactors(user({ email: true, phone: true, totp: true }), 'unbind_email'), ['totp', 'email', 'sms']);
  });

  it('asks only for what exists', () => {
    assert.deepEqual(stepUpFactors(user({ email: true }), 'setup_totp'), ['email']);
    assert.deepEqual(stepUpFactors(user({ phone: true }), 'bind_email'), ['sms']);
  });

  it('a passkey stands in for a missing authenticator, not for a present one', () => {
    assert.deepEqual(stepUpFactors(user({ email: true, passkeys: 1 }), 'remove_passkey'), ['passkey', 'email']);
    assert.deepEqual(stepUpFactors(user({ email: true, totp: true, passkeys: 2 }), 'remove_passkey'), ['totp', 'email']);
    assert.deepEqual(stepUpFactors(user({ passkeys: 1 }), 'change_password'), ['passkey']);
  });

  it('change_email needs an authenticator and a phone first, naming what is missing', () => {
    assert.deepEqual(refusal(() => stepUpFactors(user({ email: true }), 'change_email')).extras.required, ['totp', 'sms']);
    assert.deepEqual(refusal(() => stepUpFactors(user({ email: true, totp: true }), 'change_email')).extras.required, ['sms']);
    const problem = refusal(() => stepUpFactors(user({ email: true, phone: true }), 'change_email'));
    assert.equal(problem.code, 'prerequisite_missing');
    assert.deepEqual(problem.extras.required, ['totp']);
    assert.deepEqual(stepUpFactors(user({ email: true, phone: true, totp: true }), 'change_email'), ['totp', 'email', 'sms']);
    // A phone whose SMS codes are switched off is not enough: the rule is "authenticator and SMS enabled".
    assert.deepEqual(refusal(() => stepUpFactors(user({ email: true, phone: true, smsOff: true, totp: true }), 'change_email')).extras.required, ['sms']);
  });

  it('other actions have no prerequisites', () => {
    const actions: SensitiveAction[] = ['change_phone', 'unbind_phone', 'disable_totp', 'issue_recovery_phrase'];
    for (const action of actions) assert.deepEqual(stepUpFactors(user({ email: true }), action), ['email']);
  });
});

/** The conformance suite cannot register a passkey without a browser, so the passkey factor is driven here. */
describe('step-up with a passkey (in-process backend, software authenticator)', () => {
  async function setup() {
    const backend = testBackend();
    await backend.ready;
    const ctx = backend.context;
    const { user: record, authenticator, passkey } = await userWithPasskey(backend);
    const session = ctx.sessions.create(record.id, 'bearer');
    const post = (path: string, body: unknown) => call<Answer>(backend, 'POST', path, { token: session.token, json: body });
    const start = await post('/v1/step-up', { action: 'register_passkey' });
    assert.equal(start.status, 201);
    assert.deepEqual(
      start.body.factors.map((f: { factor: string }) => f.factor),
      ['passkey', 'email'],
    );
    return { ctx, record, session, authenticator, passkey, post, stepUpId: start.body.stepUpId };
  }

  it('options list only the user\'s passkeys; a signed assertion verifies the factor', async () => {
    const { ctx, record, session, authenticator, passkey, post, stepUpId } = await setup();
    const options = await post(`/v1/step-up/${stepUpId}/passkey/options`, {});
    assert.equal(options.status, 200);
    assert.deepEqual(options.body.options.allowCredentials.map((c: { id: string }) => c.id), [passkey.id]);
    assert.equal(options.body.options.userVerification, 'required');

    const response = await authenticator.authenticate(options.body.options);
    const verified = await post(`/v1/step-up/${stepUpId}/verify`, { factor: 'passkey', response });
    assert.equal(verified.status, 200);
    assert.equal(verified.body.verificationToken, undefined, 'the e-mail code is still missing');
    assert.deepEqual(verified.body.factors.map((f: { verified: boolean }) => f.verified), [true, false]);
    assert.equal(record.passkeys[0]?.counter, 1, 'the signature counter is kept');

    await post(`/v1/step-up/${stepUpId}/send`, { channel: 'email' });
    const code = ctx.outbox.findLast((m) => m.to === 'pk@example.com')?.code;
    const done = await post(`/v1/step-up/${stepUpId}/verify`, { factor: 'email', code });
    assert.equal(done.status, 200);
    assert.equal(typeof done.body.verificationToken, 'string');
    ctx.verifications.consume(done.body.verificationToken, session, 'register_passkey');
  });

  it('refuses a replayed challenge, a wrong origin and an assertion without user verification', async () => {
    const { authenticator, post, stepUpId } = await setup();
    const verify = (response: unknown) => post(`/v1/step-up/${stepUpId}/verify`, { factor: 'passkey', response });
    const options = async () => (await post(`/v1/step-up/${stepUpId}/passkey/options`, {})).body.options;

    const first = await options();
    const wrongOrigin = await authenticator.authenticate(first, { origin: 'https://evil.example' });
    assert.equal((await verify(wrongOrigin)).body.code, 'passkey_failed');
    // The challenge was spent by the failed try: a correct assertion over it is refused too.
    const replay = await authenticator.authenticate(first);
    assert.equal((await verify(replay)).body.code, 'passkey_failed');

    const second = await options();
    const noUv = await authenticator.authenticate(second, { userVerified: false });
    assert.equal((await verify(noUv)).body.code, 'passkey_failed');

    const third = await options();
    const good = await authenticator.authenticate(third);
    const ok = await verify(good);
    assert.equal(ok.status, 200);
  });

  it('a passkey response is required for the passkey factor', async () => {
    const { post, stepUpId } = await setup();
    const missing = await post(`/v1/step-up/${stepUpId}/verify`, { factor: 'passkey' });
    assert.equal(missing.status, 422);
    assert.equal(missing.body.code, 'validation_failed');
    assert.deepEqual(missing.body.fields, [{ path: 'response', code: 'required' }]);
  });
});
