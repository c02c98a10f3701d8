// Shared set-up for the <totp-setup> and <recovery-key-backup> suites: the in-page reference backend (a fresh
// signed-in account per test), and small DOM helpers that act as a user would.
import { nextFrame, waitUntil } from '@open-wc/testing';
import { Secret, TOTP } from 'otpauth';
import { demoBackend, DEMO_PASSWORD, type DemoBackend } from '../support/demo-session.js';

export { demoBackend, type DemoBackend };

export async function settle(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

export async function until(el: HTMLElement & { updateComplete: Promise<boolean> }, check: () => boolean, message: string): Promise<void> {
  await waitUntil(check, message, { timeout: 5000 });
  await settle(el);
}

/** The focused step heading's text (the light part's `[data-tillit-heading]`). */
export const stepTitle = (el: Element) => el.querySelector('[data-tillit-heading]')?.textContent?.trim() ?? '';
export const summary = (el: Element) => el.shadowRoot!.querySelector('[data-error-summary]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const codeInput = (el: Element) => el.querySelector<HTMLInputElement>('input[autocomplete=one-time-code]');

export function button(el: Element, text: string): HTMLButtonElement {
  const found = [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === text);
  if (!found) throw new Error(`no button "${text}" in: ${[...el.querySelectorAll('button')].map((b) => b.textContent!.trim()).join(' | ')}`);
  return found;
}

export function type(input: HTMLInputElement | null, value: string): void {
  if (!input) throw new Error('no such input');
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
}

/** A fresh account with an e-mail only (no 2FA), signed in: its step-ups ask for one e-mail code. */
export async function freshAccount(be: DemoBackend, name: string): Promise<string> {
  const email = `${name}-${crypto.randomUUID().slice(0, 8)}@example.com`;
  await be.testing.createTestAccount({ email, password: DEMO_PASSWORD });
  await be.signInAs(email);
  return email;
}

/** The authenticator code for `secret` at the backend's clock, computed here with otpauth (not our code). */
export async function codeFor(be: DemoBackend, secret: string): Promise<string> {
  const { now } = await be.testing.readClock();
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: Date.parse(now) });
}

/** Answers the e-mail step-up on screen with the code from the outbox. */
export async function passStepUp(el: HTMLElement & { updateComplete: Promise<boolean> }, be: DemoBackend, email: string): Promise<void> {
  try {
    await until(el, () => stepTitle(el) === 'Check your email' && codeInput(el) !== null, 'the step-up asks for the e-mail code');
  } catch {
    const problem = el.shadowRoot?.querySelector('[data-error-summary]')?.textContent ?? '';
    throw new Error(`the step-up did not ask for the e-mail code: "${stepTitle(el)}" ${problem} ${el.textContent!.slice(0, 400)}`);
  }
  await waitUntil(async () => (await be.testing.readOutbox({ to: email })).messages.length > 0, 'the code was sent');
  type(codeInput(el), await be.outboxCode(email));
}

/**
 * Every string reachable from `root` (own properties, up to `depth` levels deep, DOM nodes left out): to prove a
 * secret left memory. Breadth first, so each object is met on its shortest path and the depth limit means that.
 */
export function reachableStrings(root: object, depth = 7): string[] {
  const seen = new Set<object>([root]);
  const out: string[] = [];
  let level: object[] = [root];
  for (let d = 0; d <= depth && level.length; d++) {
    const next: object[] = [];
    for (const value of level) {
      for (const key of Object.keys(value)) {
        const child = (value as Record<string, unknown>)[key];
        if (typeof child === 'string') out.push(child);
        else if (child && typeof child === 'object' && !seen.has(child) && !(child instanceof Node)) {
          seen.add(child);
          next.push(child);
        }
      }
    }
    level = next;
  }
  return out;
}
