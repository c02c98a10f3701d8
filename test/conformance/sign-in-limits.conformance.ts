import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ErrorCode } from '../../src/contract/index.js';
import {
  api,
  captcha,
  challengeOf,
  createAccount,
  expectProblem,
  expectProblemResponse,
  identifierOf,
  rawCall,
  testing,
  totpCode,
  uniqueEmail,
  type TestAccount,
} from './harness.js';

/*
 * The sign-in limits as an attacker meets them: bursts of parallel requests (`atomic-limits`), guesses spread over
 * many identifiers from one client (`per-client-limit`), and second-factor guesses over many challenges
 * (`second-factor-limit`). Requests go raw, so each answer is read as sent; every request names its client
 * (`X-Tillit-Test-Client`), so the per-client counts of one test never meet another's.
 */

const wrong = 'not-the-password-1';
const clientTag = Date.now().toString(36);
let clients = 0;
/** A client of its own for one test: the suite's requests otherwise each come from a different one. */
const newClient = (): Record<string, string> => ({ 'x-tillit-test-client': `limits-${clientTag}-${clients++}` });

function attempt(identifierOrAccount: TestAccount | string, password: string, headers: Record<string, string>, captchaToken?: string) {
  const identifier =
    typeof identifierOrAccount === 'string' ? { type: 'email', email: identifierOrAccount } : identifierOf(identifierOrAccount);
  return rawCall('signIn', { identifier, password, ...(captchaToken ? { captchaToken } : {}) }, { headers });
}

/** What each answer was: `signed_in`, `second_factor_required` or the problem code; each problem checked. */
async function outcome(response: Response): Promise<string> {
  if (response.status === 200) return ((await response.clone().json()) as { status: string }).status;
  const { code } = (await response.clone().json()) as { code: ErrorCode };
  expectProblemResponse(response, code);
  return code;
}

function tally(outcomes: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of outcomes) counts[o] = (counts[o] ?? 0) + 1;
  return counts;
}

async function burst(n: number, send: (i: number) => Promise<Response>): Promise<Record<string, number>> {
  return tally(await Promise.all(Array.from({ length: n }, (_, i) => send(i).then(outcome))));
}

describe('sign-in: limits under a burst', () => {
  it('[rule: atomic-limits] 20 parallel wrong attempts without a captcha get exactly 2 passwords checked', async () => {
    // Three accounts at once, so the bursts overlap: a race shows however the requests happen to interleave.
    const accounts = await Promise.all([createAccount(), createAccount(), createAccount()]);
    const counts = await Promise.all(accounts.map((account) => burst(20, () => attempt(account, wrong, newClient()))));
    for (const count of counts) assert.deepEqual(count, { invalid_credentials: 2, captcha_required: 18 });
  });

  it('[rule: atomic-limits] a right password in the burst does not buy the others a check', async () => {
    const account = await createAccount();
    const client = newClient();
    const counts = await burst(20, (i) => attempt(account, i === 19 ? account.password : wrong, client));
    const checked = (counts['invalid_credentials'] ?? 0) + (counts['signed_in'] ?? 0);
    // Two failures in a row and the rest need a captcha; a success between them starts the count again, once.
    assert.ok((counts['invalid_credentials'] ?? 0) <= 3 && checked <= 4, `passwords checked: ${JSON.stringify(counts)}`);
    assert.equal((counts['captcha_required'] ?? 0) + checked, 20, JSON.stringify(counts));
  });

  it('[rule: atomic-limits] with captchas, the 8th failure locks: a burst gets exactly 6 more passwords checked', async () => {
    const account = await createAccount();
    const client = newClient();
    for (let i = 0; i < 2; i++) assert.equal(await outcome(await attempt(account, wrong, client)), 'invalid_credentials');
    // 18 more: the 20 attempts per identifier the window allows. Failures 3 to 7, then the 8th locks.
    const tokens = await Promise.all(Array.from({ length: 18 }, () => captcha()));
    const counts = await burst(18, (i) => attempt(account, wrong, client, tokens[i]));
    assert.deepEqual(counts, { invalid_credentials: 5, account_locked: 13 });
  });

  it('[rule: atomic-limits] parallel wrong codes of one challenge get at most 5 checked', async () => {
    const account = await createAccount({ totp: true });
    const { id } = await challengeOf(account);
    const right = await totpCode(account.totpSecret!);
    const bad = right === '000000' ? '111111' : '000000';
    const counts = await burst(12, () => rawCall('verifySignInCode', { challengeId: id, method: 'totp', code: bad }));
    assert.equal(counts['invalid_code'], 4, JSON.stringify(counts));
    assert.equal(counts['too_many_attempts'], 1, JSON.stringify(counts));
    assert.equal(counts['challenge_expired'], 7, JSON.stringify(counts));
  });
});

describe('sign-in: limits per client', () => {
  it('[rule: per-client-limit] after 10 failures from one client, every sign-in from it needs a captcha', async () => {
    const client = newClient();
    for (let i = 0; i < 10; i++) {
      assert.equal(await outcome(await attempt(uniqueEmail('stuffing'), wrong, client)), 'invalid_credentials', `guess ${i + 1}`);
    }
    // A fresh identifier, even a real account with its right password: the client must pass the robot check now.
    assert.equal(await outcome(await attempt(uniqueEmail('stuffing'), wrong, client)), 'captcha_required');
    const account = await createAccount();
    assert.equal(await outcome(await attempt(account, account.password, client)), 'captcha_required');
    assert.equal(await outcome(await attempt(account, account.password, client, await captcha())), 'signed_in');
    // Another client is not affected.
    assert.equal(await outcome(await attempt(uniqueEmail('stuffing'), wrong, newClient())), 'invalid_credentials');
  });

  it('[rule: per-client-limit] more than 60 attempts from one client in 15 minutes answer rate_limited', async () => {
    const client = newClient();
    const outcomes: string[] = [];
    for (let i = 0; i < 61; i++) outcomes.push(await outcome(await attempt(uniqueEmail('spray'), wrong, client)));
    assert.ok(!outcomes.slice(0, 60).includes('rate_limited'), `limited too soon: ${outcomes.indexOf('rate_limited') + 1}`);
    assert.equal(outcomes[60], 'rate_limited');
  });
});

describe('sign-in: second-factor guesses per account', () => {
  it('[rule: second-factor-limit] wrong codes count across challenges: after 10, rate_limited whatever the code', async () => {
    const account = await createAccount({ totp: true });
    const secret = account.totpSecret!;
    const wrongCode = async () => {
      const right = await totpCode(secret);
      return right === '000000' ? '111111' : '000000';
    };
    for (let round = 0; round < 2; round++) {
      const { id } = await challengeOf(account);
      for (let i = 0; i < 4; i++) await expectProblem(api().verifySignInCode({ challengeId: id, method: 'totp', code: await wrongCode() }), 'invalid_code');
      await expectProblem(api().verifySignInCode({ challengeId: id, method: 'totp', code: await wrongCode() }), 'too_many_attempts');
    }
    const { id } = await challengeOf(account);
    const limited = await expectProblem(api().verifySignInCode({ challengeId: id, method: 'totp', code: await totpCode(secret) }), 'rate_limited');
    assert.ok(limited.retryAfter! > 0 && limited.retryAfter! <= 15 * 60, `retryAfter ${limited.retryAfter}`);
    await testing.advanceClock({ seconds: limited.retryAfter! });
    const next = await challengeOf(account);
    const done = await api().verifySignInCode({ challengeId: next.id, method: 'totp', code: await totpCode(secret) });
    assert.equal(done.status, 'signed_in');
  });
});
