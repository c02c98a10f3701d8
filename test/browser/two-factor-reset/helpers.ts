// Shared set-up for the <two-factor-reset> suites: an in-page reference backend, a TOTP account signed in up to
// its second factor (the challenge <login-form> hands over), and mounting the element with it.
import { fixture, html } from '@open-wc/testing';
import { createClient } from '../../../src/client/index.js';
import { DEMO_BASE_URL } from '../../../demo/browser/index.js';
import '../../../src/elements/two-factor-reset/define.js';
// The phrase and request steps load when chosen; fetched here once, as a warm browser cache would have them (the
// dev server compiles them on first request, which on a loaded machine ate the first test's time).
await import('../../../src/elements/two-factor-reset/later-steps.js');
import type { TwoFactorReset } from '../../../src/elements/two-factor-reset/two-factor-reset.js';
import type { LostTwoFactorChallenge } from '../../../src/events/lost-two-factor.js';
import type { TwoFactorResetTicket } from '../../../src/events/two-factor-reset-requested.js';
import { settle, type Backend } from '../password-reset/helpers.js';

export { backend, buttonNamed, heading, idle, intro, oneEvent, q, settle, shadow, submit, summary, text, type } from '../password-reset/helpers.js';
export type { Backend };

export const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
let n = 0;

/** A fresh account with an authenticator, signed in with its password up to the second factor. */
export async function lostAuthenticator(be: Backend, extra: { phone?: string } = {}) {
  n += 1;
  const email = `lost${n}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const user = await be.testing.createTestAccount({ email, password: 'correct horse battery', totpSecret: SECRET, ...extra });
  const answer = await be.client.signIn({ identifier: { type: 'email', email }, password: 'correct horse battery', captchaToken: (await be.testing.issueCaptchaToken({})).token });
  if (answer.status !== 'second_factor_required') throw new Error('expected a second factor');
  const challenge: LostTwoFactorChallenge = { id: answer.challenge.id, expiresAt: answer.challenge.expiresAt };
  return { user, email, challenge };
}

export async function mount(be: Backend, props: { challenge?: LostTwoFactorChallenge; ticket?: TwoFactorResetTicket; lang?: string } = {}) {
  const el = await fixture<TwoFactorReset>(html`
    <two-factor-reset .client=${be.client} .challenge=${props.challenge} .ticket=${props.ticket} lang=${props.lang ?? 'en'}></two-factor-reset>
  `);
  await settle(el);
  return el;
}

/** The authenticator code at the backend's clock (the next period's, when this one is about to end). */
export async function totpAt(be: Backend, secret = SECRET): Promise<string> {
  const { now } = await be.testing.readClock();
  const at = Date.parse(now);
  const { TOTP, Secret } = await import('otpauth');
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: at });
}

/**
 * An account with an authenticator AND a confirmed recovery phrase (issued after a step-up with the app, in a
 * bearer session of its own), then signed in with its password up to the second factor: the challenge and the words.
 */
export async function withRecoveryPhrase(be: Backend) {
  const { user, email } = await lostAuthenticator(be);
  const { token } = await be.testing.createTestSession({ userId: user.userId });
  const own = createClient({ baseUrl: DEMO_BASE_URL, fetch: be.fetch, getToken: () => token });
  const { stepUpId, factors } = await own.startStepUp({ action: 'issue_recovery_phrase' });
  let verificationToken: string | undefined;
  for (const { factor } of factors) {
    if (factor === 'email') await own.sendStepUpCode({ stepUpId, channel: 'email' });
    const code = factor === 'totp' ? await totpAt(be) : (await be.testing.readOutbox({ to: email })).messages.at(-1)!.code;
    ({ verificationToken } = await own.verifyStepUp({ stepUpId, factor: factor as 'totp' | 'email', code }));
  }
  const phrase = await own.issueRecoveryPhrase({ verificationToken: verificationToken! });
  await own.confirmRecoveryPhrase({ phraseId: phrase.phraseId, words: phrase.confirmIndexes.map((index) => ({ index, word: phrase.words[index]! })) });
  const answer = await be.client.signIn({ identifier: { type: 'email', email }, password: 'correct horse battery', captchaToken: (await be.testing.issueCaptchaToken({})).token });
  if (answer.status !== 'second_factor_required') throw new Error('expected a second factor');
  return { user, email, words: phrase.words, challenge: { id: answer.challenge.id, expiresAt: answer.challenge.expiresAt } };
}
