/** Unguessable ids and tokens from the platform CSPRNG (Node 20 and browsers both have `crypto`). */
export function randomToken(bytes = 24): string {
  const buf = crypto.getRandomValues(new Uint8Array(bytes));
  let s = '';
  for (const b of buf) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function randomId(prefix: string): string {
  return `${prefix}_${randomToken(12)}`;
}

/** A uniformly random 6-digit code (rejection sampling avoids modulo bias). */
export function randomDigits(length = 6): string {
  const limit = 10 ** length;
  const max = Math.floor(0xffffffff / limit) * limit;
  for (;;) {
    const [n] = crypto.getRandomValues(new Uint32Array(1));
    if (n !== undefined && n < max) return String(n % limit).padStart(length, '0');
  }
}

/** Compares two strings in time independent of where they differ. */
export function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
