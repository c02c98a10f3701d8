import type { Meta } from '@storybook/web-components-vite';
import type { LocalizedMessages } from '../src/controllers/localize-controller.js';
import type { ErrorMessages } from '../src/i18n/errors.en.js';
import '../src/elements/recovery-key-backup/define.js';
import type { RecoveryKeyBackup } from '../src/elements/recovery-key-backup/recovery-key-backup.js';
import type { RecoveryKeyBackupSections } from '../src/elements/recovery-key-backup/sections.js';
import { faulty, opening, problem, storiesFrom, summary, type, until } from './support/drive.js';
import { answerEmailStepUp, CANCEL, CONTINUE, heading, press, signedInElement, type Demo, type SignedInSetup } from './support/security-drive.js';

/*
 * One story per state of <recovery-key-backup>, each with its own in-page reference backend and a fresh signed-in
 * account (e-mail only: the step-up asks for one e-mail code), driven through the light DOM.
 */

export type RecoveryTexts = LocalizedMessages<RecoveryKeyBackupSections> & { readonly errors: ErrorMessages };
export type Reached = (el: RecoveryKeyBackup, t: RecoveryTexts) => boolean;

interface Setup extends SignedInSetup<RecoveryKeyBackup, RecoveryTexts> {
  qr?: boolean;
}

function render({ client, drive, qr }: Setup): HTMLElement {
  const el = signedInElement<RecoveryKeyBackup>('recovery-key-backup', client, drive);
  el.qr = qr ?? false;
  return el;
}

const meta: Meta = { title: 'Elements/recovery-key-backup', component: 'recovery-key-backup', parameters: { layout: 'centered' } };
export default meta;

const story = storiesFrom(render);

const words = (el: RecoveryKeyBackup) => [...el.querySelectorAll('.tillit-phrase-shown li')].map((li) => li.textContent!.trim());
const proofInputs = (el: RecoveryKeyBackup) => [...el.querySelectorAll<HTMLInputElement>('input[name^=word-]')];

async function toShow(el: RecoveryKeyBackup, demo: Demo): Promise<void> {
  await press(el, ...CONTINUE);
  await answerEmailStepUp(el, demo);
  await until(() => words(el).length === 12);
}

/** Shows the phrase, remembers it as a person who wrote it down, and goes on to the proof. */
async function toProve(el: RecoveryKeyBackup, demo: Demo): Promise<string[]> {
  await toShow(el, demo);
  const written = words(el);
  el.querySelector<HTMLButtonElement>('.tillit-actions .tillit-button')?.click();
  await until(() => proofInputs(el).length === 3);
  return written;
}

function fillProof(el: RecoveryKeyBackup, written: readonly string[], wrong = false): void {
  for (const input of proofInputs(el)) {
    const word = written[Number(input.name.slice(5)) - 1]!;
    type(el, `input[name="${input.name}"]`, wrong ? `${word}x` : word);
  }
  el.querySelector('form')?.requestSubmit();
}

export const Start = story({ reached: (el, t) => heading(el) === t.recoveryKeyBackup.startTitle });
export const StepUp = story({
  drive: async (el) => press(el, ...CONTINUE),
  reached: (el, t) => heading(el) === t.code.emailTitle && Boolean(el.querySelector('input[autocomplete=one-time-code]')),
});
export const Show = story({ drive: toShow, reached: (el, t) => heading(el) === t.recoveryKeyBackup.showTitle && words(el).length === 12 });
export const ShowWithQr = story({
  qr: true,
  drive: toShow,
  reached: (el) => words(el).length === 12 && Boolean(el.querySelector('svg.tillit-qr')),
});
export const Prove = story({ drive: async (el, demo) => void (await toProve(el, demo)), reached: (el, t) => heading(el) === t.recoveryKeyBackup.proveTitle && proofInputs(el).length === 3 });
export const ProveMissingWords = story({
  drive: async (el, demo) => {
    await toProve(el, demo);
    el.querySelector('form')?.requestSubmit();
  },
  reached: (el) => summary(el).length > 0 && proofInputs(el).every((input) => input.getAttribute('aria-invalid') === 'true'),
});
export const ProveWrongWords = story({
  drive: async (el, demo) => fillProof(el, await toProve(el, demo), true),
  reached: (el, t) => summary(el).includes(opening(t.recoveryKeyBackup.wordWrong({ position: 1 }))),
});
export const LeaveWarning = story({
  drive: async (el, demo) => {
    await toShow(el, demo);
    await press(el, ...CANCEL);
  },
  reached: (el, t) => heading(el) === t.recoveryKeyBackup.leaveTitle,
});
export const Expired = story({
  drive: async (el, demo) => {
    const written = await toProve(el, demo);
    await demo.testing.advanceClock({ seconds: 11 * 60 });
    fillProof(el, written);
  },
  reached: (el, t) => summary(el).includes(t.recoveryKeyBackup.expired) && proofInputs(el).length === 0,
});
export const Done = story({
  drive: async (el, demo) => fillProof(el, await toProve(el, demo)),
  reached: (el, t) => heading(el) === t.recoveryKeyBackup.doneTitle,
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
