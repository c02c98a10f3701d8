import assert from 'node:assert/strict';
import { createClient, createClientFor } from '../../src/client/index.js';
import { testingEndpoints, type Identifier, type SensitiveAction, type Session, type SignInResult } from '../../src/contract/index.js';
import { judgeAnswer } from './support/answers.js';
import { baseUrl as targetUrl, rowEntryFor, target } from './support/backend.js';
import { recordExchange } from './support/coverage.js';
import { validateAgainstOpenApi } from './support/openapi-traffic.js';
import { tracked } from './support/problems.js';
import { onRecorded, recordingFetch } from './support/recording-fetch.js';
import { newTotpSecret, stepOf, totpAtStep } from './support/totp.js';
import type { SoftAuthenticator } from '../support/soft-authenticator.js';

export {
  assertProblemAnswer,
  expectFieldRefused,
  expectProblem,
  expectProblemResponse,
  rawCall,
  type ProblemError,
} from './support/problems.js';
export { rowEntryFor } from './support/backend.js';

/*
 * What every flow's `*.conformance.ts` file builds on. Everything goes over HTTP: through the typed client for
 * what it can send, `rawCall` for inputs the contract refuses, `rawFetch` for bodies and headers of any kind. So the
 * same suite judges any backend, and every answer it gets is judged too (declared codes, openapi.json).
 */

/** The backend under test: `TILLIT_CONTRACT_URL`, or the in-process reference backend. */
export const baseUrl = targetUrl;
export const targetLabel = target.label;
/** Called once by run.test.ts after the last test. */
export const stopTarget = (): Promise<void> => target.stop();

// Every answer counts towards its row's coverage, and is held against the declared codes and openapi.json.
onRecorded((exchange) => {
  const entry = rowEntryFor(exchange.method, exchange.url);
  recordExchange(entry, exchange);
  judgeAnswer(exchange, entry);
  validateAgainstOpenApi(exchange, entry);
});

// No retries: a suite must see every 429 and 503 as the backend sent it.
const clientOptions = { baseUrl, fetch: recordingFetch, retry: { retries: 0 } };

/** A bearer-mode client of the product endpoints; signed in when given a token. */
export function api(token?: string) {
  return tracked(createClient({ ...clientOptions, getToken: () => token ?? null }));
}
export type Api = ReturnType<typeof api>;

/**
 * The testing-mode rows: fixtures, outbox, clock, captcha, identity provider, review decisions. `withToken` gives
 * the same rows sent as a signed-in user (bearer), for testing rows that act on the caller's session.
 */
export const testing = {
  ...tracked(createClientFor(testingEndpoints, clientOptions)),
  withToken: (token: string) => tracked(createClientFor(testingEndpoints, { ...clientOptions, getToken: () => token })),
};

/** Any request, as is: for bodies and headers the typed client would never send. */
export function rawFetch(method: string, path: string, init: RequestInit = {}): Promise<Response> {
  return recordingFetch(baseUrl + path, { ...init, method });
}

export interface AccountSpec {
  /** `null` leaves it out; left undefined, a unique one is made up. */
  email?: string | null;
  phone?: string | null;
  password?: string;
  displayName?: string;
  /** Bind an authenticator: `true` for a fresh secret, or the base32 secret to use. */
  totp?: boolean | string;
  totpSecret?: string;
  smsTwoFactor?: boolean;
  emailTwoFactor?: boolean;
  kycLevel?: 0 | 1 | 2;
  /** No password at all: the account signs in by passkey or Google/Apple (fixtures use `createTestSession`). */
  passwordless?: true;
}

export interface TestAccount {
  userId: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  password: string;
  totpSecret: string | null;
}

let made = 0;
const runTag = Date.now().toString(36);
/** Unique within a run and across runs, so the suite can run again against a long-lived backend. */
export function uniqueEmail(tag = 'user'): string {
  return `${tag}-${runTag}-${(made++).toString(36)}@example.com`;
}
export function uniquePhone(): string {
  const [n = 0] = crypto.getRandomValues(new Uint32Array(1));
  return `+4670${String(n % 1e9).padStart(9, '0')}`;
}

/** A fresh account with a unique e-mail and phone unless the spec says otherwise. */
export async function createAccount(spec: AccountSpec = {}): Promise<TestAccount> {
  const { totp, email, phone, ...rest } = spec;
  const totpSecret = spec.totpSecret ?? (typeof totp === 'string' ? totp : totp ? newTotpSecret() : undefined);
  const created = await testing.createTestAccount({
    ...rest,
    ...(email === null ? {} : { email: email ?? uniqueEmail() }),
    ...(phone === null ? {} : { phone: phone ?? uniquePhone() }),
    ...(totpSecret ? { totpSecret } : {}),
  });
  return {
    userId: created.userId,
    displayName: created.displayName,
    email: created.email,
    phone: created.phone,
    // A passwordless account has none: '' never signs in (the schema refuses it before any check).
    password: created.password ?? '',
    totpSecret: created.totpSecret,
  };
}

export function identifierOf(account: Pick<TestAccount, 'email' | 'phone'>): Identifier {
  if (account.email) return { type: 'email', email: account.email };
  assert.ok(account.phone, 'the account has neither e-mail nor phone');
  return { type: 'phone', phone: account.phone };
}

export interface SignedInAccount {
  api: Api;
  token: string;
  session: Session;
}

/** Signs in (bearer mode), answering any second factor with the authenticator or a code from the outbox. */
export async function signIn(account: TestAccount): Promise<SignedInAccount> {
  const anonymous = api();
  const first = await anonymous.signIn({ identifier: identifierOf(account), password: account.password });
  const done = first.status === 'signed_in' ? first : await answerChallenge(anonymous, account, first);
  const { token } = done.session;
  assert.ok(token, 'a bearer-mode sign-in must return session.token');
  return { api: api(token), token, session: done.session };
}

async function answerChallenge(
  client: Api,
  account: TestAccount,
  result: Extract<SignInResult, { status: 'second_factor_required' }>,
) {
  const { id, methods } = result.challenge;
  if (methods.includes('totp') && account.totpSecret) {
    return client.verifySignInCode({ challengeId: id, method: 'totp', code: await freshTotpCode(account.totpSecret) });
  }
  const channel = methods.includes('sms') && account.phone ? 'sms' : 'email';
  const to = channel === 'sms' ? account.phone : account.email;
  assert.ok(methods.includes(channel) && to, `cannot answer a challenge offering ${methods.join(', ')}`);
  await client.sendSignInCode({ challengeId: id, channel });
  return client.verifySignInCode({ challengeId: id, method: channel, code: await outboxCode(to, id) });
}

/** A password sign-in as a browser page makes it (no bearer header): the cookie to send back and the CSRF token. */
export async function cookieSignIn(): Promise<{ account: TestAccount; cookie: string; csrf: string }> {
  const account = await createAccount();
  const response = await rawFetch('POST', '/v1/sign-in', {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: { type: 'email', email: account.email }, password: account.password }),
  });
  assert.equal(response.status, 200);
  const body = (await response.json()) as { status: string; session: { csrfToken?: string; token?: string } };
  const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('tillit_session='));
  assert.ok(setCookie, 'a cookie-mode sign-in sets the tillit_session cookie');
  assert.match(setCookie, /;\s*HttpOnly/i, 'the session cookie is HttpOnly');
  const csrf = response.headers.get('x-csrf-token');
  assert.ok(csrf, 'and sends X-CSRF-Token');
  assert.equal(body.session.csrfToken, csrf);
  assert.equal(body.session.token, undefined, 'the token stays in the cookie');
  const cookie = setCookie.split(';')[0] ?? '';
  return { account, cookie, csrf };
}

/** The newest code sent to `to`, optionally only among messages whose purpose contains `purposePart`. */
export async function outboxCode(to: string, purposePart?: string): Promise<string> {
  const { messages } = await testing.readOutbox({ to });
  const matching = messages.filter((m) => purposePart === undefined || m.purpose.includes(purposePart));
  const last = matching.at(-1);
  assert.ok(last, `no message to ${to}${purposePart ? ` for ${purposePart}` : ''} in the outbox`);
  return last.code;
}

/** The backend's clock in ms (authenticator codes must be computed at its time, not ours). */
export async function serverNow(): Promise<number> {
  return Date.parse((await testing.readClock({})).now);
}

/**
 * Whole seconds from the backend's now until `instant`, rounded up (never negative): what `advanceClock`, which takes
 * whole seconds, needs to reach an instant that may carry fractional seconds.
 */
export async function secondsUntil(instant: string): Promise<number> {
  return Math.max(0, Math.ceil((Date.parse(instant) - (await serverNow())) / 1000));
}

/** The highest 30-second step handed out per secret, so `signIn` never offers a code the backend saw. */
const lastStepGiven = new Map<string, number>();

/**
 * The authenticator code at the backend's time; `offsetSteps: 1` gives the next step's code (still accepted,
 * one step of drift) for replay tests.
 */
export async function totpCode(secret: string, offsetSteps = 0): Promise<string> {
  const step = stepOf(await serverNow()) + offsetSteps;
  lastStepGiven.set(secret, Math.max(step, lastStepGiven.get(secret) ?? 0));
  return totpAtStep(secret, step);
}

/** A code of a step not handed out before (moving the backend clock on a step when both usable ones were). */
export async function freshTotpCode(secret: string): Promise<string> {
  const current = stepOf(await serverNow());
  const next = Math.max(current, (lastStepGiven.get(secret) ?? -1) + 1);
  if (next > current + 1) {
    await testing.advanceClock({ seconds: 30 });
    return freshTotpCode(secret);
  }
  return totpCode(secret, next - current);
}

/** What the user can answer step-up with; tests update it as they bind and unbind. */
export interface Who {
  email: string | null;
  phone: string | null;
  totpSecret: string | null;
  /** A software authenticator holding the account's passkeys, for a step-up that asks for one. */
  passkeys?: SoftAuthenticator;
}

/** A signed-in account, with what it can answer step-up with now. */
export interface Signed {
  who: Who;
  session: SignedInAccount;
  account: TestAccount;
}

/**
 * A fresh account signed in (bearer). Unlike `createAccount` it has no phone unless the spec gives one, since
 * most step-up and security rules depend on exactly which contacts are bound.
 */
export async function signedIn(spec: AccountSpec = {}): Promise<Signed> {
  const account = await createAccount({ phone: null, ...spec });
  const session = await signIn(account);
  return { account, session, who: { email: account.email, phone: account.phone, totpSecret: account.totpSecret } };
}

/**
 * Signs in again with the contacts bound now. A backend keeps sessions at least 2 hours (CONTRACT.md, Sessions),
 * so a test that moves the clock further and then acts as the user signs in again first.
 */
export async function signInAgain(signed: Signed): Promise<void> {
  signed.session = await signIn({ ...signed.account, ...signed.who });
}

export type StepUpProgress = Awaited<ReturnType<Api['verifyStepUp']>>;

/**
 * Walks a fresh step-up for `action` and returns the answer to its last factor (with `verificationToken`): e-mail
 * and SMS codes from the outbox, the authenticator code at the server's time (a step no earlier call used, since
 * each is accepted once).
 */
export async function passStepUp(client: Api, who: Who, action: SensitiveAction): Promise<StepUpProgress> {
  const { stepUpId, factors } = await client.startStepUp({ action });
  let last: StepUpProgress | undefined;
  for (const { factor } of factors) {
    let code: string;
    if (factor === 'totp') {
      assert.ok(who.totpSecret, 'step-up asks for an authenticator the test did not expect');
      code = await freshTotpCode(who.totpSecret);
    } else if (factor === 'email' || factor === 'sms') {
      const to = factor === 'email' ? who.email : who.phone;
      assert.ok(to, `step-up asks for ${factor} the test did not expect`);
      await client.sendStepUpCode({ stepUpId, channel: factor });
      code = await outboxCode(to, stepUpId);
    } else {
      assert.ok(who.passkeys, 'step-up asks for a passkey the test did not expect');
      const { options } = await client.stepUpPasskeyOptions({ stepUpId });
      last = await client.verifyStepUp({ stepUpId, factor, response: await who.passkeys.authenticate(options) });
      continue;
    }
    last = await client.verifyStepUp({ stepUpId, factor, code });
  }
  assert.ok(last, `step-up for ${action} asked for no factor`);
  return last;
}

/** Walks step-up for `action` (see `passStepUp`) and returns the `verificationToken`. */
export async function verifiedFor(signed: Signed, action: SensitiveAction): Promise<string> {
  const { verificationToken } = await passStepUp(signed.session.api, signed.who, action);
  assert.ok(verificationToken, `step-up for ${action} gave no verificationToken`);
  return verificationToken;
}

/** A password sign-in of an account with 2FA, stopped at its second-factor challenge: the challenge. */
export async function challengeOf(account: TestAccount) {
  const result = await api().signIn({ identifier: identifierOf(account), password: account.password });
  assert.equal(result.status, 'second_factor_required', 'the account has a second factor');
  return result.challenge;
}

/** Issues and confirms a recovery phrase for a signed-in account; its 12 words. */
export async function activeRecoveryPhrase(signed: Signed): Promise<string[]> {
  const { api: client } = signed.session;
  const phrase = await client.issueRecoveryPhrase({ verificationToken: await verifiedFor(signed, 'issue_recovery_phrase') });
  const words = phrase.confirmIndexes.map((index) => ({ index, word: phrase.words[index]! }));
  await client.confirmRecoveryPhrase({ phraseId: phrase.phraseId, words });
  return phrase.words;
}

export const captcha = async (): Promise<string> => (await testing.issueCaptchaToken({})).token;

export const byEmail = (email: string) => ({ type: 'email' as const, email });

/** An assertion-shaped passkey response that no authenticator made: it passes the schema and never verifies. */
export const unsignedAssertion = {
  id: 'AAAAAAAAAAAAAAAAAAAAAA',
  rawId: 'AAAAAAAAAAAAAAAAAAAAAA',
  type: 'public-key' as const,
  clientExtensionResults: {},
  response: { clientDataJSON: 'e30', authenticatorData: 'AAAA', signature: 'AAAA' },
};

export const DAY = 86_400;
/** How long a 2FA or contact change (or a password reset) stops withdrawals. */
export const LOCK_SECONDS = DAY;
/** How long an unbound e-mail or phone cannot be bound again. */
export const COOLDOWN_SECONDS = 30 * DAY;

/** An ISO instant in seconds. */
export const seconds = (iso: string): number => Date.parse(iso) / 1000;

/** Asserts an instant is `afterSeconds` after `fromMs`, give or take a few seconds of request time. */
export function assertAbout(instant: string | null | undefined, fromMs: number, afterSeconds: number): void {
  assert.ok(instant, 'expected an instant');
  const delta = Date.parse(instant) - (fromMs + afterSeconds * 1000);
  assert.ok(Math.abs(delta) <= 5000, `${instant} is ${delta / 1000} s off now + ${afterSeconds} s`);
}
