// Shared set-up for the <kyc-uploader> suites: an in-page reference backend signed in as a seeded account, the
// element mounted on it, generated photos (../image/photos.ts) handed to its file inputs, and DOM helpers.
import { fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../../src/elements/kyc-uploader/define.js';
import type { KycUploader } from '../../../src/elements/kyc-uploader/kyc-uploader.js';
import type { KycClient } from '../../../src/elements/kyc-uploader/kyc-client.js';
import { demoBackend } from '../support/demo-session.js';

export { demoBackend };
export { drawScene, drawSelfie, photo, toJpeg } from '../image/photos.js';

let keys = 0;

/** A fresh draft key per mount, so suites never see each other's drafts (IndexedDB outlives a test). */
export const freshKey = (): string => `test-${Date.now()}-${++keys}`;

export async function mount(client: KycClient, attrs: { lang?: string; draftKey?: string; pollInterval?: number } = {}) {
  const el = await fixture<KycUploader>(html`
    <kyc-uploader .client=${client} lang=${attrs.lang ?? 'en'} draft-key=${attrs.draftKey ?? freshKey()} poll-interval=${attrs.pollInterval ?? 60_000}></kyc-uploader>
  `);
  await until(el, () => heading(el) !== '' && !text(el).includes('Loading your verification status'), 'the overview loaded');
  return el;
}

export async function settle(el: KycUploader): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

export async function until(el: KycUploader, what: () => boolean, message: string, timeout = 8000): Promise<void> {
  await waitUntil(what, message, { timeout });
  await settle(el);
}

export const q = <T extends Element = HTMLElement>(el: KycUploader, selector: string) => el.querySelector<T>(selector);
export const heading = (el: KycUploader) => el.shadowRoot!.querySelector('[part=heading]')?.textContent?.trim() ?? '';
export const summary = (el: KycUploader) =>
  el.shadowRoot!.querySelector('[data-error-summary]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const text = (el: KycUploader) => el.querySelector('[data-tillit-light]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The button in the light part whose text is `label`. */
export function button(el: KycUploader, label: string): HTMLButtonElement {
  const found = [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === label);
  if (!found) throw new Error(`no button "${label}" in: ${text(el)}`);
  return found;
}

export async function click(el: KycUploader, label: string): Promise<void> {
  button(el, label).click();
  await settle(el);
}

export function type(input: HTMLInputElement | HTMLSelectElement | null, value: string): void {
  if (!input) throw new Error('no such input');
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

/** Gives the current photo step's file input a file, as a user picking one would. */
export async function pick(el: KycUploader, file: File): Promise<void> {
  const input = q<HTMLInputElement>(el, 'input[type=file]');
  if (!input) throw new Error(`no file input in: ${text(el)}`);
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/** Waits until the current photo step is past processing (ready, or guidance shown). */
export async function processed(el: KycUploader): Promise<string> {
  await until(el, () => ['ready', 'review', 'file-error'].includes(q(el, '[data-phase]')?.dataset['phase'] ?? ''), 'the photo was processed', 20_000);
  return q(el, '[data-phase]')!.dataset['phase']!;
}

export async function uploaded(el: KycUploader): Promise<void> {
  await until(el, () => q(el, '[data-upload=done]') !== null, 'the photo uploaded', 20_000);
}

/** A home address the demo's level 1 accepts. */
export const anAddress = { addressLine1: 'Storgatan 1', addressLine2: '', city: 'Uppsala', postalCode: '753 20' };

/** Fills level 1 (with `anAddress` unless `details` says otherwise) and saves it. */
export async function fillLevelOne(
  el: KycUploader,
  details: { country: string; firstName: string; lastName: string; dateOfBirth: string } & Partial<typeof anAddress> = { country: 'SE', firstName: 'Åsa-Maria', lastName: "O'Neill Öberg", dateOfBirth: '1990-04-12' },
) {
  type(q(el, 'select[name=country]'), details.country);
  type(q(el, 'input[name=firstName]'), details.firstName);
  type(q(el, 'input[name=lastName]'), details.lastName);
  type(q(el, 'input[name=dateOfBirth]'), details.dateOfBirth);
  for (const field of ['addressLine1', 'addressLine2', 'city', 'postalCode'] as const) type(q(el, `input[name=${field}]`), details[field] ?? anAddress[field]);
  await settle(el);
  q<HTMLFormElement>(el, 'form')!.requestSubmit();
  await settle(el);
}

/** A sharp card photo and a selfie, generated once per file. */
let photos: Promise<{ card: File; selfie: File }> | undefined;
export function goodPhotos(): Promise<{ card: File; selfie: File }> {
  photos ??= (async () => {
    const { photo, drawSelfie, toJpeg } = await import('../image/photos.js');
    const card = await photo({ orientation: 6, gps: true });
    const selfie = new File([await toJpeg(drawSelfie())], 'selfie.jpg', { type: 'image/jpeg' });
    return { card, selfie };
  })();
  return photos;
}

/**
 * From the overview of a level-1 account: level 2 started and the passport chosen, then (unless `open` is false) its
 * photo step opened. `start` and `next` are the buttons' words in the element's language.
 */
export async function choosePassport(el: KycUploader, { start = 'Start level 2', next = 'Next', open = true } = {}): Promise<void> {
  await click(el, start);
  q<HTMLInputElement>(el, 'input[value=passport]')!.click();
  await settle(el);
  if (open) await click(el, next);
}

/** Ebba (level 1) signed in, mounted, at her passport's photo step. */
export async function passportStep(): Promise<KycUploader> {
  const be = demoBackend();
  await be.signInAs('ebba@example.com');
  const el = await mount(be.client);
  await choosePassport(el);
  return el;
}

/** From the overview of a level-1 account: passport, its photo page, a selfie, to the "Check and send" step. */
export async function passportUpToSubmit(el: KycUploader): Promise<void> {
  const { card, selfie } = await goodPhotos();
  await choosePassport(el);
  await pick(el, card);
  await processed(el);
  await uploaded(el);
  await click(el, 'Next');
  await pick(el, selfie);
  await processed(el);
  await uploaded(el);
  await click(el, 'Next');
}

/** The signed-in user's id, for the testing API's review decisions. */
export async function userId(be: ReturnType<typeof demoBackend>): Promise<string> {
  const session = await be.client.getSession();
  return session.user.id;
}
