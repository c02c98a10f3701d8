import { waitUntil } from '@open-wc/testing';
import '../../../../src/elements/recovery-key-backup/define.js';
import type { RecoveryKeyBackup } from '../../../../src/elements/recovery-key-backup/recovery-key-backup.js';
import type { FaultStep, FaultyBackend } from '../faults.js';
import { click, codeInput, lostFields, nextOutboxCode, passEmailStepUp, signedInAccount, stepTitle as title, submit, type, type TestingClient } from './act.js';

/*
 * <recovery-key-backup> on its own: "Continue" starts the step-up for `issue_recovery_phrase` (the e-mail code is
 * sent with it), the code verifies it, the phrase is issued, shown, and proved by the words at the backend's positions.
 */

interface Bound {
  testing: TestingClient;
  email: string;
  code?: string;
  /** The proof's inputs and the words they must hold. */
  proof?: Record<string, [selector: string, word: string]>;
}
const bound = new WeakMap<HTMLElement, Bound>();
const confirmed = new WeakSet<HTMLElement>();

const shownWords = (el: HTMLElement) => [...el.querySelectorAll('.tillit-phrase-shown li')].map((li) => li.textContent!.trim());
const atCodeStep = (el: HTMLElement) => title(el) === 'Check your email' && codeInput(el) !== null;

/** A fresh signed-in account (e-mail only) and the element on its first step. */
async function mount(be: FaultyBackend): Promise<RecoveryKeyBackup> {
  const { testing, email } = await signedInAccount(be, 'phrase');
  const el = document.createElement('recovery-key-backup');
  el.client = be.client;
  el.setAttribute('lang', 'en');
  el.addEventListener('tillit-recovery-phrase-confirmed', () => confirmed.add(el));
  document.body.append(el);
  await waitUntil(() => title(el) === 'Save a recovery phrase', 'the first step', { timeout: 5000 });
  bound.set(el, { testing, email });
  return el;
}

/** The button that starts over after a fault: "Continue" on the first step, else the step's own way back. */
const again = (el: HTMLElement) => (title(el) === 'Save a recovery phrase' ? 'Continue' : 'Start again');

export const recoveryKeyBackupSteps: FaultStep[] = [
  {
    element: 'recovery-key-backup',
    step: 'start the step-up',
    path: /^\/v1\/step-up$/,
    setUp: mount,
    act: async (el) => click(el, again(el)),
    lost: () => [],
    done: atCodeStep,
  },
  {
    element: 'recovery-key-backup',
    step: 'send the e-mail code',
    path: /^\/v1\/step-up\/[^/]+\/send$/,
    setUp: mount,
    // The code goes out with the step-up's start; after a fault, "Send a new code" asks again.
    act: async (el) => click(el, title(el) === 'Save a recovery phrase' ? 'Continue' : 'Send a new code'),
    lost: () => [],
    done: (el) => atCodeStep(el) && (el.querySelector('.tillit-intro')?.textContent ?? '').includes('We sent'),
  },
  {
    element: 'recovery-key-backup',
    step: 'verify the e-mail code',
    path: /^\/v1\/step-up\/[^/]+\/verify$/,
    async setUp(be) {
      const el = await mount(be);
      const { testing, email } = bound.get(el)!;
      click(el, 'Continue');
      await waitUntil(() => atCodeStep(el), 'the step-up', { timeout: 5000 });
      bound.get(el)!.code = await nextOutboxCode(testing, email, 0);
      return el;
    },
    async act(el) {
      const { code } = bound.get(el)!;
      const input = codeInput(el);
      // The first time the code is typed (it submits on the sixth digit); a retry submits what is still there.
      if (input && input.value.replace(/\D/g, '') !== code) type(input, code!);
      else await submit(el);
    },
    lost: (el) => (codeInput(el)?.value.replace(/\D/g, '') === bound.get(el)!.code ? [] : ['code']),
    done: (el) => shownWords(el).length === 12,
  },
  {
    element: 'recovery-key-backup',
    step: 'issue the phrase (after the step-up)',
    path: /^\/v1\/security\/recovery-phrase$/,
    setUp: mount,
    // The first time through the step-up. After a fault the element still holds the grant: "Try again" asks for
    // the phrase with the same token, with no second step-up (a "Start again" here would fail the row).
    act: async (el) =>
      title(el) === 'Save a recovery phrase' ? passEmailStepUp(el, bound.get(el)!.testing, bound.get(el)!.email, 'Continue') : click(el, 'Try again'),
    lost: () => [],
    done: (el) => shownWords(el).length === 12,
  },
  {
    element: 'recovery-key-backup',
    step: 'confirm the words',
    path: /^\/v1\/security\/recovery-phrase\/[^/]+\/confirm$/,
    async setUp(be) {
      const el = await mount(be);
      const { testing, email } = bound.get(el)!;
      await passEmailStepUp(el, testing, email, 'Continue');
      await waitUntil(() => shownWords(el).length === 12, 'the phrase', { timeout: 8000 });
      const words = shownWords(el);
      click(el, 'I have written it down');
      await waitUntil(() => el.querySelectorAll('input[name^=word-]').length === 3, 'the proof step', { timeout: 5000 });
      const proof: Bound['proof'] = {};
      for (const input of el.querySelectorAll<HTMLInputElement>('input[name^=word-]')) {
        const word = words[Number(input.name.slice(5)) - 1]!;
        proof[input.name] = [`input[name=${input.name}]`, word];
        type(input, word);
      }
      bound.get(el)!.proof = proof;
      return el;
    },
    act: submit,
    lost: (el) => lostFields(el, bound.get(el)!.proof!),
    done: (el) => confirmed.has(el),
  },
];
