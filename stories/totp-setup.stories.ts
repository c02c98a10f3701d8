import type { Meta } from '@storybook/web-components-vite';
import { TillitError } from '../src/client/errors.js';
import type { TillitClient } from '../src/client/types.js';
import type { LocalizedMessages } from '../src/controllers/localize-controller.js';
import type { ErrorMessages } from '../src/i18n/errors.en.js';
import '../src/elements/totp-setup/define.js';
import type { TotpSetupSections } from '../src/elements/totp-setup/sections.js';
import type { TotpSetup } from '../src/elements/totp-setup/totp-setup.js';
import { faulty, opening, problem, storiesFrom, summary, type, until } from './support/drive.js';
import { answerEmailStepUp, CANCEL, codeInput, CONTINUE, heading, press, signedInElement, type Demo, type SignedInSetup } from './support/security-drive.js';

/*
 * One story per state of <totp-setup>, each with its own in-page reference backend and a fresh signed-in account
 * (e-mail only, so the step-up asks for one e-mail code), driven through the light DOM as a person would. Fault
 * states get a client whose every answer is that fault. `parameters.reached` says how to tell the state came.
 */

export type TotpSetupTexts = LocalizedMessages<TotpSetupSections> & { readonly errors: ErrorMessages };
export type Reached = (el: TotpSetup, t: TotpSetupTexts) => boolean;

interface Setup extends SignedInSetup<TotpSetup, TotpSetupTexts> {
  qrPhrase?: boolean;
}

function render({ client, drive, qrPhrase }: Setup): HTMLElement {
  const el = signedInElement<TotpSetup>('totp-setup', client, drive);
  el.qrPhrase = qrPhrase ?? false;
  return el;
}

/** "Leave without saving" of the recovery phrase's warning, in the shipped languages. */
const LEAVE_UNSAVED = ['Leave without saving', 'Lämna utan att spara', 'Gå uten å lagre'];

const meta: Meta = { title: 'Elements/totp-setup', component: 'totp-setup', parameters: { layout: 'centered' } };
export default meta;

const story = storiesFrom(render);

/** Continue, answer the e-mail step-up: the QR code. */
async function toScan(el: TotpSetup, demo: Demo): Promise<void> {
  await press(el, ...CONTINUE);
  await answerEmailStepUp(el, demo);
  await until(() => el.step === 'scan' && Boolean(el.querySelector('svg')));
}

/** The setup key on screen, for the app the story plays. */
const shownKey = (el: TotpSetup) => el.querySelector('[data-tillit-secret]')?.textContent?.replace(/\s+/g, '') ?? '';

async function toConfirm(el: TotpSetup, demo: Demo): Promise<string> {
  await toScan(el, demo);
  const key = shownKey(el);
  await press(el, ...CONTINUE);
  await until(() => Boolean(codeInput(el)));
  return key;
}

export const Start = story({ reached: (el, t) => heading(el) === t.totpSetup.startTitle });
export const StepUp = story({
  drive: async (el) => press(el, ...CONTINUE),
  reached: (el, t) => heading(el) === t.code.emailTitle && Boolean(codeInput(el)),
});
export const StepUpWrongCode = story({
  drive: async (el, demo) => {
    await press(el, ...CONTINUE);
    await until(async () => Boolean(codeInput(el)) && (await demo.testing.readOutbox({ to: demo.email })).messages.length > 0);
    type(el, 'input[autocomplete=one-time-code]', (await demo.outboxCode()) === '000000' ? '111111' : '000000');
  },
  reached: (el, t) => summary(el).includes(opening(t.errors.invalid_code({}))),
});
export const Scan = story({ drive: toScan, reached: (el, t) => heading(el) === t.totpSetup.scanTitle && Boolean(el.querySelector('svg.tillit-qr')) });
export const CantScan = story({
  drive: async (el, demo) => {
    await toScan(el, demo);
    el.querySelector<HTMLElement>('details summary')?.click();
  },
  reached: (el) => el.querySelector('details')?.open === true && shownKey(el).length >= 16,
});
/** The first code, with how long the app's current code has left (counted down quietly). */
export const Confirm = story({
  drive: async (el, demo) => void (await toConfirm(el, demo)),
  reached: (el, t) => heading(el) === t.code.totpTitle && Boolean(codeInput(el)) && /\d/.test(el.querySelector('[data-tillit-next-code]')?.textContent ?? ''),
});
export const WrongCode = story({
  drive: async (el, demo) => {
    const key = await toConfirm(el, demo);
    type(el, 'input[autocomplete=one-time-code]', (await demo.totpCode(key)) === '000000' ? '111111' : '000000');
  },
  reached: (el, t) => summary(el).includes(opening(t.errors.invalid_code({}))) && Boolean(codeInput(el)),
});
export const SetupExpired = story({
  drive: async (el, demo) => {
    const key = await toConfirm(el, demo);
    await demo.testing.advanceClock({ seconds: 11 * 60 });
    type(el, 'input[autocomplete=one-time-code]', await demo.totpCode(key));
  },
  reached: (el, t) => summary(el).includes(t.totpSetup.expired) && !codeInput(el),
});
export const RateLimited = story({
  client: faulty(() => problem('rate_limited', { retryAfter: 95 })),
  drive: async (el) => press(el, ...CONTINUE),
  reached: (el, t) => summary(el).includes(opening(t.errors.rate_limited({}))),
});
export const NetworkError = story({
  client: faulty(() => Promise.reject(new TypeError('Failed to fetch'))),
  drive: async (el) => press(el, ...CONTINUE),
  reached: (el, t) => summary(el).includes(t.errors.network),
});
export const ServerError = story({
  client: faulty(() => problem('internal_error')),
  drive: async (el) => press(el, ...CONTINUE),
  reached: (el, t) => summary(el).includes(t.errors.internal_error),
});
/**
 * The step-up passed, then the setup request met a network fault: the grant is kept, so "Try again" (not
 * "Start again") sends it once more with the same token.
 */
export const SetupRetry = story({
  client: (demo) =>
    // Defined, not assigned: the client's own methods are read-only, and a prototype's read-only one refuses `=`.
    Object.create(demo.client, {
      startTotpSetup: { value: () => Promise.reject(new TillitError('network', 'Failed to fetch')) },
    }) as TillitClient,
  drive: async (el, demo) => {
    await press(el, ...CONTINUE);
    await answerEmailStepUp(el, demo);
  },
  reached: (el, t) => summary(el).includes(t.errors.network) && Boolean([...el.querySelectorAll('button')].find((b) => b.textContent!.trim() === t.stepUp.tryAgain)),
});
/** The code was right: the phrase issued with the binding, shown at once in a <recovery-key-backup> inside. */
export const Recovery = story({
  drive: async (el, demo) => {
    const key = await toConfirm(el, demo);
    type(el, 'input[autocomplete=one-time-code]', await demo.totpCode(key));
  },
  reached: (el) => el.step === 'recovery' && el.querySelectorAll('recovery-key-backup .tillit-phrase-shown li').length === 12,
});
/** Bound, and the recovery phrase step left without saving one: the reminder and the withdrawal lock. */
export const DoneWithoutPhrase = story({
  drive: async (el, demo) => {
    const key = await toConfirm(el, demo);
    type(el, 'input[autocomplete=one-time-code]', await demo.totpCode(key));
    await until(() => el.querySelectorAll('recovery-key-backup .tillit-phrase-shown li').length === 12);
    await press(el.querySelector('recovery-key-backup')!, ...CANCEL);
    await press(el.querySelector('recovery-key-backup')!, ...LEAVE_UNSAVED);
  },
  reached: (el, t) => heading(el) === t.totpSetup.doneTitle && el.textContent!.includes(t.totpSetup.noPhrase),
});
