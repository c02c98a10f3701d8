import { scryptAsync } from '@noble/hashes/scrypt.js';
import { randomToken, timingSafeEqual } from './ids.js';

/*
 * scrypt password hashes, stored as `scrypt$N$r$p$salt$hash` (base64url). N = 2^14 keeps a sign-in near 50 ms
 * under Node and usable in the browser stand-in; a production backend would raise it.
 */
const N = 2 ** 14;
const r = 8;
const p = 1;
const dkLen = 32;

const b64 = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

export async function hashPassword(password: string): Promise<string> {
  const salt = randomToken(16);
  const hash = await scryptAsync(password.normalize('NFKC'), salt, { N, r, p, dkLen });
  return `scrypt$${N}$${r}$${p}$${salt}$${b64(hash)}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, rr, pp, salt, expected] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !expected) return false;
  const hash = await scryptAsync(password.normalize('NFKC'), salt, {
    N: Number(n),
    r: Number(rr),
    p: Number(pp),
    dkLen,
  });
  return timingSafeEqual(b64(hash), expected);
}

/** A hash to compare against when the account does not exist, so both paths cost the same time. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomToken());
  return decoy;
}

const common = new Set([
  'password123', 'password1234', '1234567890', 'qwertyuiop', 'iloveyou123', 'letmein1234', 'bitcoin2024',
  'bitcoin1234', 'welcome123', 'password!1', 'qwerty12345', 'abcdefghij', '0123456789', 'passwordpassword',
]);

/**
 * What of an identifier a password must not contain: an e-mail's local part (when it has at least 4 characters, so
 * `ann@` does not ban every password with "ann" in it), a phone number's digits without the `+`.
 */
function identifierParts(identifier: string): string[] {
  if (identifier.includes('@')) {
    const local = identifier.slice(0, identifier.lastIndexOf('@')).toLowerCase();
    return local.length >= 4 ? [local] : [];
  }
  return [identifier.replace(/^\+/, '')];
}

/**
 * Why a new password is refused, or null (CONTRACT.md, `completePasswordReset`). Length limits are in the contract
 * schema; this adds what a schema cannot. Comparisons ignore case.
 */
export function weakPasswordReason(password: string, identifiers: readonly string[]): string | null {
  const lower = password.toLowerCase();
  if (common.has(lower)) return 'common';
  if (/^(.)\1+$/su.test(password)) return 'repeated';
  if (identifiers.flatMap(identifierParts).some((part) => lower.includes(part))) return 'contains_identifier';
  return null;
}
