import type { TwoFactorResetReason } from '../../contract/index.js';

// A module of its own, importing nothing: the request step (a lazy part) and the flow (up front) both read these,
// and a lazy part that imports the element's own chunk makes a customer's bundler cut that chunk out of the page's
// file (scripts/rollup-core-chunks.mjs says why).

/** The reasons a user can give for losing the authenticator, in the order the request step lists them. */
export const REASONS: readonly TwoFactorResetReason[] = ['lost_device', 'app_deleted', 'phone_changed', 'other'];
/** The longest note a request carries, in characters. */
export const NOTE_MAX = 1000;
