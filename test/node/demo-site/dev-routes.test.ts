/**
 * The demo-only routes behind the dev panel (demo/node/dev-routes.ts): the pending reviews the testing API cannot
 * list, and the reset of the demo data. In process, on the same Hono app shape `npm start` serves.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Hono } from 'hono';
import { createBackend } from '../../../demo/core/app.js';
import { DEMO_PASSWORD } from '../../../demo/core/seed.js';
import { registerDevRoutes, type PendingReviews } from '../../../demo/node/dev-routes.js';
import { ResettableBackend } from '../../../demo/node/resettable-backend.js';
import { call } from '../demo/in-process.js';

function demoServer() {
  const backend = new ResettableBackend(() => createBackend({ testing: true }));
  const app = new Hono();
  registerDevRoutes(app, backend);
  const ask = (method: string, path: string, headers: Record<string, string> = {}) =>
    app.fetch(new Request(`http://localhost:8787${path}`, { method, headers }));
  return { backend, ask };
}

/** As the user would: the password first, then the lost-2FA request on the second-factor challenge it answered. */
async function requestReset(backend: ResettableBackend, email: string) {
  const signIn = await call<{ challenge: { id: string } }>(backend, 'POST', '/v1/sign-in', {
    json: { identifier: { type: 'email', email }, password: DEMO_PASSWORD },
  });
  return call<{ requestId: string; statusToken: string }>(backend, 'POST', '/v1/two-factor-reset', {
    json: { challengeId: signIn.body.challenge.id, reason: 'phone_changed' },
  });
}

describe('the dev panel\'s demo routes', () => {
  it('lists pending lost-2FA requests with who asked, and forgets them once decided', async () => {
    const { backend, ask } = demoServer();
    await backend.ready;
    const { status, body } = await requestReset(backend, 'bjorn@example.com');
    assert.equal(status, 202);
    const listed = (await (await ask('GET', '/demo/reviews')).json()) as PendingReviews;
    assert.equal(listed.twoFactorResets.length, 1);
    const [pending] = listed.twoFactorResets;
    assert.equal(pending?.requestId, body.requestId);
    assert.equal(pending?.displayName, 'Bjørn');
    assert.equal(pending?.contact, 'bjorn@example.com');
    assert.equal(pending?.reason, 'phone_changed');
    assert.doesNotMatch(JSON.stringify(listed), new RegExp(body.statusToken), 'the status token stays with the user');

    const decided = await call(backend, 'POST', `/v1/testing/two-factor-reset/${body.requestId}/decide`, {
      json: { decision: 'approved' },
    });
    assert.equal(decided.status, 200);
    const after = (await (await ask('GET', '/demo/reviews')).json()) as PendingReviews;
    assert.deepEqual(after, { kyc: [], twoFactorResets: [] });
  });

  it('refuses requests from other sites', async () => {
    const { ask } = demoServer();
    assert.equal((await ask('GET', '/demo/reviews', { 'sec-fetch-site': 'cross-site' })).status, 403);
    assert.equal((await ask('POST', '/demo/reset', { 'sec-fetch-site': 'same-site' })).status, 403);
    assert.equal((await ask('GET', '/demo/reviews', { 'sec-fetch-site': 'same-origin' })).status, 200);
  });

  it('resets to the seeded accounts: new sessions, outbox, clock and requests', async () => {
    const { backend, ask } = demoServer();
    await backend.ready;
    const before = backend.context;
    await requestReset(backend, 'greta@example.com');
    before.clock.advance(86400);
    const signIn = await call<{ session: { token: string } }>(backend, 'POST', '/v1/sign-in', {
      json: { identifier: { type: 'email', email: 'alva@example.com' }, password: DEMO_PASSWORD },
    });
    assert.equal(signIn.status, 200);

    assert.equal((await ask('POST', '/demo/reset')).status, 204);
    assert.notEqual(backend.context, before);
    assert.ok(Math.abs(backend.context.clock.nowMs() - Date.now()) < 1000, 'the clock is back');
    assert.deepEqual(backend.context.outbox, []);
    assert.equal([...backend.context.users.all()].length, [...before.users.all()].length);
    const session = await call(backend, 'GET', '/v1/session', { token: signIn.body.session.token });
    assert.equal(session.status, 401, 'the old session is gone');
    const listed = (await (await ask('GET', '/demo/reviews')).json()) as PendingReviews;
    assert.deepEqual(listed.twoFactorResets, []);
  });
});
