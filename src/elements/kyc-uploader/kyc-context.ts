import type { ReactiveControllerHost } from 'lit';
import type { LocalizeController } from '../../controllers/localize-controller.js';
import type { kycUploaderSections } from './messages.js';

/** The steps of `<kyc-uploader>`, as `tillit-step-change` names them. */
export type KycStep = 'overview' | 'level-1' | 'document' | 'id_front' | 'id_back' | 'selfie' | 'submit' | 'supplementary';

/** The fields the feedback controller knows: level 1's, the document choice, each photo, the supplementary part. */
export type KycField =
  | 'country'
  | 'firstName'
  | 'lastName'
  | 'dateOfBirth'
  | 'addressLine1'
  | 'addressLine2'
  | 'city'
  | 'postalCode'
  | 'documentType'
  | 'id_front'
  | 'id_back'
  | 'selfie'
  | 'supplementary'
  | 'note';

/** What the flow reads of its element. */
export interface KycHost extends ReactiveControllerHost, HTMLElement {
  client?: object | undefined;
  baseUrl?: string | undefined;
  /** Where the draft is kept (IndexedDB key): the host's user id, so two accounts on one browser never mix. */
  draftKey: string;
  /** First wait between status polls while a review is pending, in ms. */
  pollInterval: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export type KycI18n = LocalizeController<typeof kycUploaderSections>;
