import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClient } from '../../../src/client/index.js';
import type { SignInResult, TillitClient } from '../../../src/client/index.js';
import { endpoints } from '../../../src/contract/index.js';
import { fakeFetch, json } from './fixtures.js';

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
