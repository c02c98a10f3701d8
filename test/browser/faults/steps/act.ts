// What every element's fault steps do as a user would (type, press a button, submit) and the set-up several share
// (the testing rows on the in-page backend, a fresh signed-in account, the e-mail step-up), written once.
import { waitUntil } from '@open-wc/testing';
import { createClientFor } from '../../../../src/client/index.js';
import { testingEndpoints } from '../../../../src/contract/index.js';
import { DEMO_BASE_URL } from '../../../../demo/browser/index.js';
import { DEMO_PASSWORD } from '../../../../demo/core/seed.js';
import type { FaultyBackend } from '../faults.js';

/** Types `value` into `input` the way a keyboard does (the element hears an `input` event). */
export function type(input: HTMLInputElement | HTMLTextAreaElement | null, value: string): void {
  if (!input) throw new Error('no such input');
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
}

/** The light-DOM button whose text is `label`. */
export function button(el: HTMLElement, label: string): HTMLButtonElement {
  const found = [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === label);
  if (!found) throw new Error(`no button "${label}" in: ${[...el.querySelectorAll('button')].map((b) => b.textContent!.trim()).join(' | ')}`);
  return found;
}

export const click = (el: HTMLElement, label: string): void => button(el, label).click();

/** Submits the element's light-DOM form as Enter would. */
export const submit = async (el: HTMLElement): Promise<void> => el.querySelector('form')?.requestSubmit();

/** The value of the `i`th input matching `selector`, or '' when there is none. */
export const valueOf = (el: HTMLElement, selector: string, i = 0): string => el.querySelectorAll<HTMLInputElement>(selector)[i]?.value ?? '';

/** The names in `fields` whose input no longer holds what was typed. */
export const lostFields = (el: HTMLElement, fields: Record<string, [selector: string, typed: string]>): string[] =>
  Object.entries(fields)
    .filter(([, [selector, typed]]) => valueOf(el, selector) !== typed)
    .map(([name]) => name);

export const stepTitle = (el: HTMLElement): string => el.querySelector('[data-tillit-heading]')?.textContent?.trim() ?? '';
export const codeInput = (el: HTMLElement): HTMLInputElement | null => el.querySelector<HTMLInputElement>('input[autocomplete=one-time-code]');

/** The testing rows (accounts, outbox, clock) on `be`'s reference backend, past its faults. */
export const testingOn = (be: FaultyBackend) => createClientFor(testingEndpoints, { baseUrl: DEMO_BASE_URL, fetch: be.demo.fetch });
export type TestingClient = ReturnType<typeof testingOn>;

/** A fresh account (e-mail only, so a step-up asks one e-mail code; no limit carries over between cells), signed in on `be`. */
export async function signedInAccount(be: FaultyBackend, name: string): Promise<{ testing: TestingClient; email: string }> {
  const testing = testingOn(be);
  const email = `faults-${name}-${crypto.randomUUID().slice(0, 8)}@example.com`;
  await testing.createTestAccount({ email, password: DEMO_PASSWORD });
  await be.client.signIn({ identifier: { type: 'email', email }, password: DEMO_PASSWORD });
  return { testing, email };
}

/** The newest code in `email`'s outbox once more than `before` messages arrived. */
export async function nextOutboxCode(testing: TestingClient, email: string, before: number): Promise<string> {
  await waitUntil(async () => (await testing.readOutbox({ to: email })).messages.length > before, 'the code was sent', { timeout: 5000 });
  return (await testing.readOutbox({ to: email })).messages.at(-1)!.code;
}

/** Presses `label`, which starts an e-mail step-up, waits for its code step and types the outbox's new code. */
export async function passEmailStepUp(el: HTMLElement, testing: TestingClient, email: string, label: string): Promise<void> {
  const before = (await testing.readOutbox({ to: email })).messages.length;
  click(el, label);
  await waitUntil(() => stepTitle(el) === 'Check your email' && codeInput(el), 'the step-up', { timeout: 5000 });
  type(codeInput(el), await nextOutboxCode(testing, email, before));
}
