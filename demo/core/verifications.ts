import type { Clock } from './clock.js';
import { randomToken } from './ids.js';
import { ApiProblem } from './problem.js';

/** How long a step-up verification token stays good. */
export const VERIFICATION_TTL_SECONDS = 5 * 60;

interface Grant {
  userId: string;
  /** The session the step-up ran in: a token copied to another device is worth nothing there. */
  sessionToken: string;
  action: string;
  expiresAtMs: number;
}

/** The session a token is presented in (the router's record: its user and its own token). */
export interface TokenSession {
  readonly userId: string;
  readonly token: string;
}

/**
 * Short-lived, single-use proofs that a user passed step-up for one action, in one session. Step-up routes `grant`
 * them; the routes of sensitive actions `consume` them, after their own checks.
 */
export class VerificationTokens {
  private readonly grants = new Map<string, Grant>();

  constructor(private readonly clock: Clock) {}

  grant(session: TokenSession, action: string): { token: string; expiresAtMs: number } {
    const token = randomToken(24);
    const expiresAtMs = this.clock.nowMs() + VERIFICATION_TTL_SECONDS * 1000;
    this.grants.set(token, { userId: session.userId, sessionToken: session.token, action, expiresAtMs });
    return { token, expiresAtMs };
  }

  /**
   * Spends a token for `action` in `session`. Throws `step_up_required` when none was given, `verification_invalid`
   * when it does not fit (unknown, expired, another user's or session's, another action's); a refused token stays.
   */
  consume(token: string | undefined, session: TokenSession, action: string): void {
    if (!token) throw new ApiProblem('step_up_required', { required: [action] });
    const grant = this.grants.get(token);
    const fits =
      grant !== undefined &&
      grant.userId === session.userId &&
      grant.sessionToken === session.token &&
      grant.action === action &&
      grant.expiresAtMs > this.clock.nowMs();
    if (!fits) throw new ApiProblem('verification_invalid');
    this.grants.delete(token);
  }
}
