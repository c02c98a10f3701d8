import { Secret, TOTP } from 'otpauth';
import { ApiProblem } from './problem.js';

/** RFC 6238: SHA-1, 6 digits, 30 s steps; one step of drift either way is accepted. */
export function newTotp(secret: string, label: string): TOTP {
  return new TOTP({
    issuer: 'tillit demo exchange',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/**
 * Verifies a code and returns the step it matched. Refuses a code of a step at or before `lastStep`, so an
 * intercepted code cannot be replayed inside its 90 s window.
 */
export function verifyTotp(secret: string, code: string, lastStep: number, nowMs: number): number {
  const totp = newTotp(secret, 'verify');
  const delta = totp.validate({ token: code, timestamp: nowMs, window: 1 });
  if (delta === null) throw new ApiProblem('invalid_code');
  const step = Math.floor(nowMs / 30000) + delta;
  if (step <= lastStep) throw new ApiProblem('code_already_used');
  return step;
}
