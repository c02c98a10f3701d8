import { withdrawalLockMessages } from '../../i18n/withdrawal-lock.js';

/**
 * What the overview shows only once the backend has answered, loaded with that answer (the flow asks for both at
 * once) rather than with the element: the withdrawal lock's notice with its texts and sheet, and which passkeys this
 * browser holds. The element's first render is "Loading…" either way. Other elements' later parts load the lock
 * notice too; had this element imported it up front, a page with several elements would get it in a file of its
 * own (docs/ARCHITECTURE.md, "Lazy parts").
 */
export const overviewSections = { withdrawalLock: withdrawalLockMessages };

export type OverviewSections = typeof overviewSections;

export { withdrawalLockNotice } from '../shared/withdrawal-lock.js';
export { withdrawalLockStyles } from '../shared/withdrawal-lock-styles.js';
export { devicePasskeyIds } from '../../passkeys/device-passkeys.js';
