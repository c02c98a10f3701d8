/**
 * The attack trial: what an attacker gets from a backend, measured and printed (not pass/fail; the conformance
 * suite judges). Against `TILLIT_CONTRACT_URL` in test mode, or the in-process reference backend by default.
 *
 *   npm run attack-trial
 */
import type { ErrorCode } from '../src/contract/index.js';
import {
  api,
  captcha,
  createAccount,
  identifierOf,
  rawCall,
  rawFetch,
  signIn,
  stopTarget,
  targetLabel,
  testing,
  totpCode,
  uniqueEmail,
  type TestAccount,
} from '../test/conformance/harness.js';
import { pageOrigin } from '../test/conformance/support/target.js';

const wrong = 'not-the-password-1';
let clients = 0;
const client = (): Record<string, string> => ({ 'x-tillit-test-client': `attacker-${Date.now().toString(36)}-${clients++}` });

/** `signed_in`, `second_factor_required`, another 2xx status, or the problem code of an answer. */
async function outcome(response: Response): Promise<string> {
  const body = (await response.json().catch(() => ({}))) as { status?: unknown; code?: ErrorCode };
  if (response.ok) return typeof body.status === 'string' ? body.status : `http ${response.status}`;
  return body.code ?? `http ${response.status}`;
}

function tally(outcomes: string[]): string {
  const counts = new Map<string, number>();
  for (const o of outcomes) counts.set(o, (counts.get(o) ?? 0) + 1);
  return [...counts].map(([o, n]) => `${o} ×${n}`).join(', ');
}

const attempt = (account: TestAccount | string, password: string, headers: Record<string, string>, captchaToken?: string) =>
  rawCall(
    'signIn',
    {
      identifier: typeof account === 'string' ? { type: 'email', email: account } : identifierOf(account),
      password,
      ...(captchaToken ? { captchaToken } : {}),
    },
    { headers },
  );

const report: [string, string][] = [];
const note = (attack: string, result: string): void => {
  report.push([attack, result]);
  console.log(`- ${attack}\n    ${result}`);
};

async function foreignReturnTo(): Promise<void> {
  const urls = ['https://evil.example/cb', 'http://localhost.evil.example:8787/', 'http://localhost:8787@evil.example/', 'javascript:alert(1)', 'data:text/html,x'];
  const answers = await Promise.all(urls.map((returnTo) => rawCall('startSocialSignIn', { provider: 'google', returnTo }).then(outcome)));
  note('foreign returnTo (5 URLs off the exchange\'s origin)', `accepted ${answers.filter((a) => a.startsWith('http 2')).length}/5: ${tally(answers)}`);
}

async function leakedCode(): Promise<void> {
  const account = await createAccount();
  const subject = `victim-${account.userId}`;
  await testing.linkSocialIdentity({ userId: account.userId, provider: 'google', subject });
  // The victim's browser starts; the code and state leak (a log, a Referer); the attacker finishes in another browser.
  const start = await rawFetch('POST', '/v1/sign-in/social/google/start', {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ returnTo: `${pageOrigin}/cb` }),
  });
  const { state } = (await start.json()) as { state: string };
  const { code } = await testing.authorizeSocial({ provider: 'google', state, subject });
  const stolen = await rawFetch('POST', '/v1/sign-in/social/google/finish', {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ state, code }),
  });
  note('leaked code + state finished in the attacker\'s browser', await outcome(stolen));

  // Login CSRF: the attacker's own code and state, opened by the victim's browser (which has its own cookie).
  const attacker = await createAccount();
  await testing.linkSocialIdentity({ userId: attacker.userId, provider: 'google', subject: `attacker-${attacker.userId}` });
  const theirs = await api().startSocialSignIn({ provider: 'google', returnTo: `${pageOrigin}/cb` });
  const planted = await testing.authorizeSocial({ provider: 'google', state: theirs.state, subject: `attacker-${attacker.userId}` });
  const victimStart = await rawFetch('POST', '/v1/sign-in/social/google/start', {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ returnTo: `${pageOrigin}/cb` }),
  });
  const cookie = victimStart.headers.getSetCookie().find((c) => c.startsWith('tillit_social='))?.split(';')[0] ?? '';
  const csrf = await rawFetch('POST', '/v1/sign-in/social/google/finish', {
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ state: theirs.state, code: planted.code }),
  });
  note('login CSRF: the attacker\'s return link opened by the victim', await outcome(csrf));
}

async function parallelBursts(): Promise<void> {
  const account = await createAccount();
  const headers = client();
  const wrongBurst = await Promise.all(Array.from({ length: 20 }, () => attempt(account, wrong, headers).then(outcome)));
  note('20 parallel wrong sign-ins, no captcha', `passwords checked: ${wrongBurst.filter((o) => o === 'invalid_credentials').length} (${tally(wrongBurst)})`);

  let signedIn = 0;
  const checked: number[] = [];
  for (let run = 0; run < 5; run++) {
    const victim = await createAccount();
    const h = client();
    const burst = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(victim, i === 19 ? victim.password : wrong, h).then(outcome)));
    if (burst.includes('signed_in')) signedIn++;
    checked.push(burst.filter((o) => o === 'invalid_credentials' || o === 'signed_in').length);
  }
  note('5 runs of 19 wrong + the right password last, in parallel', `signed in ${signedIn}/5 runs; passwords checked per run: ${checked.join(', ')}`);
}

async function credentialStuffing(): Promise<void> {
  const accounts: TestAccount[] = [];
  for (let i = 0; i < 40; i++) accounts.push(await createAccount({ phone: null }));
  const headers = client();
  const started = Date.now();
  const answers: string[] = [];
  for (const account of accounts) for (let i = 0; i < 2; i++) answers.push(await outcome(await attempt(account, `${wrong}-${i}`, headers)));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  note('credential stuffing: 80 wrong guesses over 40 accounts from one client', `passwords checked ${answers.filter((a) => a === 'invalid_credentials').length}/80 in ${seconds} s (${tally(answers)})`);
}

async function totpGuessing(): Promise<void> {
  const account = await createAccount({ totp: true });
  let checked = 0;
  let stoppedBy = '';
  for (let round = 0; round < 20 && !stoppedBy; round++) {
    const signedIn = await attempt(account, account.password, client());
    if (signedIn.status !== 200) {
      stoppedBy = `sign-in ${await outcome(signedIn)}`;
      break;
    }
    const { challenge } = (await signedIn.json()) as { challenge: { id: string } };
    for (let guess = 0; guess < 5; guess++) {
      const right = await totpCode(account.totpSecret!);
      const code = right === '000000' ? '111111' : '000000';
      const answer = await outcome(await rawCall('verifySignInCode', { challengeId: challenge.id, method: 'totp', code }));
      if (answer === 'invalid_code' || answer === 'too_many_attempts') checked++;
      else if (answer === 'rate_limited') stoppedBy = 'rate_limited';
      if (answer !== 'invalid_code') break;
    }
  }
  note('authenticator guessing with the password known, within 15 minutes', `codes checked: ${checked}, then ${stoppedBy || 'no stop'}`);
}

async function enumeration(): Promise<void> {
  const real = await createAccount();
  const shape = async (email: string) => {
    const reset = await api().startPasswordReset({ identifier: { type: 'email', email }, captchaToken: await captcha() });
    return JSON.stringify(reset.channels);
  };
  const ghost = uniqueEmail('ghost');
  const [a, b] = [await shape(real.email!), await shape(ghost)];
  const same = a.replace(/"destination":"[^"]*"/, '') === b.replace(/"destination":"[^"]*"/, '');
  note('password reset start: real account (e-mail + phone) vs unknown identifier', `channels ${same ? 'identical' : 'DIFFER'}: ${a} vs ${b}`);

  // One timed attempt per identifier, each the first for it (later ones would meet the captcha, unhashed).
  const median = (samples: number[]): number => samples.sort((x, y) => x - y)[Math.floor(samples.length / 2)]!;
  const timed = async (identifier: TestAccount | string): Promise<number> => {
    const t0 = performance.now();
    await attempt(identifier, wrong, client());
    return performance.now() - t0;
  };
  const realOnes: TestAccount[] = [];
  for (let i = 0; i < 7; i++) realOnes.push(await createAccount({ phone: null }));
  const realTimes: number[] = [];
  const ghostTimes: number[] = [];
  for (const account of realOnes) {
    realTimes.push(await timed(account));
    ghostTimes.push(await timed(uniqueEmail('ghost')));
  }
  const answers = [await outcome(await attempt(real, wrong, client())), await outcome(await attempt(ghost, wrong, client()))];
  note(
    'sign-in: wrong password vs unknown account',
    `answers ${answers.join(' / ')}; median time of a checked attempt ${median(realTimes).toFixed(0)} ms vs ${median(ghostTimes).toFixed(0)} ms`,
  );
  note('lost-2FA request as a password oracle', 'requestTwoFactorReset and restoreAuthenticator take a sign-in challenge: no password input to probe');
}

async function hugeBody(): Promise<void> {
  let pulled = 0;
  const chunk = new Uint8Array(64 * 1024);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= 100 * 1024 * 1024) return controller.close();
      pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  const response = await rawFetch('POST', '/v1/sign-in', { headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
  note('a 100 MB chunked JSON body', `${await outcome(response)} after ${(pulled / 1048576).toFixed(1)} MB read`);
}

async function stolenStepUpToken(): Promise<void> {
  const account = await createAccount({ phone: null });
  const mine = await signIn(account);
  const thief = await signIn(account);
  const { stepUpId } = await mine.api.startStepUp({ action: 'change_password' });
  await mine.api.sendStepUpCode({ stepUpId, channel: 'email' });
  const { messages } = await testing.readOutbox({ to: account.email! });
  const code = messages.filter((m) => m.purpose.includes(stepUpId)).at(-1)!.code;
  const { verificationToken } = await mine.api.verifyStepUp({ stepUpId, factor: 'email', code });
  const used = await rawCall('changePassword', { currentPassword: account.password, newPassword: 'stolen-token-password-1', verificationToken }, { token: thief.token });
  note('a step-up token used from another session of the user', await outcome(used));
}

console.log(`attack trial against ${targetLabel}\n`);
for (const run of [foreignReturnTo, leakedCode, parallelBursts, credentialStuffing, totpGuessing, enumeration, hugeBody, stolenStepUpToken]) {
  await run();
}
await stopTarget();
