import type { Meta } from '@storybook/web-components-vite';
import { createClient } from '../src/client/index.js';
import { createClientFor } from '../src/client/create-client-for.js';
import { testingEndpoints } from '../src/contract/index.js';
import type { ErrorMessages } from '../src/i18n/errors.en.js';
import '../src/elements/password-reset/define.js';
import type { ResetMessages } from '../src/elements/password-reset/later-sections.js';
import type { PasswordReset } from '../src/elements/password-reset/password-reset.js';
import type { PasswordResetClient } from '../src/elements/password-reset/reset-context.js';
import { createDemoFetch, DEMO_BASE_URL } from '../demo/browser/index.js';
import { elementTitle as heading, faulty, frame, opening, problem, storiesFrom, summary, type, until } from './support/drive.js';

/*
 * One story per state of <password-reset>, each against its own in-page reference backend, driven as a person
 * would (type, submit, the robot check answered by the testing row). Fault states get a client whose fetch answers
 * that fault. `parameters.reached` says how to tell the story got there, in any language.
 */

export type PasswordResetTexts = ResetMessages & { readonly errors: ErrorMessages };
export type Reached = (el: PasswordReset, t: PasswordResetTexts) => boolean;
type Demo = ReturnType<typeof createDemoFetch>;

interface Setup {
  identifier?: string;
  prefill?: string;
  client?: PasswordResetClient;
  /** No robot check on the page: the backend's `captcha_required` becomes "the check could not start". */
  noCaptcha?: boolean;
  /** A robot check that never answers, as while the person looks at it. */
  captchaWaits?: boolean;
  drive?: (el: PasswordReset, demo: Demo | undefined) => Promise<void>;
  reached: Reached;
}

const testing = (demo: Demo) => createClientFor(testingEndpoints, { baseUrl: DEMO_BASE_URL, fetch: demo.fetch });

const codeInput = 'input[autocomplete=one-time-code]';
const hasCode = (el: PasswordReset) => () => Boolean(el.querySelector(codeInput)) && Boolean(el.shadowRoot?.querySelector('.intro'));

async function start(el: PasswordReset, email = 'alva@example.com'): Promise<void> {
  await until(() => Boolean(el.querySelector('input[type=email]')));
  type(el, 'input[type=email]', email);
  el.querySelector('form')?.requestSubmit();
}

async function toPassword(el: PasswordReset, demo: Demo): Promise<void> {
  await start(el);
  await until(hasCode(el));
  const { messages } = await testing(demo).readOutbox({ to: 'alva@example.com' });
  type(el, codeInput, messages.at(-1)!.code);
  await until(() => el.querySelectorAll('input[type=password]').length === 2);
}

async function newPassword(el: PasswordReset, demo: Demo, password: string, repeat = password): Promise<void> {
  await toPassword(el, demo);
  type(el, 'input[type=password]', password, 0);
  type(el, 'input[type=password]', repeat, 1);
  el.querySelector('form')?.requestSubmit();
}

function render(setup: Setup): HTMLElement {
  const demo = setup.client ? undefined : createDemoFetch();
  const el = document.createElement('password-reset');
  el.setAttribute('identifier', setup.identifier ?? 'email phone');
  el.setAttribute('default-country', 'SE');
  if (setup.prefill) el.setAttribute('prefill', setup.prefill);
  el.client = setup.client ?? createClient({ baseUrl: DEMO_BASE_URL, fetch: demo!.fetch });
  if (setup.captchaWaits) el.captchaProvider = () => new Promise(() => undefined);
  else if (!setup.noCaptcha)
    el.captchaProvider = async () => (demo ? (await testing(demo).issueCaptchaToken({})).token : 'captcha_story');
  if (setup.drive) void frame().then(() => setup.drive!(el, demo));
  return el;
}

const meta: Meta = { title: 'Elements/password-reset', component: 'password-reset', parameters: { layout: 'centered' } };
export default meta;

const story = storiesFrom(render);

export const Identifier = story({ reached: (el, t) => heading(el) === t.passwordReset.title && Boolean(el.querySelector('input[type=email]')) });
export const IdentifierPhone = story({ identifier: 'phone email', reached: (el) => Boolean(el.querySelector('input[type=tel]')) });
/** What `<login-form>` handed over with "Forgot your password?". */
export const Prefilled = story({
  prefill: 'alva@example.com',
  reached: (el) => el.querySelector<HTMLInputElement>('input[type=email]')?.value === 'alva@example.com',
});
export const IdentifierMissing = story({
  drive: async (el) => start(el, ''),
  reached: (el, t) => summary(el).includes(t.identifier.emailRequired),
});
/** The host's robot check is on screen: the button says the reset is being checked. */
export const RobotCheck = story({
  captchaWaits: true,
  drive: async (el) => start(el),
  reached: (el, t) => el.querySelector('button[type=submit]')?.textContent?.trim() === t.passwordReset.starting,
});
export const CaptchaUnavailable = story({
  noCaptcha: true,
  drive: async (el) => start(el),
  reached: (el, t) => summary(el).includes(t.common.captchaUnavailable),
});
export const CaptchaInvalid = story({
  client: faulty(() => problem('captcha_invalid')),
  drive: async (el) => start(el),
  reached: (el, t) => summary(el).includes(t.errors.captcha_invalid),
});
export const RateLimited = story({
  client: faulty(() => problem('rate_limited', { retryAfter: 1800 })),
  drive: async (el) => start(el),
  reached: (el, t) => summary(el).includes(opening(t.errors.rate_limited({}))) && el.querySelector<HTMLButtonElement>('button[type=submit]')?.disabled === true,
});
export const CodeByEmail = story({
  drive: async (el) => start(el),
  reached: (el, t) => hasCode(el)() && heading(el) === t.code.emailTitle,
});
/** The other channel, offered without saying whether the account has a phone. */
export const CodeBySmsToAccountPhone = story({
  drive: async (el, demo) => {
    await start(el);
    await until(hasCode(el));
    await testing(demo!).advanceClock({ seconds: 61 });
    [...el.querySelectorAll<HTMLButtonElement>('.tillit-methods button')][0]?.click();
  },
  reached: (el, t) => heading(el) === t.code.smsTitle && (el.shadowRoot?.querySelector('.intro')?.textContent ?? '').includes(t.passwordReset.accountPhone),
});
export const WrongCode = story({
  drive: async (el) => {
    await start(el);
    await until(hasCode(el));
    type(el, codeInput, '000000');
  },
  reached: (el, t) => summary(el).includes(opening(t.errors.invalid_code({}))),
});
export const CodeExpired = story({
  drive: async (el, demo) => {
    await start(el);
    await until(hasCode(el));
    await testing(demo!).advanceClock({ seconds: 601 });
    const { messages } = await testing(demo!).readOutbox({ to: 'alva@example.com' });
    type(el, codeInput, messages.at(-1)!.code);
  },
  reached: (el, t) => summary(el).includes(t.errors.code_expired),
});
/** The reset lived longer than its 30 minutes: back to the start, the identifier kept. */
export const ResetExpired = story({
  drive: async (el, demo) => {
    await start(el);
    await until(hasCode(el));
    await testing(demo!).advanceClock({ seconds: 1801 });
    type(el, codeInput, '123456');
  },
  reached: (el, t) => heading(el) === t.passwordReset.title && summary(el).includes(t.passwordReset.expired),
});
export const NewPassword = story({
  drive: async (el, demo) => toPassword(el, demo!),
  reached: (el, t) => heading(el) === t.passwordReset.passwordTitle && Boolean(el.querySelector('.tillit-consequences')),
});
export const PasswordsDoNotMatch = story({
  drive: async (el, demo) => newPassword(el, demo!, 'a new horse battery', 'a new horse batery'),
  reached: (el, t) => summary(el).includes(t.newPassword.mismatch),
});
export const PasswordTooWeak = story({
  drive: async (el, demo) => newPassword(el, demo!, 'password123'),
  reached: (el, t) => summary(el).includes(t.errors.password_too_weak),
});
export const Done = story({
  drive: async (el, demo) => newPassword(el, demo!, 'a new horse battery'),
  reached: (el, t) => heading(el) === t.passwordReset.doneTitle && Boolean(el.querySelector('.tillit-lock')),
});
export const NetworkError = story({
  client: faulty(() => Promise.reject(new TypeError('Failed to fetch'))),
  drive: async (el) => start(el),
  reached: (el, t) => summary(el).includes(t.errors.network),
});
export const ServerError = story({
  client: faulty(() => problem('internal_error')),
  drive: async (el) => start(el),
  reached: (el, t) => summary(el).includes(t.errors.internal_error),
});
