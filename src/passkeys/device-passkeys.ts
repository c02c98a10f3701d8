/**
 * Which passkeys live on this device. WebAuthn never says which of an account's credentials a browser holds, so
 * the ceremonies remember the ids this browser created or answered with, in localStorage (per site, as storage
 * is). A credential id is public (the backend lists it in `allowCredentials`, the overview shows it): nothing
 * else goes here, no name, no account. Storage that is full, blocked or disabled only means no mark is shown.
 */
const KEY = 'tillit:device-passkeys';
/** Enough for every account one person signs in to here; the oldest falls out first. */
const KEEP = 32;
/** A base64url credential id (WebAuthn allows up to 1023 bytes, 1364 characters); anything else is not ours. */
const isCredentialId = (id: unknown): id is string => typeof id === 'string' && /^[\w-]{1,1400}$/.test(id);

function read(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter(isCredentialId) : [];
  } catch {
    return [];
  }
}

function write(ids: readonly string[]): void {
  try {
    if (ids.length) localStorage.setItem(KEY, JSON.stringify(ids));
    else localStorage.removeItem(KEY);
  } catch {
    // No storage (private mode, a blocked third-party frame): the mark is a convenience, the ceremony goes on.
  }
}

/** A ceremony on this device answered with credential `id` (created it, or signed with it). */
export function rememberDevicePasskey(id: string): void {
  if (!isCredentialId(id)) return;
  write([id, ...read().filter((known) => known !== id)].slice(0, KEEP));
}

/** The passkey `id` was removed from the account: it is no longer "this device". */
export function forgetDevicePasskey(id: string): void {
  const ids = read();
  if (ids.includes(id)) write(ids.filter((known) => known !== id));
}

/** The ids this browser remembers, for marking "This device" in a list of passkeys. */
export function devicePasskeyIds(): ReadonlySet<string> {
  return new Set(read());
}
