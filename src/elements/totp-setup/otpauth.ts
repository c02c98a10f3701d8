/** What an authenticator app reads from an `otpauth://totp/` URI (Google's Key URI Format), and the URI to use. */
export interface OtpauthDetails {
  /** The service as the app lists it ("tillit demo exchange"); empty when the URI names none. */
  readonly issuer: string;
  /** The account under the service ("alva@example.com"). */
  readonly account: string;
  readonly digits: number;
  readonly period: number;
  readonly algorithm: string;
  /**
   * The URI for the QR code and the link: the server's, with its label and `issuer` percent-encoded again
   * (`%20` for a space, UTF-8 for non-ASCII). Some apps (Microsoft Authenticator among them) refuse a label
   * with raw spaces or a `+` for a space, which is how Amplify's users got QR codes that would not scan.
   */
  readonly uri: string;
}

/** Decodes percent-encoding, leaving a malformed sequence as it is rather than failing the whole URI. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Reads the issuer, account and parameters of an `otpauth://totp/ISSUER:ACCOUNT?secret=...&issuer=...` URI. The
 * `issuer` parameter wins over the label's prefix (the format says they must agree; apps prefer the parameter).
 * Query values are read as forms encode them (`+` is a space there); the label is a path (`+` stays a plus).
 */
export function parseOtpauth(uri: string): OtpauthDetails {
  const rest = uri.replace(/^otpauth:\/\/totp\//i, '');
  const queryAt = rest.indexOf('?');
  const label = decode(queryAt < 0 ? rest : rest.slice(0, queryAt));
  const params = new URLSearchParams(queryAt < 0 ? '' : rest.slice(queryAt + 1));
  const colon = label.indexOf(':');
  const labelIssuer = colon < 0 ? '' : label.slice(0, colon).trim();
  const account = (colon < 0 ? label : label.slice(colon + 1)).trim();
  const issuer = params.get('issuer')?.trim() || labelIssuer;
  const number = (name: string, fallback: number) => {
    const value = Number(params.get(name));
    return Number.isInteger(value) && value > 0 ? value : fallback;
  };
  const encodedLabel = (issuer ? `${encodeURIComponent(issuer)}:` : '') + encodeURIComponent(account);
  const query = [...params]
    .filter(([name]) => name !== 'issuer')
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  if (issuer) query.push(`issuer=${encodeURIComponent(issuer)}`);
  return {
    issuer,
    account,
    digits: number('digits', 6),
    period: number('period', 30),
    algorithm: (params.get('algorithm') ?? 'SHA1').toUpperCase(),
    uri: `otpauth://totp/${encodedLabel}?${query.join('&')}`,
  };
}

/** The setup key in groups of four ("JBSW Y3DP EHPK 3PXP"), easier to read out and type; padding dropped. */
export function groupKey(secret: string): string[] {
  return secret.replace(/=+$/, '').match(/.{1,4}/g) ?? [];
}

/**
 * Seconds (fractional) until an authenticator shows its next code at `nowMs`: RFC 6238 counts `period`-second
 * steps of Unix time from 0, so every app on a clock set right changes its code at the same instants.
 */
export function secondsToNextCode(nowMs: number, period = 30): number {
  const periodMs = Math.max(1, period) * 1000;
  return (periodMs - (nowMs % periodMs)) / 1000;
}
