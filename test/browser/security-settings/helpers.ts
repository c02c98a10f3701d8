// Shared set-up for the <security-settings> suites: the in-page reference backend with a signed-in session, fresh
// accounts, and helpers that act as a user would (buttons by their text, typing, the step-up's codes).
import { fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../../src/elements/security-settings/define.js';
// The task part loads when the first task opens (press() waits for it). Fetched here once, as a warm browser cache
// would have it: the dev server compiles it on first request, which on a loaded machine ate the first test's time.
await import('../../../src/elements/security-settings/task-part.js');
import type { SecuritySettings } from '../../../src/elements/security-settings/security-settings.js';
import type { SettingsClient } from '../../../src/elements/security-settings/settings-client.js';
import { demoBackend, DEMO_PASSWORD, type DemoBackend } from '../support/demo-session.js';

export { demoBackend, DEMO_PASSWORD, type DemoBackend };

export async function mount(client: SettingsClient, lang = 'en', timeZone = 'Europe/Stockholm'): Promise<SecuritySettings> {
  const el = await fixture<SecuritySettings>(html`<security-settings .client=${client} lang=${lang} time-zone=${timeZone}></security-settings>`);
  await until(el, () => Boolean(shadow(el, '.rows')) || Boolean(shadow(el, '[data-error-summary]')), 'the overview loaded');
  return el;
}

export async function settle(el: SecuritySettings): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

export async function until(el: SecuritySettings, check: () => boolean, message: string, timeout = 10_000): Promise<void> {
  try {
    await waitUntil(check, message, { timeout });
  } catch (error) {
    // Say where the element was, so a timeout is readable.
    throw new Error(`${(error as Error).message} (step "${stepTitle(el)}", summary "${summary(el)}")`, { cause: error });
  }
  await settle(el);
}

export const shadow = <T extends Element = HTMLElement>(el: SecuritySettings, selector: string) => el.shadowRoot!.querySelector<T>(selector);
export const light = <T extends Element = HTMLElement>(el: SecuritySettings, selector: string) => el.querySelector<T>(selector);
/** The heading of the light part's step (task, step-up, code, done). */
export const stepTitle = (el: SecuritySettings) => light(el, '[data-tillit-heading]')?.textContent?.trim() ?? '';
export const summary = (el: SecuritySettings) => shadow(el, '[data-error-summary]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The overview row of a factor (`email`, `phone`, `totp`, `passkeys`, `phrase`, `password`). */
export const row = (el: SecuritySettings, id: string) => shadow(el, `#row-${id}`)?.closest('li') ?? null;

/** A button of the overview or of the light part, by (part of) its text. */
export function button(el: SecuritySettings, label: string): HTMLButtonElement {
  const all = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button'), ...el.querySelectorAll<HTMLButtonElement>('button')];
  const found = all.find((b) => b.textContent!.replace(/\s+/g, ' ').includes(label));
  if (!found) throw new Error(`no button "${label}" (have: ${all.map((b) => b.textContent!.trim()).join(' | ')})`);
  return found;
}

/** Presses a button; when it opened the first task, waits while the task's part loads (the element says so). */
export async function press(el: SecuritySettings, label: string): Promise<void> {
  await activate(el, button(el, label));
}

/** Clicks a control of the overview (a button, a switch); when it opened the first task, waits for the task's part. */
export async function activate(el: SecuritySettings, control: HTMLElement | null): Promise<void> {
  if (!control) throw new Error('no such control');
  control.click();
  await settle(el);
  if (shadow(el, '[data-loading-part]')) await until(el, () => !shadow(el, '[data-loading-part]'), 'the task part loaded');
}

/** Types into a light-DOM input the way a keyboard would (value, then an input event). */
export function type(input: HTMLInputElement | null, value: string): void {
  if (!input) throw new Error('no such input');
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: value }));
}

export const codeInput = (el: SecuritySettings) => light<HTMLInputElement>(el, 'input[autocomplete=one-time-code]');

/** Submits the light part's form. */
export async function submit(el: SecuritySettings): Promise<void> {
  light<HTMLFormElement>(el, 'form')!.requestSubmit();
  await settle(el);
}

/** A fresh signed-in account: e-mail (and phone, authenticator) as given. Returns its e-mail. */
export async function freshAccount(
  be: DemoBackend,
  name: string,
  extra: { phone?: string; totpSecret?: string; smsTwoFactor?: boolean; emailTwoFactor?: boolean } = {},
): Promise<string> {
  const email = `${name}-${crypto.randomUUID().slice(0, 8)}@example.com`;
  await be.testing.createTestAccount({ email, password: DEMO_PASSWORD, ...extra });
  await be.signInAs(email);
  return email;
}

/** A random Swedish mobile number in E.164 (never seeded). */
export function freshPhone(): string {
  return `+4670${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
}

/**
 * Answers the step-up that is on screen, factor by factor, from the outbox and the demo authenticator: `to` maps
 * a factor to where its code went. Resolves when the step-up view is gone or says it is confirmed.
 */
export async function answerStepUp(el: SecuritySettings, be: DemoBackend, to: { email?: string; sms?: string; totpSecret?: string }): Promise<void> {
  await until(el, () => Boolean(light(el, '.tillit-step-up')), 'the step-up starts');
  for (let i = 0; i < 4; i += 1) {
    await until(el, () => !light(el, '.tillit-step-up') || Boolean(codeInput(el)) || light(el, '.tillit-step-up .tillit-intro')?.textContent?.includes('Thank you') === true || stepTitle(el) === 'Use your passkey', 'a factor is asked for');
    const title = stepTitle(el);
    if (title === 'Use your passkey') {
      // navigator.credentials is stubbed by the suite (credentials-stub.ts): the passkey answers at once.
      await press(el, 'Use your passkey');
      await until(el, () => stepTitle(el) !== title || summary(el) !== '', 'the passkey factor was answered');
      continue;
    }
    if (!codeInput(el) || !light(el, '.tillit-step-up')) return;
    if (title === 'Check your email' || title === 'Check your phone') {
      await until(el, () => (light(el, '.tillit-intro')?.textContent ?? '').includes('We sent'), 'the code was sent');
      const dest = title === 'Check your email' ? to.email : to.sms;
      if (!dest) throw new Error(`no destination for ${title}`);
      type(codeInput(el), await be.outboxCode(dest));
    } else if (title.includes('authenticator')) {
      type(codeInput(el), await be.totpCode(to.totpSecret));
    } else {
      return;
    }
    await until(el, () => stepTitle(el) !== title || Boolean(light(el, '[data-invalid]')), `the ${title} factor was answered`);
    if (light(el, '[data-invalid]')) throw new Error(`wrong code for ${title}: ${summary(el)}`);
  }
}
