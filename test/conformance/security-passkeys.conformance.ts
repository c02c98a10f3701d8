import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SoftAuthenticator } from '../support/soft-authenticator.js';
import {
  api,
  createAccount,
  expectFieldRefused,
  expectProblem,
  expectProblemResponse,
  rawCall,
  signedIn,
  testing,
  verifiedFor,
  type Signed,
} from './harness.js';
import { passkeyOrigin } from './support/target.js';

const b64url = (text: string): string => Buffer.from(text).toString('base64url');

/** A registration response that is well-formed JSON but no authenticator made: the verifier must refuse it. */
function bogusResponse(challenge: string) {
  const clientData = b64url(JSON.stringify({ type: 'webauthn.create', challenge, origin: 'https://evil.example' }));
  return {
    id: 'Ym9ndXM',
    rawId: 'Ym9ndXM',
    type: 'public-key' as const,
    clientExtensionResults: {},
    response: { clientDataJSON: clientData, attestationObject: b64url('not cbor') },
  };
}

describe('security: passkeys', () => {
  it('hands out creation options for a discoverable credential after a step-up', async () => {
    const signed = await signedIn();
    const { api } = signed.session;
    await expectProblem(api.passkeyRegistrationOptions({}), 'step_up_required');
    const forRemoval = await verifiedFor(signed, 'remove_passkey');
    await expectProblem(api.passkeyRegistrationOptions({ verificationToken: forRemoval }), 'verification_invalid');
    const { registrationId, options } = await api.passkeyRegistrationOptions({
      verificationToken: await verifiedFor(signed, 'register_passkey'),
    });
    assert.ok(registrationId);
    assert.ok(options.challenge.length >= 16, 'a challenge of at least 12 random bytes');
    assert.ok(options.rp.name);
    assert.ok(options.user.id.length > 0);
    assert.ok(options.pubKeyCredParams.some((p) => p.alg === -7), 'ES256 is offered');
    assert.equal(options.attestation ?? 'none', 'none');
    assert.equal(options.authenticatorSelection?.['residentKey'], 'required');
    assert.deepEqual(options.excludeCredentials ?? [], []);

    // The user handle is stable per user: a second ceremony names the same user.
    const again = await api.passkeyRegistrationOptions({ verificationToken: await verifiedFor(signed, 'register_passkey') });
    assert.equal(again.options.user.id, options.user.id);
    assert.notEqual(again.options.challenge, options.challenge);
  });

  it('refuses a response no authenticator made, and the registration works once', async () => {
    const signed = await signedIn();
    const { api } = signed.session;
    const { registrationId, options } = await api.passkeyRegistrationOptions({
      verificationToken: await verifiedFor(signed, 'register_passkey'),
    });
    const response = bogusResponse(options.challenge);
    await expectProblem(api.registerPasskey({ registrationId, name: 'Laptop', response }), 'passkey_failed');
    await expectProblem(api.registerPasskey({ registrationId, name: 'Laptop', response }), 'challenge_expired');
    assert.deepEqual((await api.getSecurityOverview({})).passkeys, []);
  });

  it("refuses an expired registration, and another user's", async () => {
    const owner = await signedIn();
    const other = await signedIn();
    const first = await owner.session.api.passkeyRegistrationOptions({
      verificationToken: await verifiedFor(owner, 'register_passkey'),
    });
    await expectProblem(
      other.session.api.registerPasskey({ registrationId: first.registrationId, name: 'Key', response: bogusResponse(first.options.challenge) }),
      'challenge_expired',
    );
    const second = await owner.session.api.passkeyRegistrationOptions({
      verificationToken: await verifiedFor(owner, 'register_passkey'),
    });
    await testing.advanceClock({ seconds: 5 * 60 + 1 });
    await expectProblem(
      owner.session.api.registerPasskey({ registrationId: second.registrationId, name: 'Key', response: bogusResponse(second.options.challenge) }),
      'challenge_expired',
    );
  });

  it('checks the name: 1 to 64 characters (trimmed), on the wire', async () => {
    const { token } = (await signedIn()).session;
    for (const name of ['x'.repeat(65), '', '   ']) await expectFieldRefused('renamePasskey', { id: 'abc', name }, 'name', { token });
    // A name of 64 characters is fine: the passkey is then looked for, and not found.
    expectProblemResponse(await rawCall('renamePasskey', { id: 'abc', name: 'x'.repeat(64) }, { token }), 'not_found');
  });

  it('answers not_found for a passkey the account does not have', async () => {
    const signed = await signedIn();
    const { api } = signed.session;
    await expectProblem(api.renamePasskey({ id: 'no-such-passkey', name: 'Phone' }), 'not_found');
    await expectProblem(api.removePasskey({ id: 'no-such-passkey', verificationToken: 'x' }), 'not_found');
  });
});

describe('security: passkey round trip (software authenticator)', () => {
  it('registers, lists, excludes, renames and removes a passkey', async () => {
    // With an authenticator, step-up asks for its code rather than for the passkey (which verifiedFor cannot sign).
    const signed = await signedIn({ totp: true });
    const { api } = signed.session;
    const authenticator = new SoftAuthenticator(passkeyOrigin);
    const first = await api.passkeyRegistrationOptions({ verificationToken: await verifiedFor(signed, 'register_passkey') });
    const registration = await authenticator.register(first.options);
    const key = { id: registration.id };
    const passkey = await api.registerPasskey({ registrationId: first.registrationId, name: '  Work laptop  ', response: registration });
    assert.equal(passkey.id, key.id);
    assert.equal(passkey.name, 'Work laptop', 'the name is trimmed');
    assert.equal(passkey.lastUsedAt, null);
    const overview = await api.getSecurityOverview({});
    assert.deepEqual(overview.passkeys, [passkey]);
    assert.equal(overview.withdrawalLock, null, 'adding a passkey does not lock withdrawals');

    const next = await api.passkeyRegistrationOptions({ verificationToken: await verifiedFor(signed, 'register_passkey') });
    assert.deepEqual(next.options.excludeCredentials?.map((c) => c.id), [key.id]);
    await expectProblem(
      api.registerPasskey({
        registrationId: next.registrationId,
        name: 'Again',
        // An authenticator that ignored excludeCredentials: the backend must refuse the same credential again.
        response: await authenticator.register(next.options, { reuse: key.id }),
      }),
      'already_bound',
    );

    const renamed = await api.renamePasskey({ id: key.id, name: 'Phone' });
    assert.equal(renamed.name, 'Phone');
    assert.equal((await api.getSecurityOverview({})).passkeys[0]?.name, 'Phone');

    await expectProblem(api.removePasskey({ id: key.id }), 'step_up_required');
    await expectProblem(api.removePasskey({ id: key.id, verificationToken: 'not-a-token' }), 'verification_invalid');
    const token = await verifiedFor(signed, 'remove_passkey');
    await api.removePasskey({ id: key.id, verificationToken: token });
    assert.deepEqual((await api.getSecurityOverview({})).passkeys, []);
    await expectProblem(api.removePasskey({ id: key.id, verificationToken: token }), 'not_found');
  });
});

describe('security: the last way in of a passwordless account', () => {
  it('refuses to remove the only passkey of an account without a password (last_factor), before the token', async () => {
    const account = await createAccount({ phone: null, passwordless: true });
    const { token } = await testing.createTestSession({ userId: account.userId });
    const session = { api: api(token), token, session: await api(token).getSession({}) };
    const authenticator = new SoftAuthenticator(passkeyOrigin);
    const signed: Signed = { account, session, who: { email: account.email, phone: null, totpSecret: null, passkeys: authenticator } };
    const { api: client } = signed.session;
    const first = await client.passkeyRegistrationOptions({ verificationToken: await verifiedFor(signed, 'register_passkey') });
    const only = await client.registerPasskey({ registrationId: first.registrationId, name: 'Only', response: await authenticator.register(first.options) });

    // Its own check comes first: even with a good token, and the token stays unspent.
    const removal = await verifiedFor(signed, 'remove_passkey');
    await expectProblem(client.removePasskey({ id: only.id, verificationToken: removal }), 'last_factor');
    await expectProblem(client.removePasskey({ id: only.id }), 'last_factor');

    // With a second passkey, the first one may go (with the token the refusal left unspent).
    const next = await client.passkeyRegistrationOptions({ verificationToken: await verifiedFor(signed, 'register_passkey') });
    await client.registerPasskey({ registrationId: next.registrationId, name: 'Spare', response: await authenticator.register(next.options) });
    await client.removePasskey({ id: only.id, verificationToken: removal });
    assert.deepEqual((await client.getSecurityOverview({})).passkeys.map((p) => p.name), ['Spare']);
    assert.equal((await client.getSecurityOverview({})).password, null, 'a passwordless account has no password to show');
  });
});
