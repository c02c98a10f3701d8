import { Secret, TOTP } from 'otpauth';
import { createClient } from '../../src/client/index.js';
import { createClientFor } from '../../src/client/create-client-for.js';
import { testingEndpoints } from '../../src/contract/index.js';
import { createDemoFetch, DEMO_BASE_URL } from '../../demo/browser/index.js';
import { DEMO_PASSWORD } from '../../demo/core/seed.js';
import type { TillitClient } from '../../src/client/types.js';
import { frame, type, until } from './drive.js';

/*
 * What the stories of the signed-in security elements (<totp-setup>, <recovery-key-backup>) share: an in-page
 * reference backend with a fresh e-mail-only account signed in (its step-ups ask for one e-mail code), and small
 * steps that act on the light DOM as a person would, so each story reaches its state through the real flow.
 */

export type Demo = ReturnType<typeof signedInDemo>;

/**
 * A new backend and its client at once (a story renders synchronously), with a fresh account being signed in
 * through the client (the in-page fetch keeps the session cookie): await `ready` before driving the element.
 */
export function signedInDemo() {
  const demo = createDemoFetch();
  const client = createClient({ baseUrl: DEMO_BASE_URL, fetch: demo.fetch });
  const testing = createClientFor(testingEndpoints, { baseUrl: DEMO_BASE_URL, fetch: demo.fetch });
  const email = `story-${crypto.randomUUID().slice(0, 8)}@example.com`;
  const ready = (async () => {
    await testing.createTestAccount({ email, password: DEMO_PASSWORD });
    await client.signIn({ identifier: { type: 'email', email }, password: DEMO_PASSWORD });
  })();
  const outboxCode = async () => (await testing.readOutbox({ to: email })).messages.at(-1)?.code ?? '';
  const totpCode = async (secret: string) =>
    new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: Date.parse((await testing.readClock()).now) });
  return { demo, client, testing, email, ready, outboxCode, totpCode };
}

/** What a signed-in element's story sets: a fault client instead of the account's, how to drive it, its state. */
export interface SignedInSetup<E, T> {
  /** A client of its own (a fault story), or one made from the story's signed-in demo client. */
  client?: TillitClient | ((demo: Demo) => TillitClient);
  drive?: (el: E, demo: Demo) => Promise<void>;
  reached: (el: E, t: T) => boolean;
}

/**
 * The element `tag` with a fresh signed-in account's client (or `client`, a fault story's), driven by `drive`
 * once the account is ready.
 */
export function signedInElement<E extends HTMLElement>(
  tag: string,
  client: SignedInSetup<E, unknown>['client'],
  drive?: (el: E, demo: Demo) => Promise<void>,
): E {
  const demo = signedInDemo();
  const el = document.createElement(tag) as E;
  (el as { client?: TillitClient }).client = typeof client === 'function' ? client(demo) : client ?? demo.client;
  if (drive) void frame().then(async () => {
    await demo.ready;
    await drive(el, demo);
  });
  return el;
}

/** Presses the light-DOM button whose text is one of `texts` (the stories do not know the page's language). */
export async function press(root: Element, ...texts: string[]): Promise<void> {
  const find = () => [...root.querySelectorAll<HTMLButtonElement>('button')].find((b) => texts.includes(b.textContent!.trim()));
  await until(() => Boolean(find()));
  find()?.click();
}

export const codeInput = (root: Element) => root.querySelector<HTMLInputElement>('input[autocomplete=one-time-code]');

/** Waits for the e-mail step-up's code field and answers it from the outbox. */
export async function answerEmailStepUp(root: Element, demo: Demo): Promise<void> {
  await until(async () => Boolean(codeInput(root)) && (await demo.testing.readOutbox({ to: demo.email })).messages.length > 0);
  type(root, 'input[autocomplete=one-time-code]', await demo.outboxCode());
}

/** The texts of "Continue" in the shipped languages. */
export const CONTINUE = ['Continue', 'Fortsätt', 'Fortsett'];
export const CANCEL = ['Cancel', 'Avbryt'];

export const heading = (el: Element) => el.querySelector('[data-tillit-heading]')?.textContent?.trim() ?? '';
