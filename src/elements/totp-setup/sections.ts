import { codeMessages } from '../../i18n/code.js';
import { stepUpMessages } from '../../i18n/step-up.js';
import { totpSetupMessages } from './messages.js';

/** Every section `<totp-setup>` reads, by the names it reads them under: its own, the code field's, the step-up's. */
export const totpSetupSections = { totpSetup: totpSetupMessages, code: codeMessages, stepUp: stepUpMessages };

export type TotpSetupSections = typeof totpSetupSections;
