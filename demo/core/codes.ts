import type { CodeChannel, CodeSent } from '../../src/contract/index.js';
import type { Clock } from './clock.js';
import { isoInstant } from './clock.js';
import { randomDigits, randomId, timingSafeEqual } from './ids.js';
import { maskEmail, maskPhone, type OutboxMessage } from './model.js';
import { ApiProblem } from './problem.js';

/** How long an SMS/e-mail code works, how soon it may be resent, and how many wrong tries it takes. */
export const CODE_TTL_SECONDS = 10 * 60;
export const RESEND_AFTER_SECONDS = 60;
export const MAX_CODE_ATTEMPTS = 5;

/**
 * The answer to the `tries`-th wrong code (or words) against one code, challenge or setup: `invalid_code` with
 * the tries left, and from the 5th on `too_many_attempts` after `burn` has ended what was being confirmed. That
 * 429 carries Retry-After 0: only this one is spent, a new one may start at once.
 */
export function wrongAnswer(tries: number, burn: () => void = () => {}): ApiProblem {
  const left = MAX_CODE_ATTEMPTS - tries;
  if (left > 0) return new ApiProblem('invalid_code', { attemptsRemaining: left });
  burn();
  return new ApiProblem('too_many_attempts', { retryAfter: 0 });
}

interface IssuedCode {
  code: string;
  expiresAtMs: number;
  resendAtMs: number;
  attempts: number;
}

/**
 * One-time codes sent by e-mail or SMS, keyed by what they confirm (`purpose`, e.g. `sign-in:<challengeId>:sms`).
 * Messages land in the dev outbox instead of leaving the machine.
 */
export class CodeService {
  private readonly issued = new Map<string, IssuedCode>();

  constructor(
    private readonly clock: Clock,
    readonly outbox: OutboxMessage[],
  ) {}

  /** Issues a code for `purpose` and sends it to `to`; with `to` null the code is issued but reaches nobody. */
  send(purpose: string, channel: CodeChannel, to: string | null, text: (code: string) => string): CodeSent {
    const now = this.clock.nowMs();
    const previous = this.issued.get(purpose);
    if (previous && previous.resendAtMs > now) {
      throw new ApiProblem('resend_too_soon', { retryAfter: Math.ceil((previous.resendAtMs - now) / 1000) });
    }
    const code = randomDigits(6);
    const entry: IssuedCode = {
      code,
      expiresAtMs: now + CODE_TTL_SECONDS * 1000,
      resendAtMs: now + RESEND_AFTER_SECONDS * 1000,
      attempts: 0,
    };
    this.issued.set(purpose, entry);
    if (to !== null) {
      this.outbox.push({ id: randomId('msg'), channel, to, purpose, code, text: text(code), sentAt: isoInstant(now) });
    }
    return {
      channel,
      sentTo: to === null ? '' : channel === 'email' ? maskEmail(to) : maskPhone(to),
      resendAfter: RESEND_AFTER_SECONDS,
      expiresAt: isoInstant(entry.expiresAtMs),
    };
  }

  /**
   * Checks a code; throws `invalid_code` (with attempts left), `code_expired` or `too_many_attempts`. A code works
   * once; the 5th wrong try burns it (see `wrongAnswer`).
   */
  verify(purpose: string, code: string): void {
    const entry = this.issued.get(purpose);
    const now = this.clock.nowMs();
    if (!entry) throw new ApiProblem('invalid_code', { attemptsRemaining: 0 });
    if (entry.expiresAtMs <= now) throw new ApiProblem('code_expired');
    if (!timingSafeEqual(entry.code, code)) throw wrongAnswer(++entry.attempts, () => this.issued.delete(purpose));
    this.issued.delete(purpose);
  }

  /** Whether a code for `purpose` is out (sent, not yet used, burned or forgotten; it may have expired). */
  has(purpose: string): boolean {
    return this.issued.has(purpose);
  }

  forget(prefix: string): void {
    for (const key of this.issued.keys()) if (key.startsWith(prefix)) this.issued.delete(key);
  }
}
