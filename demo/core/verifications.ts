import type { Clock } from './clock.js';
import { randomToken } from './ids.js';
import { ApiProblem } from './problem.js';

/** How long a step-up verification token stays good. */
export const VERIFICATION_TTL_SECONDS = 5 * 60;

interface Grant {
  userId: string;
  action: string;
  expiresAtMs: number;
}

/**
 * Short-lived, single-use proofs that a user passed step-up for one action. Step-up routes `grant` them; the
 * routes of sensitive actions `consume` them.
 */
export class VerificationTokens {
  private readonly grants = new Map<string, Grant>();

  constructor(private readonly clock: Clock) {}

  grant(userId: string, action: string): { token: string; expiresAtMs: number } {
    const token = randomToken(24);
    const expiresAtMs = this.clock.nowMs() + VERIFICATION_TTL_SECONDS * 1000;
    this.grants.set(token, { userId, action, expiresAtMs });
    return { token, expiresAtMs };
  }

  /** Throws `step_up_required` when no token was given, `verification_invalid` when it does not fit. */
  consume(token: string | undefined, userId: string, action: string): void {
    if (!token) throw new ApiProblem('step_up_required', { required: [action] });
    const grant = this.grants.get(token);
    if (!grant || grant.userId !== userId || grant.action !== action || grant.expiresAtMs <= this.clock.nowMs()) {
      throw new ApiProblem('verification_invalid');
    }
    this.grants.delete(token);
  }
}
