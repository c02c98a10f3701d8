import assert from 'node:assert/strict';
import type { SensitiveAction } from '../../src/contract/index.js';
import {
  createAccount,
  freshTotpCode,
  outboxCode,
  signIn,
  type AccountSpec,
  type SignedInAccount,
  type TestAccount,
} from './harness.js';

export { serverNow, uniqueEmail, uniquePhone } from './harness.js';

/*
 * Shared steps of the security-settings suites: an account with the factors a test needs, signed in, and a way to
 * walk step-up for an action with the codes from the outbox and the authenticator.
 */

/** What the user can answer step-up with; tests update it as they bind and unbind. */
export interface Who {
  email: string | null;
  phone: string | null;
  totpSecret: string | null;
}

export interface Signed {
  who: Who;
  session: SignedInAccount;
  account: TestAccount;
}

/**
 * A fresh account signed in (bearer). Unlike `createAccount` it has no phone unless the spec gives one, since
 * most rules here depend on exactly which contacts are bound.
 */
export async function signedIn(spec: AccountSpec = {}): Promise<Signed> {
  const account = await createAccount({ phone: null, ...spec });
  const session = await signIn(account);
  return { account, session, who: { email: account.email, phone: account.phone, totpSecret: account.totpSecret } };
}

/** Signs in again with the contacts bound now: sessions end while the clock jumps 30 days. */
export async function signInAgain(signed: Signed): Promise<void> {
  signed.session = await signIn({ ...signed.account, ...signed.who });
}

/**
 * Walks step-up for `action` and returns the `verificationToken`: e-mail and SMS codes from the outbox, the
 * authenticator code at the server's time (a step no earlier call used, since each is accepted once).
 */
export async function verifiedFor(signed: Signed, action: SensitiveAction): Promise<string> {
  const { api } = signed.session;
  const { stepUpId, factors } = await api.startStepUp({ action });
  let token: string | undefined;
  for (const { factor } of factors) {
    let code: string;
    if (factor === 'totp') {
      assert.ok(signed.who.totpSecret, 'step-up asks for an authenticator the test did not expect');
      code = await freshTotpCode(signed.who.totpSecret);
    } else if (factor === 'email' || factor === 'sms') {
      const to = factor === 'email' ? signed.who.email : signed.who.phone;
      assert.ok(to, `step-up asks for ${factor} the test did not expect`);
      await api.sendStepUpCode({ stepUpId, channel: factor });
      code = await outboxCode(to, stepUpId);
    } else {
      throw new Error(`verifiedFor cannot answer a ${factor} factor`);
    }
    ({ verificationToken: token } = await api.verifyStepUp({ stepUpId, factor, code }));
  }
  assert.ok(token, `step-up for ${action} gave no verificationToken`);
  return token;
}

/** Asserts an instant is `seconds` after `fromMs`, give or take a few seconds of request time. */
export function assertAbout(instant: string | null | undefined, fromMs: number, seconds: number): void {
  assert.ok(instant, 'expected an instant');
  const delta = Date.parse(instant) - (fromMs + seconds * 1000);
  assert.ok(Math.abs(delta) <= 5000, `${instant} is ${delta / 1000} s off now + ${seconds} s`);
}

export const DAY = 86400;
export const LOCK_SECONDS = 24 * 3600;
export const COOLDOWN_SECONDS = 30 * DAY;
