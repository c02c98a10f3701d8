import type { Meta } from '@storybook/web-components-vite';
import { createClient } from '../src/client/index.js';
import { createClientFor } from '../src/client/create-client-for.js';
import { testingEndpoints } from '../src/contract/index.js';
import type { ErrorMessages } from '../src/i18n/errors.en.js';
import '../src/elements/security-settings/define.js';
import type { SecuritySettings } from '../src/elements/security-settings/security-settings.js';
import type { SettingsClient } from '../src/elements/security-settings/settings-client.js';
import type { SettingsMessages } from '../src/elements/security-settings/task-sections.js';
import { createDemoFetch, DEMO_BASE_URL } from '../demo/browser/index.js';
import { problemResponse as problem } from '../demo/core/problem.js';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../demo/core/seed.js';
import { Secret, TOTP } from 'otpauth';
import { storiesFrom } from './support/drive.js';

/*
 * One story per state of <security-settings>, each against its own in-page reference backend, signed in as a
 * seeded account, and driven the way a person would (buttons pressed, fields typed, step-up codes read from the
 * backend's outbox). Fault states get a client whose fetch answers that fault. `parameters.reached` says how to
 * tell the story got there, in the page's language; the story suites wait for it before axe.
 */

export type SettingsTexts = SettingsMessages & { readonly errors: ErrorMessages };
export type Reached = (el: SecuritySettings, t: SettingsTexts) => boolean;

type Demo = ReturnType<typeof createDemoFetch>;

interface Setup {
  /** The seeded account to sign in as (every demo account has the demo password). */
  account?: string;
  client?: SettingsClient;
  /** What the account has before the element first loads, done through the backend (after the sign-in). */
  prepare?: (demo: Demo) => Promise<void>;
  drive?: (el: SecuritySettings, demo: Demo) => Promise<void>;
  reached: Reached;
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
}

const buttons = (el: SecuritySettings) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button'), ...el.querySelectorAll<HTMLButtonElement>('button')];
/** Presses an overview button by its place, since its text differs per language. */
export async function pressPart(el: SecuritySettings, selector: string): Promise<void> {
  await until(() => Boolean(el.shadowRoot!.querySelector(selector)));
  el.shadowRoot!.querySelector<HTMLButtonElement>(selector)?.click();
}
const actionOf = (row: string, n = 0) => `#row-${row} ~ .row-actions button:nth-of-type(${n + 1})`;

function type(el: SecuritySettings, selector: string, value: string): void {
  const input = el.querySelector<HTMLInputElement>(selector);
  if (!input) return;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
}

export async function submit(el: SecuritySettings): Promise<void> {
  await until(() => Boolean(el.querySelector('form')));
  el.querySelector('form')?.requestSubmit();
}

/**
 * Answers the step-up's e-mail and SMS codes from the outbox (matched by the destination's last digits), and the
 * authenticator's from the demo secret at the backend's time (sign-in stepped the clock past the code it used).
 */
export async function stepUp(el: SecuritySettings, demo: Demo): Promise<void> {
  const testing = createClientFor(testingEndpoints, { baseUrl: DEMO_BASE_URL, fetch: demo.fetch });
  for (let i = 0; i < 3; i++) {
    await until(() => Boolean(el.querySelector('.tillit-step-up input[autocomplete=one-time-code]')) && !el.querySelector('.tillit-step-up [aria-busy=true]'));
    const current = el.querySelector('.tillit-factor[aria-current=step]')?.textContent ?? el.querySelector('.tillit-step-up .tillit-intro')?.textContent ?? '';
    const input = el.querySelector('.tillit-step-up input[autocomplete=one-time-code]');
    if (!input) return;
    const { messages } = await testing.readOutbox({});
    const sent = [...messages].reverse().find((m) => m.purpose.startsWith('step-up') && current.includes(m.to.slice(-2)));
    const code = sent?.code ?? (await totpNow(testing));
    type(el, '.tillit-step-up input[autocomplete=one-time-code]', code);
    await until(() => el.querySelector('.tillit-step-up input')?.getAttribute('value') !== code && !el.querySelector('.tillit-step-up [aria-busy=true]'));
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The demo authenticator's code at the backend's time. */
export async function totpNow(testing: { readClock: (input?: Record<string, never>) => Promise<{ now: string }> }): Promise<string> {
  const { now } = await testing.readClock();
  return new TOTP({ secret: Secret.fromBase32(DEMO_TOTP_SECRET), digits: 6, period: 30 }).generate({ timestamp: Date.parse(now) });
}

export type { Demo };

/** Signs a seeded account in, its second factor answered from the demo authenticator or the outbox. */
async function signInAs(demo: Demo, email: string): Promise<void> {
  const client = createClient({ baseUrl: DEMO_BASE_URL, fetch: demo.fetch });
  const testing = createClientFor(testingEndpoints, { baseUrl: DEMO_BASE_URL, fetch: demo.fetch });
  const result = await client.signIn({ identifier: { type: 'email', email }, password: DEMO_PASSWORD });
  if (result.status === 'signed_in') return;
  const { challenge } = result;
  if (challenge.methods.includes('totp')) {
    await client.verifySignInCode({ challengeId: challenge.id, method: 'totp', code: await totpNow(testing) });
    // That code's window is spent: step the clock so a step-up's authenticator code is a fresh one.
    await testing.advanceClock({ seconds: 30 });
    return;
  }
  await client.sendSignInCode({ challengeId: challenge.id, channel: 'email' });
  const { messages } = await testing.readOutbox({ to: email });
  await client.verifySignInCode({ challengeId: challenge.id, method: 'email', code: messages.at(-1)!.code });
}

function render({ account, client, prepare, drive }: Setup): HTMLElement {
  const el = document.createElement('security-settings');
  el.setAttribute('time-zone', 'Europe/Stockholm');
  if (client) {
    el.client = client;
    return el;
  }
  const demo = createDemoFetch();
  const signIn = signInAs(demo, account ?? 'alva@example.com')
    .then(() => prepare?.(demo))
    .catch((error: unknown) => console.error('story set-up failed', error));
  // Every call waits for the sign-in, so the element's first request already has its session.
  el.client = createClient({ baseUrl: DEMO_BASE_URL, fetch: async (input, init) => (await signIn, demo.fetch(input, init)) });
  if (drive) void signIn.then(() => until(() => Boolean(el.shadowRoot?.querySelector('.rows')))).then(() => drive(el, demo));
  return el;
}

const meta: Meta = {
  title: 'Elements/security-settings',
  component: 'security-settings',
  parameters: { layout: 'padded' },
  // The helpers other story files drive the element with (security-settings-codes.stories.ts) are not stories.
  excludeStories: /^[a-z]/,
};
export default meta;

export const story = storiesFrom(render);

const faulty = (answer: () => Response | Promise<Response>, timeoutMs?: number) =>
  createClient({ baseUrl: DEMO_BASE_URL, fetch: async () => answer(), timeoutMs });
export const stepTitle = (el: SecuritySettings) => el.querySelector('[data-tillit-heading]')?.textContent?.trim() ?? '';
export const summary = (el: SecuritySettings) => el.shadowRoot?.querySelector('[data-error-summary]')?.textContent ?? '';
const opening = (text: string) => text.split(/[\d.,:(]/)[0]!.trim();

/** Greta has everything: e-mail, phone, authenticator (and so every factor in a step-up). */
export const Overview = story({ account: 'greta@example.com', reached: (el) => el.shadowRoot!.querySelectorAll('.row').length === 6 });
export const Loading = story({
  // A backend that never answers: every row the element needs is there, none of them ever settles.
  client: new Proxy({}, { get: () => () => new Promise(() => undefined) }) as SettingsClient,
  reached: (el, t) => el.shadowRoot!.textContent!.includes(t.securitySettings.loading),
});
/** Dag has only an e-mail: changing it needs an authenticator and a phone first, and the overview says so. */
export const EmailChangeNeedsFactors = story({
  account: 'dag@example.com',
  reached: (el, t) => el.shadowRoot!.querySelector('[part=needs]')?.textContent === t.securitySettings.emailChangeNeeds,
});
export const AddEmail = story({
  account: 'dag@example.com',
  drive: async (el) => pressPart(el, actionOf('phone')),
  reached: (el, t) => stepTitle(el) === t.securitySettings.bindPhoneTitle && Boolean(el.querySelector('input[type=tel]')),
});
export const RemovePhoneConsequences = story({
  account: 'greta@example.com',
  drive: async (el) => pressPart(el, actionOf('phone', 1)),
  reached: (el, t) => stepTitle(el) === t.securitySettings.removePhoneTitle && Boolean(el.querySelector('.tillit-consequences li')),
});
export const StepUp = story({
  account: 'greta@example.com',
  drive: async (el) => {
    await pressPart(el, actionOf('phone', 1));
    await submit(el);
  },
  reached: (el) => Boolean(el.querySelector('.tillit-step-up .tillit-factors')) && Boolean(el.querySelector('input[autocomplete=one-time-code]')),
});
export const RemovedWithLock = story({
  account: 'alva@example.com',
  drive: async (el, demo) => {
    await pressPart(el, actionOf('phone', 1));
    await submit(el);
    await stepUp(el, demo);
  },
  reached: (el) => Boolean(el.querySelector('.tillit-done .tillit-lock')),
});
export const LastFactor = story({
  account: 'dag@example.com',
  drive: async (el) => {
    await pressPart(el, actionOf('email', 0));
    await submit(el);
  },
  reached: (el, t) => summary(el).includes(t.errors.last_factor),
});
export const NewEmailInvalid = story({
  account: 'dag@example.com',
  drive: async (el) => {
    // Dag's e-mail cannot change yet; Cecilia-like accounts add one: here the phone form shows its own check.
    await pressPart(el, actionOf('phone'));
    await until(() => Boolean(el.querySelector('input[type=tel]')));
    type(el, 'input[type=tel]', '12');
    await submit(el);
  },
  reached: (el) => Boolean(el.querySelector('.tillit-field[data-invalid] input[type=tel]')),
});
export const ChangePassword = story({
  drive: async (el) => pressPart(el, actionOf('password')),
  reached: (el) => Boolean(el.querySelector('input[autocomplete=new-password]')),
});
export const ChangePasswordErrors = story({
  drive: async (el) => {
    await pressPart(el, actionOf('password'));
    await submit(el);
  },
  reached: (el, t) => summary(el).includes(t.securitySettings.currentRequired) && summary(el).includes(t.newPassword.required),
});
export const WrongCurrentPassword = story({
  drive: async (el) => {
    await pressPart(el, actionOf('password'));
    await until(() => Boolean(el.querySelector('input[name=currentPassword]')));
    type(el, 'input[name=currentPassword]', 'not the password');
    type(el, 'input[name=new-password]', 'a much longer passphrase 42');
    type(el, 'input[name=repeat-password]', 'a much longer passphrase 42');
    await submit(el);
  },
  reached: (el, t) => summary(el).includes(t.securitySettings.currentWrong),
});
export const AddPasskey = story({
  drive: async (el) => pressPart(el, actionOf('passkeys')),
  reached: (el, t) => stepTitle(el) === t.securitySettings.addPasskeyTitle && Boolean(el.querySelector('input[name=passkey-name]')),
});
export const PasskeyNameMissing = story({
  drive: async (el) => {
    await pressPart(el, actionOf('passkeys'));
    await submit(el);
  },
  reached: (el, t) => summary(el).includes(t.securitySettings.passkeyNameRequired),
});
export const NetworkError = story({
  client: faulty(() => Promise.reject(new TypeError('Failed to fetch'))),
  reached: (el, t) => summary(el).includes(t.errors.network) && buttons(el).some((b) => b.textContent!.includes(t.securitySettings.reload)),
});
export const Timeout = story({
  client: faulty(() => new Promise<Response>(() => undefined), 300),
  reached: (el, t) => summary(el).includes(t.errors.timeout),
});
export const ServerError = story({
  client: faulty(() => problem('internal_error')),
  reached: (el, t) => summary(el).includes(t.errors.internal_error),
});
export const RateLimited = story({
  client: faulty(() => problem('rate_limited', { retryAfter: 95 })),
  reached: (el, t) => summary(el).includes(opening(t.errors.rate_limited({}))),
});

