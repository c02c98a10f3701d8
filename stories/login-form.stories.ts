import type { Meta } from '@storybook/web-components-vite';
import { createClient } from '../src/client/index.js';
import { createClientFor } from '../src/client/create-client-for.js';
import { testingEndpoints } from '../src/contract/index.js';
import type { LocalizedMessages } from '../src/controllers/localize-controller.js';
import type { CodeMessages } from '../src/i18n/code.js';
import type { ErrorMessages } from '../src/i18n/errors.en.js';
import '../src/elements/login-form/define.js';
import type { LoginForm } from '../src/elements/login-form/login-form.js';
import type { loginFormSections } from '../src/elements/login-form/messages.js';
import type { SignInClient } from '../src/elements/login-form/sign-in-client.js';
import { createDemoFetch, DEMO_BASE_URL } from '../demo/browser/index.js';
import { DEMO_PASSWORD } from '../demo/core/seed.js';
import { elementTitle as heading, faulty, frame, opening, problem, storiesFrom, summary, type, until } from './support/drive.js';

/*
 * One story per state of <login-form>. Each builds its own in-page reference backend (createDemoFetch) and, for
 * states past the first step, drives the element the way a person would: types into the light-DOM inputs and
 * submits. Fault states get a client whose fetch answers that fault. Every story says, in `parameters.reached`,
 * how to tell it got there (in whatever language the page is in): the story test waits for exactly that state
 * before it checks accessibility, and fails when the state never comes.
 */

/** The texts of `<login-form>` in the page's language, its error messages included, for the `reached` checks. */
export type LoginFormTexts = LocalizedMessages<typeof loginFormSections> & { readonly errors: ErrorMessages; readonly code: CodeMessages };
export type Reached = (el: LoginForm, t: LoginFormTexts) => boolean;

interface Setup {
  methods?: string;
  identifier?: string;
  prefill?: string;
  client?: SignInClient;
  /** Runs once the element is in the page, to bring it into the story's state. */
  drive?: (el: LoginForm, demo: ReturnType<typeof createDemoFetch> | undefined) => Promise<void>;
  reached: Reached;
}

async function signIn(el: LoginForm, identifier: string, password = DEMO_PASSWORD): Promise<void> {
  await until(() => Boolean(el.querySelector('form')));
  type(el, 'input[type=email]', identifier);
  type(el, 'input[autocomplete=current-password]', password);
  el.querySelector('form')?.requestSubmit();
}

const hasCode = (el: LoginForm) => () => Boolean(el.querySelector('input[autocomplete=one-time-code]'));

const submitDisabled = (el: LoginForm) => el.querySelector<HTMLButtonElement>('button[type=submit]')?.disabled === true;

function render({ methods, identifier, prefill, client, drive }: Setup): HTMLElement {
  // A fault story's client answers the fault itself: it needs no reference backend (which takes a second to seed).
  const demo = client ? undefined : createDemoFetch();
  const el = document.createElement('login-form');
  el.setAttribute('methods', methods ?? 'password passkey google apple');
  el.setAttribute('identifier', identifier ?? 'email phone');
  el.setAttribute('default-country', 'SE');
  if (prefill) el.setAttribute('prefill', prefill);
  el.client = client ?? createClient({ baseUrl: DEMO_BASE_URL, fetch: demo!.fetch });
  el.navigate = (url) => console.info('navigate to', url);
  if (drive) void frame().then(() => drive(el, demo));
  return el;
}

const meta: Meta = {
  title: 'Elements/login-form',
  component: 'login-form',
  parameters: { layout: 'centered' },
};
export default meta;

const story = storiesFrom(render);

export const IdentifierEmail = story({ reached: (el) => Boolean(el.querySelector('input[type=email]')) });
export const IdentifierPhone = story({ identifier: 'phone email', reached: (el) => Boolean(el.querySelector('input[type=tel]')) });
export const Prefilled = story({
  prefill: '+46709876543',
  reached: (el) => el.querySelector<HTMLInputElement>('input[type=tel]')?.value === '+46709876543',
});
export const ValidationErrors = story({
  drive: async (el) => signIn(el, '', ''),
  reached: (el, t) => summary(el).includes(t.identifier.emailRequired) && summary(el).includes(t.password.required),
});
export const PasswordError = story({
  drive: async (el) => signIn(el, 'alva@example.com', 'wrong password'),
  reached: (el, t) => summary(el).includes(t.errors.invalid_credentials),
});
export const BackendFieldErrors = story({
  client: faulty(() => problem('validation_failed', { fields: [{ path: 'identifier.email', code: 'invalid_format' }] })),
  drive: async (el) => signIn(el, 'alva@example.com'),
  reached: (el, t) => summary(el).includes(t.identifier.emailInvalid),
});
export const Locked = story({
  client: faulty(() => problem('account_locked', { lockedUntil: new Date(Date.now() + 900_000).toISOString().replace(/\.\d+Z$/, 'Z') })),
  drive: async (el) => signIn(el, 'alva@example.com'),
  reached: (el, t) => summary(el).includes(opening(t.errors.account_locked({}))) && submitDisabled(el),
});
export const RateLimited = story({
  client: faulty(() => problem('rate_limited', { retryAfter: 95 })),
  drive: async (el) => signIn(el, 'alva@example.com'),
  reached: (el, t) => summary(el).includes(opening(t.errors.rate_limited({}))) && submitDisabled(el),
});
export const CaptchaUnavailable = story({
  client: faulty(() => problem('captcha_required')),
  drive: async (el) => signIn(el, 'alva@example.com'),
  reached: (el, t) => summary(el).includes(t.common.captchaUnavailable),
});
export const SecondFactorAuthenticator = story({
  drive: async (el) => {
    await signIn(el, 'bjorn@example.com');
    await until(hasCode(el));
  },
  reached: (el, t) => hasCode(el)() && heading(el) === t.code.totpTitle,
});
/** Cecilia signs in by phone (typed nationally); her SMS code is sent and the resend countdown runs. */
export const SecondFactorSmsResendCountdown = story({
  identifier: 'phone',
  drive: async (el) => {
    await until(() => Boolean(el.querySelector('input[type=tel]')));
    type(el, 'input[type=tel]', '070 987 65 43');
    type(el, 'input[autocomplete=current-password]', DEMO_PASSWORD);
    el.querySelector('form')?.requestSubmit();
  },
  reached: (el, t) =>
    heading(el) === t.code.smsTitle &&
    [...el.querySelectorAll<HTMLButtonElement>('.tillit-link')].some((b) => b.disabled && b.textContent!.includes(opening(t.code.resendIn({ seconds: 1 })))),
});
export const SecondFactorEmail = story({
  drive: async (el) => signIn(el, 'dag@example.com'),
  reached: (el, t) => heading(el) === t.code.emailTitle && Boolean(el.shadowRoot?.querySelector('.intro')),
});
export const SecondFactorWrongCode = story({
  drive: async (el) => {
    await signIn(el, 'bjorn@example.com');
    await until(hasCode(el));
    type(el, 'input[autocomplete=one-time-code]', '000000');
  },
  reached: (el, t) => summary(el).includes(opening(t.errors.invalid_code({}))),
});
export const ChallengeExpired = story({
  drive: async (el, demo) => {
    await signIn(el, 'bjorn@example.com');
    await until(hasCode(el));
    await createClientFor(testingEndpoints, { baseUrl: DEMO_BASE_URL, fetch: demo!.fetch }).advanceClock({ seconds: 301 });
    type(el, 'input[autocomplete=one-time-code]', '123456');
  },
  reached: (el, t) => heading(el) === t.loginForm.title && summary(el).includes(t.loginForm.challengeExpired),
});
export const PasskeyPending = story({
  methods: 'password passkey',
  // Options that never come keep the ceremony pending, without touching navigator.credentials.
  client: { passkeySignInOptions: () => new Promise(() => undefined), passkeySignIn: () => new Promise(() => undefined) } as unknown as SignInClient,
  drive: async (el) => el.shadowRoot?.querySelector<HTMLButtonElement>('.passkey')?.click(),
  reached: (el, t) => el.shadowRoot?.querySelector('.passkey')?.textContent?.trim() === t.loginForm.passkeyPending,
});
export const SocialOnly = story({
  methods: 'google apple',
  reached: (el) => !el.querySelector('form') && el.shadowRoot?.querySelectorAll('.google, .apple').length === 2,
});
/** Back from Google with `?error=access_denied`: the person said no at the provider. */
export const SocialCancelled = story({
  methods: 'password google apple',
  drive: async (el) => void (await el.finishSocialSignIn(new URLSearchParams('tillit_provider=google&error=access_denied&state=s'))),
  reached: (el, t) => summary(el).includes(t.loginForm.socialCancelled),
});
export const NetworkError = story({
  client: faulty(() => Promise.reject(new TypeError('Failed to fetch'))),
  drive: async (el) => signIn(el, 'alva@example.com'),
  reached: (el, t) => summary(el).includes(t.errors.network),
});
export const Timeout = story({
  client: faulty(() => new Promise<Response>(() => undefined), 300),
  drive: async (el) => signIn(el, 'alva@example.com'),
  reached: (el, t) => summary(el).includes(t.errors.timeout),
});
export const ServerError = story({
  client: faulty(() => problem('internal_error')),
  drive: async (el) => signIn(el, 'alva@example.com'),
  reached: (el, t) => summary(el).includes(t.errors.internal_error),
});
export const SignedIn = story({
  drive: async (el) => signIn(el, 'alva@example.com'),
  reached: (el, t) => heading(el) === t.loginForm.signedInTitle,
});
export const ServiceUnavailable = story({
  // What a proxy in front of the backend answers during an outage: HTML, not a problem document.
  client: faulty(() => new Response('<html><body>502 Bad Gateway</body></html>', { status: 502, headers: { 'Content-Type': 'text/html' } })),
  drive: async (el) => signIn(el, 'alva@example.com'),
  reached: (el, t) => summary(el).includes(t.errors.service_unavailable),
});
