import type { CodeChannel, Identifier, SecondFactorMethod, WithdrawalLock } from '../../src/contract/index.js';

/** A registered passkey (WebAuthn credential) as the verifier needs it. */
export interface PasskeyRecord {
  id: string; // credential id, base64url
  name: string;
  publicKey: Uint8Array;
  counter: number;
  transports: string[];
  createdAt: string;
  lastUsedAt: string | null;
}

export type KycStatus = 'none' | 'pending' | 'approved' | 'rejected' | 'supplementary_required';

export interface KycRecord {
  /** Highest approved level: 0, 1 or 2. */
  level: 0 | 1 | 2;
  /** Level 1 data once given. */
  profile: {
    country: string;
    firstName: string;
    lastName: string;
    dateOfBirth?: string;
    address?: { lines: string[]; city: string; postalCode: string; country: string };
  } | null;
  /** The level-2 submission under review or last reviewed, with its state. Shape owned by routes/kyc.ts. */
  submission: Record<string, unknown> | null;
}

export interface UserRecord {
  id: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  /** scrypt hash; null for a passwordless account (passkeys or Google/Apple only). */
  passwordHash: string | null;
  /** When the password was last set (created, reset or changed); null without one. */
  passwordChangedAt: string | null;
  /** Base32 TOTP secret and the last accepted 30 s step (replay refusal). */
  totp: { secret: string; lastStep: number; enabledAt: string } | null;
  /** Whether SMS and e-mail codes count as a sign-in second factor. */
  smsTwoFactor: boolean;
  emailTwoFactor: boolean;
  preferredMethod: SecondFactorMethod | null;
  passkeys: PasskeyRecord[];
  /** WebAuthn user handle (base64url), stable per user. */
  webauthnUserId: string;
  /** scrypt hash of the recovery phrase; the phrase itself is never stored. */
  recoveryPhrase: { hash: string; confirmedAt: string | null; issuedAt: string } | null;
  socialLinks: { provider: 'google' | 'apple'; subject: string }[];
  failedSignIns: number;
  lockedUntilMs: number;
  withdrawalLock: WithdrawalLock;
  kyc: KycRecord;
  createdAt: string;
}

/** One e-mail or SMS the backend "sent": the dev outbox shows them, nothing leaves the machine. */
export interface OutboxMessage {
  id: string;
  channel: CodeChannel;
  to: string;
  purpose: string;
  code: string;
  text: string;
  sentAt: string;
}

/** The sign-in second factors the account has on, in the order a form shows them. */
export function secondFactorsOf(user: UserRecord): SecondFactorMethod[] {
  const methods: SecondFactorMethod[] = [];
  if (user.totp) methods.push('totp');
  if (user.smsTwoFactor && user.phone) methods.push('sms');
  if (user.emailTwoFactor && user.email) methods.push('email');
  return methods;
}

export function identifierValue(identifier: Identifier): string {
  return identifier.type === 'email' ? identifier.email.toLowerCase() : identifier.phone;
}

/**
 * `alice@example.com` -> `a•••e@example.com`, `al@example.com` -> `a•••@example.com`; `+46701234512` ->
 * `+46 ••• ••• 12`. A mask always hides something behind `•` (CONTRACT.md, Formats), however short the value.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const shown = local.length <= 2 ? `${local.slice(0, 1)}•••` : `${local.slice(0, 1)}•••${local.slice(-1)}`;
  return `${shown}@${domain}`;
}

export function maskPhone(phone: string): string {
  return `${phone.slice(0, 3)} ••• ••• ${phone.slice(-2)}`;
}
