/**
 * The new-password policy as the user types (the contract's `NewPassword`: 10 to 128 characters; the backend also
 * refuses one character repeated and passwords that contain the e-mail name or phone number, `password_too_weak`).
 * Pure, so the same rules drive the live checklist, the check on submit and the node tests. Common passwords are
 * the backend's to refuse: no list here could match its list.
 */

/** The contract's limits (src/contract/common.ts `NewPassword`), counted as zod counts (UTF-16 code units). */
export const NEW_PASSWORD_MIN = 10;
export const NEW_PASSWORD_MAX = 128;

export type PasswordRule = 'length' | 'notRepeated' | 'notIdentifier';

export interface PolicyCheck {
  readonly rule: PasswordRule;
  /** True once the password keeps the rule; an empty password keeps none. */
  readonly met: boolean;
}

export interface PolicyResult {
  /** The checklist, in the order to show it (`notIdentifier` only when identifiers are known). */
  readonly checks: readonly PolicyCheck[];
  /** What is wrong, most basic first, for the error on submit; undefined when every rule is kept. */
  readonly problem: 'required' | 'too_short' | 'too_long' | 'repeated' | 'contains_identifier' | undefined;
}

/**
 * What of an identifier a password must not contain: an e-mail's local part when it has at least 4 characters
 * (as the reference backend: `ann@` must not ban every password with "ann" in it); a phone number's digits without
 * the `+`, and its last 8 digits, which is the number as written at home (0731112233 for +46731112233). Masked
 * destinations ("a•••@example.com") say nothing and are skipped.
 */
export function identifierParts(identifier: string): string[] {
  const text = identifier.trim().toLowerCase();
  if (!text || text.includes('•')) return [];
  if (text.includes('@')) {
    const local = text.slice(0, text.lastIndexOf('@'));
    return local.length >= 4 ? [local] : [];
  }
  const digits = text.replace(/\D/g, '');
  if (digits.length < 7) return [];
  return [...new Set([digits, digits.slice(-8)])];
}

/** Checks a new password against the policy; `identifiers` are the account's e-mail and phone (E.164), if known. */
export function checkNewPassword(password: string, identifiers: readonly string[] = []): PolicyResult {
  const lower = password.toLowerCase();
  const parts = identifiers.flatMap(identifierParts);
  const empty = password.length === 0;
  const length = password.length >= NEW_PASSWORD_MIN && password.length <= NEW_PASSWORD_MAX;
  const repeated = /^(.)\1+$/su.test(password);
  const containsIdentifier = parts.some((part) => lower.includes(part));
  const checks: PolicyCheck[] = [
    { rule: 'length', met: length },
    { rule: 'notRepeated', met: !empty && !repeated && password.length > 1 },
  ];
  if (parts.length) checks.push({ rule: 'notIdentifier', met: !empty && !containsIdentifier });
  const problem = empty
    ? 'required'
    : password.length < NEW_PASSWORD_MIN
      ? 'too_short'
      : password.length > NEW_PASSWORD_MAX
        ? 'too_long'
        : repeated
          ? 'repeated'
          : containsIdentifier
            ? 'contains_identifier'
            : undefined;
  return { checks, problem };
}
