import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient, isTillitError } from '../../../src/client/index.js';
import type { SignInResult, TillitClient } from '../../../src/client/index.js';
import { endpoints } from '../../../src/contract/index.js';
import { fakeFetch, json, rejectionOf } from './fixtures.js';

/** Compile-time equality: `Expect<Equal<A, B>>` fails `tsc` when A and B differ. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

type Client = TillitClient;
export type SignInResolves = Expect<Equal<Awaited<ReturnType<Client['signIn']>>, SignInResult>>;
export type SignOutResolvesVoid = Expect<Equal<Awaited<ReturnType<Client['signOut']>>, void>>;
export type SignInTakesItsInput = Expect<
  Equal<Parameters<Client['signIn']>[0]['identifier'], { type: 'email'; email: string } | { type: 'phone'; phone: string }>
>;

describe('createClient over the contract', () => {
  it('has exactly one method per endpoint row', () => {
    const client = createClient({ baseUrl: '' });
    assert.deepEqual(Object.keys(client).sort(), Object.keys(endpoints).sort());
    for (const name of Object.keys(endpoints)) assert.equal(typeof client[name as keyof typeof client], 'function');
    // Frameworks probe objects they are handed (Lit's directive check, promise resolution): nothing else answers.
    assert.equal((client as unknown as Record<string, unknown>)['_$litDirective$'], undefined);
    assert.equal((client as unknown as Record<string, unknown>)['then'], undefined);
  });

  it('calls a real row: signIn posts to /v1/sign-in and parses a second-factor challenge', async () => {
    const challenge = {
      status: 'second_factor_required',
      challenge: {
        id: 'c1',
        methods: ['totp', 'sms'],
        preferredMethod: 'totp',
        destinations: { sms: '+46 •••• ••12' },
        expiresAt: '2026-11-27T15:00:00Z',
      },
    };
    const { fetch, calls } = fakeFetch(() => json(challenge));
    const client = createClient({ baseUrl: 'https://api.example.com', fetch });
    const result = await client.signIn({ identifier: { type: 'email', email: 'a@example.com' }, password: 'pw' });
    assert.equal(result.status, 'second_factor_required');
    if (result.status === 'second_factor_required') assert.deepEqual(result.challenge.methods, ['totp', 'sms']);
    assert.equal(calls[0]?.url, 'https://api.example.com/v1/sign-in');
    assert.equal(calls[0]?.method, 'POST');

    // @ts-expect-error: the input type comes from the row, so a missing password does not compile
    await client.signIn({ identifier: { type: 'email', email: 'a@example.com' } }).catch(() => undefined);
    // @ts-expect-error: a row with required input cannot be called without it (getSession, with none, can)
    await client.signIn().catch(() => undefined);
    await client.getSession().catch(() => undefined);
    // @ts-expect-error: and methods that are not rows do not exist
    assert.equal(client.notAnEndpoint, undefined);
  });
});

describe('createClient validates with the compiled contract', () => {
  it('refuses a bad input as validation_failed with the field errors, and sends nothing', async () => {
    const { fetch, calls } = fakeFetch(() => json({}));
    const client = createClient({ baseUrl: 'https://api.example.com', fetch });
    const input = { identifier: { type: 'email', email: 'not-an-email' }, password: '', extra: 1 } as never;
    const error = await rejectionOf(client.signIn(input));
    assert.ok(isTillitError(error) && error.code === 'validation_failed');
    assert.deepEqual(error.fields, [
      { path: 'identifier.email', code: 'invalid_format' },
      { path: 'password', code: 'required' },
    ]);
    assert.match(error.message, /identifier\.email: invalid_format, password: required/);
    assert.equal(error.cause, undefined, 'no zod error behind it: the browser client runs no zod');
    assert.equal(calls.length, 0);
  });

  it('sends the parsed input: unknown keys stripped, words trimmed and lower-cased as the contract says', async () => {
    const { fetch, calls } = fakeFetch(() => json({ issuedAt: '2026-11-27T15:00:00Z', confirmedAt: '2026-11-27T15:00:00Z' }));
    const client = createClient({ baseUrl: '', fetch });
    const words = [0, 4, 9].map((index) => ({ index, word: ' Apple ', note: 'dropped' }));
    await client.confirmRecoveryPhrase({ phraseId: 'p1', words } as never);
    assert.deepEqual(JSON.parse(String(calls[0]?.body)), { words: [0, 4, 9].map((index) => ({ index, word: 'apple' })) });
  });

  it("refuses an answer that breaks the row's output as invalid_response, naming what is wrong", async () => {
    const { fetch } = fakeFetch(() => json({ status: 'signed_in', session: { expiresAt: 'tomorrow' } }));
    const client = createClient({ baseUrl: '', fetch });
    const error = await rejectionOf(client.signIn({ identifier: { type: 'email', email: 'a@example.com' }, password: 'pw' }));
    assert.ok(isTillitError(error) && error.code === 'invalid_response');
    assert.equal(error.status, 200);
    assert.deepEqual(error.fields, []);
    assert.match(error.message, /session\.user: required, session\.expiresAt: invalid_format/);
  });

  it('reads a problem answer through the compiled problem validator', async () => {
    const body = { type: 'https://tillit.dev/problems/invalid_code', title: 'Wrong code', status: 422, code: 'invalid_code', attemptsRemaining: 2 };
    const { fetch } = fakeFetch(() => new Response(JSON.stringify(body), { status: 422 }));
    const client = createClient({ baseUrl: '', fetch });
    const error = await rejectionOf(client.verifySignInCode({ challengeId: 'c1', method: 'totp', code: '123456' }));
    assert.ok(isTillitError(error) && error.code === 'invalid_code');
    assert.equal(error.problem?.attemptsRemaining, 2);
    const broken = fakeFetch(() => new Response(JSON.stringify({ ...body, status: 'x' }), { status: 422 }));
    const fallback = await rejectionOf(createClient({ baseUrl: '', fetch: broken.fetch }).verifySignInCode({ challengeId: 'c1', method: 'totp', code: '123456' }));
    assert.ok(isTillitError(fallback) && fallback.code === 'invalid_response' && fallback.problem === undefined, 'not a problem document: the status decides');
  });
});
