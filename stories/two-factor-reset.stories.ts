import type { Meta } from '@storybook/web-components-vite';
import { createClient } from '../src/client/index.js';
import { createClientFor } from '../src/client/create-client-for.js';
import { testingEndpoints, type TwoFactorResetState } from '../src/contract/index.js';
import type { ErrorMessages } from '../src/i18n/errors.en.js';
import '../src/elements/two-factor-reset/define.js';
import type { TwoFactorMessages } from '../src/elements/two-factor-reset/later-sections.js';
import type { TwoFactorResetClient } from '../src/elements/two-factor-reset/two-factor-context.js';
import type { TwoFactorReset } from '../src/elements/two-factor-reset/two-factor-reset.js';
import { createDemoFetch, DEMO_BASE_URL } from '../demo/browser/index.js';
import { DEMO_PASSWORD } from '../demo/core/seed.js';
import { elementTitle as heading, faulty, frame, problem, storiesFrom, summary, type, until } from './support/drive.js';

/*
 * One story per state of <two-factor-reset>, against an in-page reference backend: Bjørn (authenticator + SMS)
 * signs in up to his second factor, and the element gets that challenge as `<login-form>` would hand it over.
 * Reviews are decided through the testing rows; faults come from a client whose fetch answers them.
 */

export type TwoFactorResetTexts = TwoFactorMessages & { readonly errors: ErrorMessages };
export type Reached = (el: TwoFactorReset, t: TwoFactorResetTexts) => boolean;
type Demo = ReturnType<typeof createDemoFetch>;

interface Setup {
  client?: TwoFactorResetClient;
  /** Hand the element a sign-in challenge (Bjørn's, from a real sign-in; or a made-up one for a fault client). */
  challenge?: 'fresh' | 'expired';
  drive?: (el: TwoFactorReset, demo: Demo | undefined) => Promise<void>;
  reached: Reached;
}

const testing = (demo: Demo) => createClientFor(testingEndpoints, { baseUrl: DEMO_BASE_URL, fetch: demo.fetch });
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const state = (status: TwoFactorResetState['status']): TwoFactorResetState => ({
  requestId: 'tfr_story',
  status,
  submittedAt: '2026-11-30T09:00:00Z',
  reviewBy: '2026-12-03T09:00:00Z',
  ...(status === 'pending' ? {} : { decidedAt: '2026-12-01T14:00:00Z' }),
});

const text = (el: TwoFactorReset) => el.textContent ?? '';
const button = (el: TwoFactorReset, name: string) => [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === name);
const badge = (el: TwoFactorReset) => el.querySelector('.tillit-status')?.textContent?.trim() ?? '';

/** Opens the request form (by its button's text in the page's language) and waits for it. */
async function toRequest(el: TwoFactorReset): Promise<void> {
  await until(() => Boolean(el.querySelector('.tillit-option .tillit-button')));
  el.querySelector<HTMLButtonElement>('.tillit-option .tillit-button')?.click();
  await until(() => Boolean(el.querySelector('input[name=reason]')));
}

async function sendRequest(el: TwoFactorReset): Promise<void> {
  await toRequest(el);
  el.querySelector<HTMLInputElement>('input[value=lost_device]')?.click();
  el.querySelector('form')?.requestSubmit();
  await until(() => el.querySelectorAll('.tillit-form .tillit-button').length === 1 && !el.querySelector('form'));
}

async function toPhrase(el: TwoFactorReset): Promise<void> {
  await until(() => Boolean(el.querySelector('.tillit-option .tillit-link')));
  el.querySelector<HTMLButtonElement>('.tillit-option .tillit-link')?.click();
  await until(() => el.querySelectorAll('input[name^=word-]').length === 12);
}

function render(setup: Setup): HTMLElement {
  const demo = setup.client ? undefined : createDemoFetch();
  const el = document.createElement('two-factor-reset');
  const client = setup.client ?? createClient({ baseUrl: DEMO_BASE_URL, fetch: demo!.fetch });
  el.client = client;
  void frame().then(async () => {
    if (setup.challenge === 'expired') el.challenge = { id: 'chl_story', expiresAt: new Date(Date.now() - 60_000).toISOString() };
    else if (setup.challenge && !demo) el.challenge = { id: 'chl_story', expiresAt: new Date(Date.now() + 300_000).toISOString() };
    else if (setup.challenge && demo) {
      const answer = await createClient({ baseUrl: DEMO_BASE_URL, fetch: demo.fetch }).signIn({
        identifier: { type: 'email', email: 'bjorn@example.com' },
        password: DEMO_PASSWORD,
      });
      if (answer.status === 'second_factor_required') el.challenge = { id: answer.challenge.id, expiresAt: answer.challenge.expiresAt };
    }
    await setup.drive?.(el, demo);
  });
  return el;
}

const meta: Meta = { title: 'Elements/two-factor-reset', component: 'two-factor-reset', parameters: { layout: 'centered' } };
export default meta;

const story = storiesFrom(render);

/** Reached from a link, with no sign-in behind it: the self-service ways, and "log in first" for the rest. */
export const WithoutSignIn = story({ reached: (el, t) => heading(el) === t.twoFactorReset.title && text(el).includes(t.twoFactorReset.signInFirst) });
export const Options = story({
  challenge: 'fresh',
  reached: (el, t) => Boolean(button(el, t.twoFactorReset.requestAction)) && Boolean(button(el, t.twoFactorReset.phraseAction)),
});
export const ChallengeExpired = story({ challenge: 'expired', reached: (el, t) => text(el).includes(t.twoFactorReset.signInExpired) });
export const RequestForm = story({
  challenge: 'fresh',
  drive: toRequest,
  reached: (el, t) => heading(el) === t.twoFactorReset.formTitle && Boolean(el.querySelector('.tillit-consequences')),
});
export const RequestErrors = story({
  challenge: 'fresh',
  drive: async (el) => {
    await toRequest(el);
    type(el, 'input[type=email]', 'not-an-address');
    el.querySelector('form')?.requestSubmit();
  },
  reached: (el, t) => summary(el).includes(t.twoFactorReset.reasonRequired) && summary(el).includes(t.identifier.emailInvalid),
});
export const RequestAlreadyPending = story({
  challenge: 'fresh',
  client: faulty(() => problem('request_pending')),
  drive: async (el) => {
    await toRequest(el);
    el.querySelector<HTMLInputElement>('input[value=other]')?.click();
    el.querySelector('form')?.requestSubmit();
  },
  reached: (el, t) => summary(el).includes(t.errors.request_pending),
});
export const NoAuthenticator = story({
  challenge: 'fresh',
  client: faulty(() => problem('not_bound')),
  drive: async (el) => {
    await toRequest(el);
    el.querySelector<HTMLInputElement>('input[value=other]')?.click();
    el.querySelector('form')?.requestSubmit();
  },
  reached: (el, t) => summary(el).includes(t.twoFactorReset.notBound),
});
export const RequestSent = story({ challenge: 'fresh', drive: sendRequest, reached: (el, t) => heading(el) === t.twoFactorReset.sentTitle });
export const StatusInReview = story({
  challenge: 'fresh',
  drive: async (el) => {
    await sendRequest(el);
    el.querySelector<HTMLButtonElement>('.tillit-button')?.click();
  },
  reached: (el, t) => badge(el) === t.twoFactorReset.status_pending,
});
export const StatusApproved = story({
  challenge: 'fresh',
  drive: async (el, demo) => {
    const requested = new Promise<string>((resolve) => el.addEventListener('tillit-two-factor-reset-requested', (e) => resolve(e.ticket.requestId)));
    await sendRequest(el);
    await testing(demo!).decideTwoFactorReset({ requestId: await requested, decision: 'approved' });
    el.querySelector<HTMLButtonElement>('.tillit-button')?.click();
  },
  reached: (el, t) => badge(el) === t.twoFactorReset.status_approved,
});
export const StatusRejected = story({
  challenge: 'fresh',
  drive: async (el, demo) => {
    const requested = new Promise<string>((resolve) => el.addEventListener('tillit-two-factor-reset-requested', (e) => resolve(e.ticket.requestId)));
    await sendRequest(el);
    await testing(demo!).decideTwoFactorReset({ requestId: await requested, decision: 'rejected', reasons: ['insufficient_information'] });
    el.querySelector<HTMLButtonElement>('.tillit-button')?.click();
  },
  reached: (el, t) => badge(el) === t.twoFactorReset.status_rejected && text(el).includes(t.twoFactorReset.rejection_insufficient_information),
});
/** The user restored the authenticator with the phrase while the request waited. */
export const StatusCancelled = story({
  client: faulty(() => json(state('cancelled'))),
  drive: async (el) => void (el.ticket = { requestId: 'tfr_story', statusToken: 'token' }),
  reached: (el, t) => badge(el) === t.twoFactorReset.status_cancelled,
});
export const StatusNotFound = story({
  client: faulty(() => problem('not_found')),
  drive: async (el) => void (el.ticket = { requestId: 'tfr_gone', statusToken: 'token' }),
  reached: (el, t) => summary(el).includes(t.twoFactorReset.notFound),
});
export const RecoveryPhrase = story({
  challenge: 'fresh',
  drive: toPhrase,
  reached: (el, t) => heading(el) === t.twoFactorReset.phraseAction && el.querySelectorAll('input[name^=word-]').length === 12,
});
export const RecoveryPhraseWrong = story({
  challenge: 'fresh',
  drive: async (el) => {
    await toPhrase(el);
    for (let i = 0; i < 12; i++) type(el, 'input[name^=word-]', 'acorn', i);
    el.querySelector('form')?.requestSubmit();
  },
  reached: (el, t) => summary(el).includes(t.twoFactorReset.phraseWrong),
});
export const NetworkError = story({
  client: faulty(() => Promise.reject(new TypeError('Failed to fetch'))),
  drive: async (el) => void (el.ticket = { requestId: 'tfr_story', statusToken: 'token' }),
  reached: (el, t) => summary(el).includes(t.errors.network),
});
