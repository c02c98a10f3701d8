import { defineElement } from '../define-element.js';
import { KycUploader } from './kyc-uploader.js';

defineElement('kyc-uploader', KycUploader);

export { KycUploader };
export type { KycStatusChangeEvent } from '../../events/kyc-status-change.js';
export type { StepChangeEvent } from '../../events/step-change.js';
export type { KycStep } from './kyc-context.js';
export type { KycClient } from './kyc-client.js';

declare global {
  interface HTMLElementTagNameMap {
    'kyc-uploader': KycUploader;
  }
}
