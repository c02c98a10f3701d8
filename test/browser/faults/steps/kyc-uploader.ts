import { waitUntil } from '@open-wc/testing';
import { createClient } from '../../../../src/client/index.js';
import { DEMO_BASE_URL } from '../../../../demo/browser/index.js';
import '../../../../src/elements/kyc-uploader/define.js';
import type { KycUploader } from '../../../../src/elements/kyc-uploader/kyc-uploader.js';
import { DEMO_PASSWORD } from '../../../../demo/core/seed.js';
import { drawSelfie, photo, toJpeg } from '../../image/photos.js';
import type { FaultStep, FaultyBackend } from '../faults.js';
import { button, submit } from './act.js';

const text = (el: HTMLElement) => el.querySelector('[data-tillit-light]')?.textContent ?? '';
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function mount(be: FaultyBackend, email: string): Promise<KycUploader> {
  // Signed in without the matrix's short time limit (a fresh backend seeds and hashes first); same session jar.
  await createClient({ baseUrl: DEMO_BASE_URL, fetch: be.demo.fetch }).signIn({ identifier: { type: 'email', email }, password: DEMO_PASSWORD });
  const el = document.createElement('kyc-uploader');
  el.client = be.client;
  el.setAttribute('lang', 'en');
  el.setAttribute('draft-key', `faults-${Math.random().toString(36).slice(2)}`);
  document.body.append(el);
  await waitUntil(() => el.querySelector('table'), 'the overview rendered', { timeout: 5000 });
  return el;
}

async function press(el: HTMLElement, label: string): Promise<void> {
  button(el, label).click();
  await frame();
}

function set(el: HTMLElement, selector: string, value: string): void {
  const input = el.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

async function pick(el: HTMLElement, file: File): Promise<void> {
  const input = el.querySelector<HTMLInputElement>('input[type=file]')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await waitUntil(() => el.querySelector('[data-upload=done]'), 'uploaded', { timeout: 20_000 });
}

let photos: Promise<{ card: File; selfie: File }> | undefined;
const goodPhotos = () =>
  (photos ??= (async () => ({ card: await photo(), selfie: new File([await toJpeg(drawSelfie())], 'selfie.jpg', { type: 'image/jpeg' }) }))());

const details = { country: 'NO', firstName: 'Kari', lastName: 'Nordmann', dateOfBirth: '1990-02-01', addressLine1: 'Storgata 1', city: 'Oslo', postalCode: '0155' };

export const kycUploaderSteps: FaultStep[] = [
  {
    element: 'kyc-uploader',
    step: 'save level 1',
    path: /^\/v1\/kyc\/level-1$/,
    async setUp(be) {
      const el = await mount(be, 'alva@example.com');
      await press(el, 'Start level 1');
      set(el, 'select[name=country]', details.country);
      set(el, 'input[name=firstName]', details.firstName);
      set(el, 'input[name=lastName]', details.lastName);
      set(el, 'input[name=dateOfBirth]', details.dateOfBirth);
      for (const name of ['addressLine1', 'city', 'postalCode'] as const) set(el, `input[name=${name}]`, details[name]);
      await frame();
      return el;
    },
    act: submit,
    lost: (el) =>
      (['firstName', 'lastName', 'dateOfBirth', 'addressLine1', 'city', 'postalCode'] as const).filter(
        (name) => el.querySelector<HTMLInputElement>(`input[name=${name}]`)?.value !== details[name],
      ),
    done: (el) => text(el).includes('You are verified to level 1'),
  },
  {
    element: 'kyc-uploader',
    step: 'send level 2 for review',
    path: /^\/v1\/kyc\/level-2$/,
    async setUp(be) {
      const el = await mount(be, 'ebba@example.com');
      const { card, selfie } = await goodPhotos();
      await press(el, 'Start level 2');
      el.querySelector<HTMLInputElement>('input[value=passport]')!.click();
      await frame();
      await press(el, 'Next');
      await pick(el, card);
      await press(el, 'Next');
      await pick(el, selfie);
      await press(el, 'Next');
      return el;
    },
    act: async (el) => button(el, 'Send for review').click(),
    lost: (el) => (el.querySelectorAll('[data-upload=done]').length === 2 ? [] : ['photos']),
    done: (el) => text(el).includes('We are checking your documents'),
  },
];
