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
  /** What the code confirms, e.g. `sign-in:<challengeId>:sms`. Backends choose the format; suites match on parts. */
  purpose: z.string(),
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
    summary: 'Create an account directly, with the factors and KYC level a test needs.',
    description:
      'Fields left out are not created, except that an account with neither e-mail nor phone gets a fresh e-mail ' +
      'and an account without a password gets a random one; the answer says what exists. `totpSecret` binds an ' +
      'authenticator; `smsTwoFactor` / `emailTwoFactor` make the phone / e-mail codes a sign-in second factor.',
    input: z.object({
      email: z.optional(EmailAddress),
      phone: z.optional(PhoneNumber),
      password: z.optional(Password),
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
      password: z.string(),
      totpSecret: z.nullable(z.string()),
      smsTwoFactor: z.boolean(),
      emailTwoFactor: z.boolean(),
      kycLevel: z.literal([0, 1, 2]),
    }),
    status: 201,
    errors: ['identifier_taken'],
  }),
  readOutbox: endpoint({
    method: 'GET',
    path: '/v1/testing/outbox',
    flow: 'testing',
    access: 'testing',
    summary: 'The e-mails and SMS the backend sent (nothing leaves a test backend), oldest first.',
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
    summary: "Move the backend's clock forward, so expiries, locks and cooldowns pass without waiting.",
    input: z.object({ seconds: z.int().check(z.gte(0), z.lte(400 * 86400)) }),
    output: z.object({ now: Instant }),
    errors: [],
  }),
  readClock: endpoint({
    method: 'GET',
    path: '/v1/testing/clock',
    flow: 'testing',
    access: 'testing',
    summary: "The backend's current time (authenticator codes are computed at it).",
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
    summary: 'A robot-check token the backend will accept once, as if a person had solved the captcha.',
    input: Empty,
    output: z.object({ token: z.string() }),
    errors: [],
  }),
  authorizeSocial: endpoint({
    method: 'POST',
    path: '/v1/testing/social/:provider/authorize',
    flow: 'testing',
    access: 'testing',
    summary: 'Play the identity provider: the `code` Google/Apple would send back for this `state`.',
    description: '`email`, when given, is a verified address of that identity (the backend may link by it).',
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
    summary: 'Link a Google/Apple identity (`subject`) to an account, so it can sign in with that provider.',
    input: z.object({ userId: Id, provider: SocialProvider, subject: z.string().check(z.minLength(1), z.maxLength(255)) }),
    output: undefined,
    status: 204,
    errors: ['not_found'],
  }),
} as const;
