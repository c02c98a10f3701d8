import type { Meta } from '@storybook/web-components-vite';
import { createClient } from '../src/client/index.js';
import type { KycOverview, KycRejectionReason } from '../src/contract/index.js';
import type { LocalizedMessages } from '../src/controllers/localize-controller.js';
import type { ErrorMessages } from '../src/i18n/errors.en.js';
import '../src/elements/kyc-uploader/define.js';
import type { KycClient } from '../src/elements/kyc-uploader/kyc-client.js';
import type { KycUploader } from '../src/elements/kyc-uploader/kyc-uploader.js';
import type { kycUploaderSections } from '../src/elements/kyc-uploader/messages.js';
import { createDemoFetch, DEMO_BASE_URL } from '../demo/browser/index.js';
import { problemResponse as problem } from '../demo/core/problem.js';
import { DEMO_PASSWORD } from '../demo/core/seed.js';
import { drawSelfie, photo, toJpeg } from '../test/browser/image/photos.js';
import { storiesFrom } from './support/drive.js';

/*
 * One story per state of <kyc-uploader>. Live states sign a seeded account in to an in-page reference backend and
 * drive the element as a person would (click, pick a generated photo); the review's outcomes (each rejection
 * reason, a supplementary request) come from a client whose overview is that outcome. `parameters.reached` says
 * how to tell the story got there, in whatever language the page is in.
 */

export type KycTexts = LocalizedMessages<typeof kycUploaderSections> & { readonly errors: ErrorMessages };
export type Reached = (el: KycUploader, t: KycTexts) => boolean;

interface Setup {
  /** The seeded account to sign in (else `client`). */
  account?: string;
  client?: KycClient;
  /** Uploads never finish (the uploading state). */
  stallUploads?: boolean;
  drive?: (el: KycUploader) => Promise<void>;
  reached: Reached;
}

async function until(check: () => boolean, tries = 400): Promise<void> {
  for (let i = 0; i < tries && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
}

const light = (el: KycUploader) => el.querySelector('[data-tillit-light]')?.textContent ?? '';
const heading = (el: KycUploader) => el.shadowRoot?.querySelector('[part=heading]')?.textContent?.trim() ?? '';
const summary = (el: KycUploader) => el.shadowRoot?.querySelector('[data-error-summary]')?.textContent ?? '';
const phase = (el: KycUploader) => el.querySelector<HTMLElement>('[data-phase]')?.dataset['phase'];

async function press(el: KycUploader, selector: string): Promise<void> {
  await until(() => Boolean(el.querySelector(selector)));
  el.querySelector<HTMLElement>(selector)?.click();
  await new Promise((resolve) => setTimeout(resolve, 30));
}

/** Overview -> level 2 -> a document type -> its first photo step. */
async function toPhoto(el: KycUploader, type = 'passport'): Promise<void> {
  await press(el, '.tillit-kyc-actions .tillit-button');
  await press(el, `input[value=${type}]`);
  el.querySelector('form')?.requestSubmit();
  await until(() => Boolean(el.querySelector('input[type=file]')));
}

async function pick(el: KycUploader, file: File | Promise<File>): Promise<void> {
  const input = el.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) return;
  const transfer = new DataTransfer();
  transfer.items.add(await file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const selfie = async () => new File([await toJpeg(drawSelfie())], 'selfie.jpg', { type: 'image/jpeg' });

/** Passport photo and selfie uploaded: the "Check and send" step. */
async function toSubmit(el: KycUploader): Promise<void> {
  await toPhoto(el);
  await pick(el, photo());
  await until(() => Boolean(el.querySelector('[data-upload=done]')), 800);
  el.querySelector<HTMLButtonElement>('.tillit-kyc-actions .tillit-button')?.click();
  await until(() => el.querySelector<HTMLElement>('[data-slot]')?.dataset['slot'] === 'selfie');
  await pick(el, selfie());
  await until(() => Boolean(el.querySelector('[data-upload=done]')), 800);
  el.querySelector<HTMLButtonElement>('.tillit-kyc-actions .tillit-button')?.click();
}

/**
 * One reference backend per account for the whole page, signed in once: no story submits, so they can share it,
 * and a page of stories does not seed a backend and hash a password for each one.
 */
const sessions = new Map<string, Promise<ReturnType<typeof createDemoFetch>>>();
async function signedIn(account: string, stallUploads = false): Promise<KycClient> {
  let session = sessions.get(account);
  if (!session) {
    const demo = createDemoFetch();
    session = createClient({ baseUrl: DEMO_BASE_URL, fetch: demo.fetch })
      .signIn({ identifier: { type: 'email', email: account }, password: DEMO_PASSWORD })
      .then(() => demo);
    sessions.set(account, session);
  }
  const demo = await session;
  // Uploads that never finish, so the uploading state stays on screen.
  const fetch: typeof globalThis.fetch = (input, init) =>
    stallUploads && new Request(input, init).url.endsWith('/v1/kyc/documents') ? new Promise<Response>(() => undefined) : demo.fetch(input, init);
  return createClient({ baseUrl: DEMO_BASE_URL, fetch });
}

function render({ account, client, stallUploads, drive }: Setup): HTMLElement {
  const el = document.createElement('kyc-uploader');
  el.setAttribute('draft-key', `story-${Math.random().toString(36).slice(2)}`);
  if (client) el.client = client;
  else void signedIn(account ?? 'ebba@example.com', stallUploads).then((live) => (el.client = live));
  if (drive) void until(() => Boolean(el.querySelector('table'))).then(() => drive(el));
  return el;
}

// --- canned overviews for the review's outcomes --------------------------------------------------------------

const limits = (amount: string, cards: boolean, deposits: boolean) => ({ dailyWithdrawal: { amount, currency: 'USD' }, fiatCardPurchases: cards, fiatDeposits: deposits });
const at = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString().replace(/\.\d+Z$/, 'Z');

function overview(review: Partial<NonNullable<KycOverview['review']>> & Pick<NonNullable<KycOverview['review']>, 'status'>, level: 1 | 2 = 1): KycOverview {
  const state = level === 2 ? 'approved' : review.status;
  return {
    level,
    status: level === 2 ? 'approved' : review.status,
    limits: level === 2 ? limits('100000', true, true) : limits('2000', true, false),
    levels: [
      { level: 1, state: 'approved', limits: limits('2000', true, false), requirements: ['country', 'legal_name', 'date_of_birth'] },
      { level: 2, state, limits: limits('100000', true, true), requirements: ['id_document_front', 'id_document_back', 'selfie'] },
    ],
    review: {
      level: 2, stage: 'standard', submittedAt: at(-5), decidedAt: review.status === 'pending' ? null : at(-1),
      estimatedCompletion: { from: at(10), to: at(55) }, reasons: [], retryable: false, ...review,
    },
    acceptedDocuments: { country: 'SE', types: [{ type: 'passport', backRequired: false }, { type: 'national_id', backRequired: true }] },
  };
}

/** A client whose overview is `answer` (and whose other calls fail like an unreachable backend). */
const answering = (answer: KycOverview): KycClient =>
  createClient({
    baseUrl: DEMO_BASE_URL,
    fetch: async (input, init) =>
      new Request(input, init).method === 'GET'
        ? new Response(JSON.stringify(answer), { headers: { 'content-type': 'application/json' } })
        : problem('service_unavailable'),
  });

const meta: Meta = { title: 'Elements/kyc-uploader', component: 'kyc-uploader', parameters: { layout: 'padded' } };
export default meta;

const story = storiesFrom(render);

// Overview of each level
export const NotVerified = story({ account: 'alva@example.com', reached: (el, t) => light(el).includes(t.kycUploader.currentLevel({ level: 0 })) });
export const Level1 = story({ reached: (el, t) => light(el).includes(t.kycUploader.currentLevel({ level: 1 })) && light(el).includes(t.kycUploader.startLevel({ level: 2 })) });
export const Level2 = story({ account: 'frode@example.com', reached: (el, t) => light(el).includes(t.kycUploader.currentLevel({ level: 2 })) });
export const LoadFailed = story({
  client: createClient({ baseUrl: DEMO_BASE_URL, fetch: async () => problem('service_unavailable') }),
  reached: (el, t) => summary(el).includes(t.errors.service_unavailable),
});

// Level 1
export const LevelOneForm = story({
  account: 'alva@example.com',
  drive: (el) => press(el, '.tillit-kyc-actions .tillit-button'),
  reached: (el, t) => heading(el) === t.kycUploader.level1Title,
});
export const LevelOneErrors = story({
  account: 'alva@example.com',
  drive: async (el) => {
    await press(el, '.tillit-kyc-actions .tillit-button');
    el.querySelector('form')?.requestSubmit();
  },
  reached: (el, t) =>
    summary(el).includes(t.kycUploader.countryRequired) &&
    summary(el).includes(t.kycUploader.dateOfBirthRequired) &&
    summary(el).includes(t.kycUploader.addressLine1Required) &&
    summary(el).includes(t.kycUploader.postalCodeRequired),
});

// Level 2: each document type, each side, the selfie
export const DocumentChoice = story({ drive: (el) => press(el, '.tillit-kyc-actions .tillit-button'), reached: (el, t) => heading(el) === t.kycUploader.documentTitle });
export const Passport = story({ drive: (el) => toPhoto(el, 'passport'), reached: (el, t) => heading(el) === t.kycUploader.slotPassport && phase(el) === 'empty' });
export const NationalIdFront = story({ drive: (el) => toPhoto(el, 'national_id'), reached: (el, t) => heading(el) === t.kycUploader.slot_id_front });
export const DrivingLicenceFront = story({ drive: (el) => toPhoto(el, 'driving_licence'), reached: (el, t) => heading(el) === t.kycUploader.slot_id_front });
export const ResidencePermitFront = story({ drive: (el) => toPhoto(el, 'residence_permit'), reached: (el, t) => heading(el) === t.kycUploader.slot_id_front });
export const IdBack = story({
  drive: async (el) => {
    await toPhoto(el, 'national_id');
    await pick(el, photo());
    await until(() => Boolean(el.querySelector('[data-upload=done]')), 800);
    el.querySelector<HTMLButtonElement>('.tillit-kyc-actions .tillit-button')?.click();
  },
  reached: (el, t) => heading(el) === t.kycUploader.slot_id_back,
});
export const Uploading = story({
  stallUploads: true,
  drive: async (el) => {
    await toPhoto(el);
    await pick(el, photo());
  },
  reached: (el) => Boolean(el.querySelector('[data-upload=uploading]')),
});
export const PhotoUploaded = story({
  drive: async (el) => {
    await toPhoto(el);
    await pick(el, photo());
  },
  reached: (el) => Boolean(el.querySelector('[data-upload=done]')),
});
export const NotAPhoto = story({
  drive: async (el) => {
    await toPhoto(el);
    await pick(el, new File([`%PDF-1.4\n${'x'.repeat(300)}`], 'id.pdf', { type: 'application/pdf' }));
  },
  reached: (el, t) => light(el).includes(t.kycUploader.file_not_an_image),
});

// Each quality warning (the first two are refused; the third time "Use this photo anyway" appears)
const warning = (file: () => Promise<File>, text: (t: KycTexts) => string) =>
  story({
    drive: async (el) => {
      await toPhoto(el);
      await pick(el, file());
    },
    reached: (el, t) => phase(el) === 'review' && light(el).includes(text(t)),
  });
export const TooDark = warning(() => photo({ brightness: 0.22 }), (t) => t.kycUploader.check_too_dark);
export const Glare = warning(() => photo({ glare: true }), (t) => t.kycUploader.check_glare);
export const Blurred = warning(() => photo({ blur: 6 }), (t) => t.kycUploader.check_blurred);
export const CutOff = warning(() => photo({ shiftX: 0.3 }), (t) => t.kycUploader.check_cut_off({ sides: t.kycUploader.side_right, count: 1 }));
export const TooSmall = warning(() => photo({ width: 1200, height: 900, cardShare: 0.5 }), (t) => t.kycUploader.check_too_small);
export const SendAnyway = story({
  drive: async (el) => {
    await toPhoto(el);
    for (let i = 0; i < 3; i++) {
      await pick(el, photo({ blur: 6 }));
      await until(() => phase(el) === 'review', 800);
      if (i < 2) await press(el, '.tillit-kyc-actions .tillit-button');
    }
  },
  reached: (el, t) => light(el).includes(t.kycUploader.useAnyway),
});

// Sending, and after
export const ReadyToSend = story({ drive: toSubmit, reached: (el, t) => heading(el) === t.kycUploader.submitTitle && el.querySelectorAll('[data-upload=done]').length === 2 });
export const Pending = story({ client: answering(overview({ status: 'pending' })), reached: (el, t) => light(el).includes(t.kycUploader.pendingTitle) });
export const PendingSupplementary = story({
  client: answering(overview({ status: 'pending', stage: 'supplementary' })),
  reached: (el, t) => light(el).includes(t.kycUploader.pendingSupplementary),
});
export const Approved = story({ client: answering(overview({ status: 'approved' }, 2)), reached: (el, t) => light(el).includes(t.kycUploader.approvedTitle) });
export const SupplementaryRequested = story({
  client: answering(overview({ status: 'supplementary_required', reasons: [{ code: 'selfie_mismatch', retryable: true }], documentTypes: ['second_id', 'proof_of_address'] })),
  reached: (el, t) => light(el).includes(t.kycUploader.supplementaryTitle),
});
export const SupplementaryForm = story({
  client: answering(overview({ status: 'supplementary_required', reasons: [{ code: 'selfie_mismatch', retryable: true }], documentTypes: ['second_id', 'proof_of_address'] })),
  drive: (el) => press(el, '.tillit-kyc-panel .tillit-button'),
  reached: (el, t) => heading(el) === t.kycUploader.supplementaryTitle && Boolean(el.querySelector('textarea')),
});

const rejected = (code: KycRejectionReason) =>
  story({
    client: answering(overview({ status: 'rejected', reasons: [{ code, retryable: code !== 'underage' }], retryable: code !== 'underage' })),
    reached: (el, t) => light(el).includes(t.kycUploader[`reason_${code}`]),
  });
export const RejectedPhotosMissing = rejected('photos_missing');
export const RejectedSessionExpired = rejected('session_expired');
export const RejectedBrowserProblem = rejected('browser_problem');
export const RejectedDocumentIncomplete = rejected('document_incomplete');
export const RejectedSelfieMismatch = rejected('selfie_mismatch');
export const RejectedDocumentExpired = rejected('document_expired');
export const RejectedDocumentUnreadable = rejected('document_unreadable');
export const RejectedEditedImage = rejected('edited_image');
export const RejectedDataMismatch = rejected('data_mismatch');
export const RejectedUnderage = rejected('underage');
export const RejectedUnsupportedDocument = rejected('unsupported_document');
