import * as z from 'zod/mini';
import { CodeChannel, EmailAddress, Empty, Id, Instant, Password, PhoneNumber } from './common.js';
import { endpoint } from './define.js';
import { SocialProvider } from './sign-in.js';

/*
 * The core testing-mode rows: what every flow's conformance suite needs to drive a backend over HTTP without a
 * human, a phone or a wall clock. A backend serves them only in test mode and answers 404 otherwise. They are
 * deliberately generic, so another team's backend can implement them from CONTRACT.md alone.
 */

/** An RFC 4648 base32 TOTP secret (at least 80 bits), as authenticator apps take it. */
const Base32Secret = z.string().check(z.regex(/^[A-Z2-7]{16,}=*$/));

const TestMessage = z.object({
  channel: CodeChannel,
  /** The full, unmasked e-mail address or E.164 phone number. */
  to: z.string(),
  /**
   * What the message belongs to, e.g. `sign-in:<challengeId>:sms`; it must contain the id of that challenge, reset,
   * step-up, binding or request, which suites match on (CONTRACT.md, `readOutbox`).
   */
  purpose: z.string(),
  /** The one-time code the message carries; `""` for a message without one. */
  code: z.string(),
  text: z.string(),
  sentAt: Instant,
});
export type TestMessage = z.infer<typeof TestMessage>;

export const coreTestingEndpoints = {
  createTestAccount: endpoint({
    method: 'POST',
    path: '/v1/testing/accounts',
    flow: 'testing',
    access: 'testing',
    input: z.object({
      email: z.optional(EmailAddress),
      phone: z.optional(PhoneNumber),
      password: z.optional(Password),
      /** An account without a password: it signs in by passkey or Google/Apple only (`createTestSession` helps). */
      passwordless: z.optional(z.literal(true)),
      displayName: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
      totpSecret: z.optional(Base32Secret),
      smsTwoFactor: z.optional(z.boolean()),
      emailTwoFactor: z.optional(z.boolean()),
      kycLevel: z.optional(z.literal([0, 1, 2])),
    }),
    output: z.object({
      userId: Id,
      displayName: z.string(),
      email: z.nullable(z.string()),
      phone: z.nullable(z.string()),
      /** null for a passwordless account. */
      password: z.nullable(z.string()),
      totpSecret: z.nullable(z.string()),
      smsTwoFactor: z.boolean(),
      emailTwoFactor: z.boolean(),
      kycLevel: z.literal([0, 1, 2]),
    }),
    status: 201,
    errors: ['identifier_taken'],
  }),
  createTestSession: endpoint({
    method: 'POST',
    path: '/v1/testing/accounts/:userId/sessions',
    flow: 'testing',
    access: 'testing',
    input: z.object({ userId: Id }),
    output: z.object({ token: z.string(), expiresAt: Instant }),
    status: 201,
    errors: ['not_found'],
  }),
  readOutbox: endpoint({
    method: 'GET',
    path: '/v1/testing/outbox',
    flow: 'testing',
    access: 'testing',
    input: z.object({ to: z.optional(z.string()) }),
    output: z.object({ messages: z.array(TestMessage) }),
    errors: [],
    idempotent: true,
  }),
  advanceClock: endpoint({
    method: 'POST',
    path: '/v1/testing/clock/advance',
    flow: 'testing',
    access: 'testing',
    input: z.object({ seconds: z.int().check(z.gte(0), z.lte(400 * 86400)) }),
    output: z.object({ now: Instant }),
    errors: [],
  }),
  readClock: endpoint({
    method: 'GET',
    path: '/v1/testing/clock',
    flow: 'testing',
    access: 'testing',
    input: Empty,
    output: z.object({ now: Instant }),
    errors: [],
    idempotent: true,
  }),
  issueCaptchaToken: endpoint({
    method: 'POST',
    path: '/v1/testing/captcha',
    flow: 'testing',
    access: 'testing',
    input: Empty,
    output: z.object({ token: z.string() }),
    errors: [],
  }),
  authorizeSocial: endpoint({
    method: 'POST',
    path: '/v1/testing/social/:provider/authorize',
    flow: 'testing',
    access: 'testing',
    input: z.object({
      provider: SocialProvider,
      state: z.string(),
      subject: z.string().check(z.minLength(1), z.maxLength(255)),
      email: z.optional(EmailAddress),
    }),
    output: z.object({ code: z.string() }),
    errors: [],
  }),
  linkSocialIdentity: endpoint({
    method: 'POST',
    path: '/v1/testing/accounts/:userId/social-links',
    flow: 'testing',
    access: 'testing',
    input: z.object({ userId: Id, provider: SocialProvider, subject: z.string().check(z.minLength(1), z.maxLength(255)) }),
    output: undefined,
    status: 204,
    errors: ['not_found'],
  }),
} as const;
