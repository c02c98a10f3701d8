// A signed-in session in the in-page reference backend: a client through it, the testing rows, and sign-in
// helpers for the seeded accounts, for suites of elements that run after sign-in (step-up, security settings).
import { TOTP, Secret } from 'otpauth';
import { createClient, createClientFor } from '../../../src/client/index.js';
import { testingEndpoints } from '../../../src/contract/index.js';
import { createDemoFetch, DEMO_BASE_URL } from '../../../demo/browser/index.js';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../../demo/core/seed.js';

export function demoBackend() {
  const demo = createDemoFetch();
  const client = createClient({ baseUrl: DEMO_BASE_URL, fetch: demo.fetch });
  const testing = createClientFor(testingEndpoints, { baseUrl: DEMO_BASE_URL, fetch: demo.fetch });

  /** The authenticator code at the backend's clock, from the seeded demo secret. */
  async function totpCode(secret = DEMO_TOTP_SECRET): Promise<string> {
    const { now } = await testing.readClock();
    return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: Date.parse(now) });
  }

  /** The last code sent to `to` (SMS or e-mail), from the dev outbox. */
  async function outboxCode(to: string): Promise<string> {
    const { messages } = await testing.readOutbox({ to });
    const last = messages.at(-1);
    if (!last) throw new Error(`no message to ${to}`);
    return last.code;
  }

  /** Signs in as a seeded account (its second factor answered with its authenticator or the outbox). */
  async function signInAs(email: string, password = DEMO_PASSWORD): Promise<void> {
    const result = await client.signIn({ identifier: { type: 'email', email }, password });
    if (result.status === 'signed_in') return;
    const { challenge } = result;
    if (challenge.methods.includes('totp')) {
      await client.verifySignInCode({ challengeId: challenge.id, method: 'totp', code: await totpCode() });
      // The code of this 30 s window is spent now; step the clock so the next test's code is fresh.
      await testing.advanceClock({ seconds: 30 });
      return;
    }
    if (!challenge.methods.includes('email')) throw new Error(`signInAs: ${email} needs a code this helper cannot read`);
    await client.sendSignInCode({ challengeId: challenge.id, channel: 'email' });
    await client.verifySignInCode({ challengeId: challenge.id, method: 'email', code: await outboxCode(email) });
  }

  return { demo, client, testing, totpCode, outboxCode, signInAs };
}

export type DemoBackend = ReturnType<typeof demoBackend>;
export { DEMO_PASSWORD };
