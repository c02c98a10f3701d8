// Shared set-up for the <login-form> suites: one in-page reference backend per file, a client through it, the
// testing rows (outbox, clock, captcha tokens, fresh accounts), and small DOM helpers that act as a user would.
import { fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { TOTP, Secret } from 'otpauth';
import { createClient, createClientFor } from '../../../src/client/index.js';
import { testingEndpoints } from '../../../src/contract/index.js';
import '../../../src/elements/login-form/define.js';
import type { LoginForm } from '../../../src/elements/login-form/login-form.js';
import type { SignInClient } from '../../../src/elements/login-form/sign-in-client.js';
import { createDemoFetch, DEMO_BASE_URL } from '../../../demo/browser/index.js';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../../../demo/core/seed.js';

export { DEMO_PASSWORD };

/** Every request the element sent, as method + path + JSON body, for asserting what went over the wire. */
export interface Sent {
  path: string;
  body: Record<string, unknown> | undefined;
}

export function backend() {
  const demo = createDemoFetch();
  const sent: Sent[] = [];
  const recording: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const text = request.method === 'GET' ? '' : await request.clone().text();
    sent.push({ path: new URL(request.url).pathname, body: text ? JSON.parse(text) : undefined });
    return demo.fetch(request);
  };
  const client = createClient({ baseUrl: DEMO_BASE_URL, fetch: recording });
  const testing = createClientFor(testingEndpoints, { baseUrl: DEMO_BASE_URL, fetch: demo.fetch });
  return { client, testing, sent, fetch: recording };
}

export type Backend = ReturnType<typeof backend>;

/** A client whose every request answers the same way (a fault), for the error states. */
export function faultClient(answer: (request: Request) => Response | Promise<Response>, timeoutMs?: number): SignInClient {
  return createClient({ baseUrl: DEMO_BASE_URL, fetch: async (input, init) => answer(new Request(input, init)), timeoutMs });
}

/** The reference backend's own problem+json answer (status from the catalog, Retry-After from `retryAfter`). */
export { problemResponse as problem } from '../../../demo/core/problem.js';

/** A client through `be` whose every answer comes `ms` late, for requests still running when something happens. */
export function slowClient(be: Backend, ms: number): SignInClient {
  return createClient({ baseUrl: DEMO_BASE_URL, fetch: async (input, init) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return be.fetch(input, init);
  } });
}

export async function mount(client: SignInClient, attrs: { methods?: string; identifier?: string; lang?: string } = {}) {
  // Bound the way a host's Lit template would bind it.
  const el = await fixture<LoginForm>(html`
    <login-form
      .client=${client}
      methods=${attrs.methods ?? 'password passkey google apple'}
      identifier=${attrs.identifier ?? 'email phone'}
      lang=${attrs.lang ?? 'en'}
    ></login-form>
  `);
  await settle(el);
  // The phone field loads on demand: a form that starts with it is ready once it is there.
  if ((attrs.identifier ?? '').startsWith('phone')) await phoneShown(el);
  return el;
}

/** Waits for the phone field, which loads (with its country table) when the phone kind is first shown. */
export async function phoneShown(el: LoginForm): Promise<void> {
  await waitUntil(() => el.querySelector('input[type=tel]') !== null, 'the phone field loaded', { timeout: 5000 });
  await settle(el);
}

/** Chooses the phone kind on the switch and waits for its field. */
export async function choosePhone(el: LoginForm): Promise<void> {
  el.querySelector<HTMLInputElement>('input[value=phone]')!.click();
  await phoneShown(el);
}

export async function settle(el: LoginForm): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

export const q = <T extends Element = HTMLElement>(el: LoginForm, selector: string) => el.querySelector<T>(selector);
export const shadow = <T extends Element = HTMLElement>(el: LoginForm, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const heading = (el: LoginForm) => shadow(el, '[part=heading]')?.textContent?.trim() ?? '';
export const summary = (el: LoginForm) => shadow(el, '[data-error-summary]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** Types into a light-DOM input the way a keyboard would (value, then an input event). */
export function type(input: HTMLInputElement | null, value: string): void {
  if (!input) throw new Error('no such input');
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
}

export async function submit(el: LoginForm): Promise<void> {
  q<HTMLFormElement>(el, 'form')!.requestSubmit();
  await settle(el);
}

export async function signInWith(el: LoginForm, identifier: string, password = DEMO_PASSWORD): Promise<void> {
  type(q(el, 'input[type=email]'), identifier);
  type(q(el, 'input[autocomplete=current-password]'), password);
  await submit(el);
}

/** Waits until the element has left the pending state of a request and rendered what came back. */
export async function idle(el: LoginForm, what: () => boolean, message = 'the element did not settle'): Promise<void> {
  await waitUntil(what, message, { timeout: 5000 });
  await settle(el);
}

export async function outboxCode(backend: Backend, to: string): Promise<string> {
  const { messages } = await backend.testing.readOutbox({ to });
  const last = messages.at(-1);
  if (!last) throw new Error(`no message to ${to}`);
  return last.code;
}

/** The authenticator code at the backend's clock, from the seeded demo secret. */
export async function totpCode(backend: Backend, secret = DEMO_TOTP_SECRET): Promise<string> {
  const { now } = await backend.testing.readClock();
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: Date.parse(now) });
}

/** The next event of a type, typed by GlobalEventHandlersEventMap (open-wc's oneEvent says CustomEvent). */
export function oneEvent<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) => target.addEventListener(type, (event) => resolve(event as GlobalEventHandlersEventMap[K]), { once: true }));
}
