// Shared set-up for the <password-reset> suites: one in-page reference backend per file, a client through it, the
// testing rows (outbox, clock, captcha tokens, fresh accounts), and DOM helpers that act as a user would.
import { fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { createClient, createClientFor } from '../../../src/client/index.js';
import { testingEndpoints } from '../../../src/contract/index.js';
import '../../../src/elements/password-reset/define.js';
// The steps after the identifier load while a reset starts; fetched here once, as a warm browser cache would have
// them (the dev server compiles them on first request, which on a loaded machine ate the first test's time).
await import('../../../src/elements/password-reset/reset-later.js');
import type { PasswordReset } from '../../../src/elements/password-reset/password-reset.js';
import { createDemoFetch, DEMO_BASE_URL } from '../../../demo/browser/index.js';

export { DEMO_PASSWORD } from '../../../demo/core/seed.js';
export { problemResponse as problem } from '../../../demo/core/problem.js';

export function backend() {
  const demo = createDemoFetch();
  const paths: string[] = [];
  const recording: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    paths.push(`${request.method} ${new URL(request.url).pathname}`);
    return demo.fetch(request);
  };
  const client = createClient({ baseUrl: DEMO_BASE_URL, fetch: recording });
  const testing = createClientFor(testingEndpoints, { baseUrl: DEMO_BASE_URL, fetch: demo.fetch });
  /** The demo's robot check as a host page runs it: a token from the testing row, counted. */
  const captcha = Object.assign(async () => ((captcha.calls += 1), (await testing.issueCaptchaToken({})).token), { calls: 0 });
  return { client, testing, paths, captcha, fetch: recording };
}

export type Backend = ReturnType<typeof backend>;

/** A client whose every request answers the same way (a fault), for the error states. */
export function faultClient(answer: (request: Request) => Response | Promise<Response>, timeoutMs?: number) {
  return createClient({ baseUrl: DEMO_BASE_URL, fetch: async (input, init) => answer(new Request(input, init)), timeoutMs });
}

/** A fresh account, so suites never share counters or passwords. */
let n = 0;
export async function account(be: Backend, extra: { phone?: string; smsTwoFactor?: boolean } = {}) {
  n += 1;
  const email = `reset${n}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  return be.testing.createTestAccount({ email, password: 'correct horse battery', ...extra });
}

export async function mount(be: Backend, attrs: { lang?: string; prefill?: string; identifier?: string } = {}) {
  const el = await fixture<PasswordReset>(html`
    <password-reset
      .client=${be.client}
      .captchaProvider=${be.captcha}
      identifier=${attrs.identifier ?? 'email phone'}
      prefill=${attrs.prefill ?? ''}
      lang=${attrs.lang ?? 'en'}
    ></password-reset>
  `);
  await settle(el);
  return el;
}

export async function settle(el: LitElement): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

export const q = <T extends Element = HTMLElement>(el: Element, selector: string) => el.querySelector<T>(selector);
export const shadow = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const heading = (el: Element) => shadow(el, '[part=heading]')?.textContent?.trim() ?? '';
export const intro = (el: Element) => shadow(el, '[part=intro]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const summary = (el: Element) => shadow(el, '[data-error-summary]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

export function type(input: HTMLInputElement | null, value: string): void {
  if (!input) throw new Error('no such input');
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
}

export async function submit(el: LitElement): Promise<void> {
  q<HTMLFormElement>(el, 'form')!.requestSubmit();
  await settle(el);
}

export const buttonNamed = (el: Element, name: string | RegExp) =>
  [...el.querySelectorAll<HTMLElement>('button, a')].find((b) => (typeof name === 'string' ? b.textContent!.trim() === name : name.test(b.textContent!)));

export async function idle(el: LitElement, what: () => boolean, message = 'the element did not settle'): Promise<void> {
  await waitUntil(what, message, { timeout: 5000 });
  await settle(el);
}

export async function outboxCode(be: Backend, to: string): Promise<string> {
  const { messages } = await be.testing.readOutbox({ to });
  const last = messages.at(-1);
  if (!last) throw new Error(`no message to ${to}`);
  return last.code;
}

export function oneEvent<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) => target.addEventListener(type, (event) => resolve(event as GlobalEventHandlersEventMap[K]), { once: true }));
}

/** Starts a reset for `email` and waits for the code step. */
export async function atCode(el: PasswordReset, email: string): Promise<void> {
  type(q(el, 'input[type=email]'), email);
  await submit(el);
  await idle(el, () => q(el, 'input[autocomplete=one-time-code]') !== null && intro(el).includes('We sent'), 'the code step');
}

/** From the code step: the code from the outbox, then the password step. */
export async function atPassword(el: PasswordReset, be: Backend, email: string): Promise<void> {
  type(q(el, 'input[autocomplete=one-time-code]'), await outboxCode(be, email));
  await idle(el, () => heading(el) === 'Choose a new password', 'the password step');
}
