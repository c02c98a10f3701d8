import { Secret, TOTP } from 'otpauth';

/** RFC 6238 as authenticator apps do it (SHA-1, 6 digits, 30 s), at a given 30-second step. */
export function totpAtStep(secret: string, step: number): string {
  const totp = new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) });
  return totp.generate({ timestamp: step * 30_000 });
}

export const stepOf = (ms: number): number => Math.floor(ms / 30_000);

/** A fresh random base32 secret (160 bits), as a backend would hand to an authenticator app. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}
