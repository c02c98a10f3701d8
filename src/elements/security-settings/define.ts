import { defineElement } from '../define-element.js';
import { SecuritySettings } from './security-settings.js';

defineElement('security-settings', SecuritySettings);

export { SecuritySettings };
export type { SecurityChangedEvent, SecurityChange } from '../../events/security-changed.js';
export type { StepChangeEvent } from '../../events/step-change.js';
export type { VerifiedEvent } from '../../events/verified.js';
export type { SettingsStep } from './settings-context.js';
export type { SettingsClient } from './settings-client.js';

declare global {
  interface HTMLElementTagNameMap {
    'security-settings': SecuritySettings;
  }
}
