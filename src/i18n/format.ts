/**
 * The formatting helpers, one per file (so a bundle takes only those its chunk uses: the lock wording, for
 * example, travels with the error messages), re-exported here by name.
 */
export { digitRange } from './format/digit-range.js';
export { formatDuration } from './format/duration.js';
export { keepTogether } from './format/keep-together.js';
export { formatLockEnd, type LockEndOptions } from './format/lock-end.js';
export { lockWait } from './format/lock-wait.js';
export { plural } from './format/plural.js';
export { formatDay, formatTime } from './format/time.js';
export { formatTimeLeft } from './format/time-left.js';
