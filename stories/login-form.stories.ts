import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { createClient } from '../src/client/index.js';
import { createClientFor } from '../src/client/create-client-for.js';
import { testingEndpoints } from '../src/contract/index.js';
import '../src/elements/login-form/define.js';
import type { LoginForm } from '../src/elements/login-form/login-form.js';
import type { SignInClient } from '../src/elements/login-form/sign-in-client.js';
import { createDemoFetch, DEMO_BASE_URL } from '../demo/browser/index.js';
import { problemResponse as problem } from '../demo/core/problem.js';
import { DEMO_PASSWORD } from '../demo/core/seed.js';

/*
 * One story per state of <login-form>. Each builds its own in-page reference backend (createDemoFetch) and, for
 * states past the first step, drives the element the way a person would: types into the light-DOM inputs and
 * submits. Fault states get a client whose fetch answers that fault.
 */

interface Setup {
  methods?: string;
  identifier?: string;
  client?: SignInClient;
  /** Runs once the element is in the page, to bring it into the story's state. */
  drive?: (el: LoginForm, demo: ReturnType<typeof createDemoFetch>) => Promise<void>;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));


const faulty = (answer: () => Response | Promise<Response>, timeoutMs?: number) =>
  createClient({ baseUrl: DEMO_BASE_URL, fetch: async () => answer(), timeoutMs });

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
}

function type(el: LoginForm, selector: string, value: string): void {
  const input = el.querySelector<HTMLInputElement>(selector);
  if (!input) return;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
}

async function signIn(el: LoginForm, identifier: string, password = DEMO_PASSWORD): Promise<void> {
  await until(() => Boolean(el.querySelector('form')));
  type(el, 'input[type=email]', identifier);
  type(el, 'input[autocomplete=current-password]', password);
  el.querySelector('form')?.requestSubmit();
}

const hasCode = (el: LoginForm) => () => Boolean(el.querySelector('input[autocomplete=one-time-code]'));

function render({ methods, identifier, client, drive }: Setup): HTMLElement {
  const demo = createDemoFetch();
  const el = document.createElement('login-form');
  el.setAttribute('methods', methods ?? 'password passkey google apple');
  el.setAttribute('identifier', identifier ?? 'email phone');
  el.setAttribute('default-country', 'SE');
  el.client = client ?? createClient({ baseUrl: DEMO_BASE_URL, fetch: demo.fetch });
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

type Story = StoryObj<Setup>;
const story = (setup: Setup): Story => ({ render: () => render(setup) });

export const IdentifierEmail = story({});
export const IdentifierPhone = story({ identifier: 'phone email' });
export const ValidationErrors = story({ drive: async (el) => signIn(el, '', '') });
export const PasswordError = story({ drive: async (el) => signIn(el, 'alva@example.com', 'wrong password') });
export const Locked = story({
  client: faulty(() => problem('account_locked', { lockedUntil: new Date(Date.now() + 900_000).toISOString() })),
  drive: async (el) => signIn(el, 'alva@example.com'),
});
export const RateLimited = story({
  client: faulty(() => problem('rate_limited', { retryAfter: 95 })),
  drive: async (el) => signIn(el, 'alva@example.com'),
});
export const CaptchaUnavailable = story({
  client: faulty(() => problem('captcha_required')),
  drive: async (el) => signIn(el, 'alva@example.com'),
});
export const SecondFactorAuthenticator = story({
  drive: async (el) => {
    await signIn(el, 'bjorn@example.com');
    await until(hasCode(el));
  },
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
});
export const SecondFactorEmail = story({ drive: async (el) => signIn(el, 'dag@example.com') });
export const SecondFactorWrongCode = story({
  drive: async (el) => {
    await signIn(el, 'bjorn@example.com');
    await until(hasCode(el));
    type(el, 'input[autocomplete=one-time-code]', '000000');
  },
});
export const ChallengeExpired = story({
  drive: async (el, demo) => {
    await signIn(el, 'bjorn@example.com');
    await until(hasCode(el));
    await createClientFor(testingEndpoints, { baseUrl: DEMO_BASE_URL, fetch: demo.fetch }).advanceClock({ seconds: 301 });
    type(el, 'input[autocomplete=one-time-code]', '123456');
  },
});
export const PasskeyPending = story({
  methods: 'password passkey',
  // Options that never come keep the ceremony pending, without touching navigator.credentials.
  client: { passkeySignInOptions: () => new Promise(() => undefined), passkeySignIn: () => new Promise(() => undefined) } as unknown as SignInClient,
  drive: async (el) => el.shadowRoot?.querySelector<HTMLButtonElement>('.passkey')?.click(),
});
export const SocialOnly = story({ methods: 'google apple' });
export const NetworkError = story({
  client: faulty(() => Promise.reject(new TypeError('Failed to fetch'))),
  drive: async (el) => signIn(el, 'alva@example.com'),
});
export const Timeout = story({
  client: faulty(() => new Promise<Response>(() => undefined), 300),
  drive: async (el) => signIn(el, 'alva@example.com'),
});
export const ServerError = story({
  client: faulty(() => problem('internal_error')),
  drive: async (el) => signIn(el, 'alva@example.com'),
});
export const SignedIn = story({ drive: async (el) => signIn(el, 'alva@example.com') });
export const ServiceUnavailable = story({
  // What a proxy in front of the backend answers during an outage: HTML, not a problem document.
  client: faulty(() => new Response('<html><body>502 Bad Gateway</body></html>', { status: 502, headers: { 'Content-Type': 'text/html' } })),
  drive: async (el) => signIn(el, 'alva@example.com'),
});
