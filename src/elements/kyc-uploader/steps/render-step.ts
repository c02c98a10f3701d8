import { html, type TemplateResult } from 'lit';
import type { PhotoSlot } from '../draft-store.js';
import type { KycI18n } from '../kyc-context.js';
import type { KycFlow } from '../kyc-flow.js';
import type { Camera } from '../capture/camera.js';
import { regionName, regionsIn, searchRegions } from '../regions.js';
import { documentStep } from './document-step.js';
import { levelOneStep } from './level-one-step.js';
import { LEVEL_ONE_FIELDS, type LevelOneField } from '../level-one-fields.js';
import { overviewStep } from './overview-step.js';
import { photoStep } from './photo-step.js';
import { submitStep } from './submit-step.js';
import { supplementaryStep } from './supplementary-step.js';

export interface StepContext {
  readonly flow: KycFlow;
  readonly i18n: KycI18n;
  /** The level of headings inside a step (one below the element's). */
  readonly headingLevel: number;
  readonly camera: Camera | undefined;
  readonly cameraSupported: boolean;
  readonly openCamera: (slot: PhotoSlot) => void;
  readonly capture: (slot: PhotoSlot) => void;
  readonly closeCamera: () => void;
}

/** The light-DOM content of the current step, from the flow's state. */
export function renderStep(c: StepContext): TemplateResult {
  const { flow, i18n } = c;
  const t = i18n.t.kycUploader;
  const locale = i18n.locale;
  const { feedback } = flow;
  const errorPrefix = i18n.t.common.errorPrefix;
  const overview = flow.overview;
  const step = flow.steps.current;
  if (!overview) return html`<p class="tillit-hint" role="status">${flow.loadFailed ? '' : t.loadingStatus}</p>`;

  if (step === 'level-1') {
    const regions = regionsIn(locale);
    const found = new Set(searchRegions(regions, flow.levelOne.query, locale).map((r) => r.code));
    const fields = LEVEL_ONE_FIELDS;
    return levelOneStep({
      t,
      errorPrefix,
      ids: feedback.ids,
      values: Object.fromEntries(fields.map((f) => [f, feedback.value(f)])) as Record<LevelOneField, string>,
      errors: Object.fromEntries(fields.map((f) => [f, feedback.error(f)])) as Record<LevelOneField, string | undefined>,
      needs: flow.levelOne.needs,
      regions,
      query: flow.levelOne.query,
      matches: (region) => found.has(region.code),
      busy: flow.action.pending === 'level-1',
      on: {
        set: (field, value) => flow.levelOne.set(field, value),
        search: (query) => flow.levelOne.search(query),
        submit: (event) => void flow.levelOne.submit(event),
        back: () => flow.steps.goTo('overview'),
      },
    });
  }

  if (step === 'document') {
    return documentStep({
      t,
      errorPrefix,
      id: feedback.ids.documentType,
      country: overview.acceptedDocuments.country ? regionName(overview.acceptedDocuments.country, locale) : '',
      types: overview.acceptedDocuments.types.map((d) => d.type),
      chosen: flow.draft.documentType,
      error: feedback.error('documentType'),
      on: {
        choose: (type) => flow.chooseDocument(type),
        next: () => (flow.draft.documentType ? flow.next('document') : feedback.showFieldErrors({ documentType: () => i18n.t.kycUploader.documentRequired })),
        back: () => flow.back(),
      },
    });
  }

  if (step === 'id_front' || step === 'id_back' || step === 'selfie') {
    const slot = step;
    const selfie = slot === 'selfie';
    return photoStep({
      t,
      locale,
      errorPrefix,
      id: feedback.ids[slot],
      slot,
      label: slot === 'id_front' && flow.draft.documentType === 'passport' ? t.slotPassport : t[`slot_${slot}`],
      status: flow.photos.of(slot),
      error: feedback.error(slot),
      cameraSupported: c.cameraSupported,
      camera: c.camera?.view(t, selfie, { capture: () => c.capture(slot), close: c.closeCamera }),
      now: Date.now(),
      on: {
        file: (file) => void flow.photos.add(slot, file),
        openCamera: () => c.openCamera(slot),
        retake: () => flow.photos.retake(slot),
        useAnyway: () => flow.photos.useAnyway(slot),
        retryUpload: () => flow.photos.retryUpload(slot),
        next: () => flow.next(slot),
        back: () => flow.back(),
      },
    });
  }

  if (step === 'submit') {
    const type = flow.draft.documentType;
    return submitStep({
      t,
      documentName: type ? t[`doc_${type}`] : t.documentRequired,
      slots: flow.requiredSlots().map((slot) => ({
        slot,
        label: slot === 'id_front' && type === 'passport' ? t.slotPassport : t[`slot_${slot}`],
        status: flow.photos.of(slot),
        uploaded: flow.photos.uploaded(slot),
      })),
      redo: Boolean(flow.redo),
      busy: flow.action.pending === 'submit',
      on: {
        change: (what) => flow.steps.goTo(what),
        retryUpload: (slot) => flow.photos.retryUpload(slot),
        submit: () => void flow.submitLevel2(),
        discard: () => void flow.discard(),
      },
    });
  }

  if (step === 'supplementary') {
    const part = flow.supplementary;
    return supplementaryStep({
      t,
      errorPrefix,
      ids: { supplementary: feedback.ids.supplementary, note: feedback.ids.note },
      requested: part.requested,
      files: part.files,
      note: feedback.value('note'),
      error: feedback.error('supplementary'),
      busy: flow.action.pending === 'supplementary',
      on: {
        add: (files) => part.add(files),
        remove: (key) => part.remove(key),
        note: (value) => feedback.setValue('note', value),
        submit: (event) => void part.submit(event),
        back: () => flow.steps.goTo('overview'),
      },
    });
  }

  const levelOne = overview.levels.find((l) => l.level === 1);
  return overviewStep({
    t,
    overview,
    formatMoney: (amount, currency) => formatMoney(locale, amount, currency),
    formatTime: (iso) => i18n.formatDate(Date.parse(iso), { dateStyle: 'medium', timeStyle: 'short' }),
    canStart1: levelOne?.state === 'available',
    canStart2: flow.canSubmitLevel2(),
    restored: flow.restored,
    busy: Boolean(flow.action.pending),
    headingLevel: c.headingLevel,
    on: {
      start: (level) => flow.start(level),
      discard: () => void flow.discard(),
      redo: () => void flow.startRedo(),
      supplementary: () => flow.supplementary.open(),
      checkNow: () => void flow.poller.now(),
    },
  });
}

/** An amount in a currency (ISO 4217) or, for a crypto ticker Intl does not know, the number and the ticker. */
function formatMoney(locale: string, amount: string, currency: string): string {
  try {
    const whole = Number.isInteger(Number(amount));
    return new Intl.NumberFormat(locale, { style: 'currency', currency, ...(whole ? { minimumFractionDigits: 0 } : {}), maximumFractionDigits: 2 }).format(Number(amount));
  } catch {
    return `${new Intl.NumberFormat(locale).format(Number(amount))} ${currency}`;
  }
}
