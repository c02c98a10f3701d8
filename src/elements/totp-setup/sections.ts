import type { codeMessages } from '../../i18n/code.js';
import type { stepUpMessages } from '../../i18n/step-up.js';
import type { withdrawalLockMessages } from '../../i18n/withdrawal-lock.js';
import { totpSetupMessages } from './messages.js';

/** The section `<totp-setup>` reads from its first render: its own (the first step needs nothing else). */
export const totpSetupSections = { totpSetup: totpSetupMessages };

/** The sections its flow adds when it loads (setup-part.ts): the code field's, the step-up's, the withdrawal lock's. */
export type TotpSetupLaterSections = { code: typeof codeMessages; stepUp: typeof stepUpMessages; withdrawalLock: typeof withdrawalLockMessages };

export type TotpSetupSections = typeof totpSetupSections & TotpSetupLaterSections;
