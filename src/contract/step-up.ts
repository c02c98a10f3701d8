import * as z from 'zod/mini';
import { CodeChannel, CodeSent, Factor, Id, Instant, MaskedDestination, OneTimeCode } from './common.js';
import { endpoint } from './define.js';
import { AuthenticationResponseJSON, PublicKeyCredentialRequestOptionsJSON } from './webauthn.js';

/** Every action that needs a fresh step-up; its `verificationToken` is good for that one action only. */
export const SensitiveAction = z.enum([
  'bind_email',
  'bind_phone',
  'change_email',
  'change_phone',
  'unbind_email',
  'unbind_phone',
  'setup_totp',
  'disable_totp',
  'issue_recovery_phrase',
  'register_passkey',
  'remove_passkey',
  'change_password',
]);
export type SensitiveAction = z.infer<typeof SensitiveAction>;

/** One factor a step-up asks for; `destination` (masked) for the code channels. */
export const StepUpFactor = z.object({
  factor: Factor,
  destination: z.optional(MaskedDestination),
  verified: z.boolean(),
});
export type StepUpFactor = z.infer<typeof StepUpFactor>;

export const StepUpChallenge = z.object({
  stepUpId: Id,
  action: SensitiveAction,
  factors: z.array(StepUpFactor).check(z.minLength(1)),
  expiresAt: Instant,
});
export type StepUpChallenge = z.infer<typeof StepUpChallenge>;

export const StepUpProgress = z.object({
  factors: z.array(StepUpFactor),
  /** Present once every factor is verified: pass it as `verificationToken` to the action. Single use. */
  verificationToken: z.optional(z.string()),
  tokenExpiresAt: z.optional(Instant),
});
export type StepUpProgress = z.infer<typeof StepUpProgress>;

const ruleTable =
  'Which factors: every factor the account has bound among the e-mail code (the account has an e-mail), the SMS ' +
  'code (it has a phone) and the authenticator code (it has an authenticator); an account without an ' +
  'authenticator but with passkeys is asked for a passkey in its place (so a passkey-only account is asked for ' +
  'the passkey alone). So unbinding the e-mail of an account with an authenticator, e-mail and phone takes the ' +
  'authenticator code and both the e-mail and the SMS codes. `change_email` first needs an authenticator and a ' +
  'bound phone (SMS): without them the answer is `prerequisite_missing` with `required` listing the missing ' +
  'ones (`totp`, `sms`).';

export const stepUpEndpoints = {
  startStepUp: endpoint({
    method: 'POST',
    path: '/v1/step-up',
    flow: 'step-up',
    access: 'session',
    summary: 'Start a step-up for a sensitive action: the server says which factors it needs.',
    description: `${ruleTable} The step-up lives 10 minutes.`,
    input: z.object({ action: SensitiveAction }),
    output: StepUpChallenge,
    status: 201,
    errors: ['unauthenticated', 'csrf_failed', 'prerequisite_missing'],
  }),
  sendStepUpCode: endpoint({
    method: 'POST',
    path: '/v1/step-up/:stepUpId/send',
    flow: 'step-up',
    access: 'session',
    summary: 'Send (or resend) the e-mail or SMS code of a step-up.',
    description:
      'Only for a channel the step-up asks for (`method_not_available` otherwise). Codes are valid 10 minutes; a ' +
      'resend within 60 seconds answers `resend_too_soon` with `retryAfter` (a code outlives ' +
      'its step-up, so a late code answers `challenge_expired`, never `code_expired`). A step-up of another session\'s user, ' +
      'expired, burned or finished answers `challenge_expired`.',
    input: z.object({ stepUpId: Id, channel: CodeChannel }),
    output: CodeSent,
    errors: ['unauthenticated', 'csrf_failed', 'challenge_expired', 'method_not_available', 'resend_too_soon'],
  }),
  stepUpPasskeyOptions: endpoint({
    method: 'POST',
    path: '/v1/step-up/:stepUpId/passkey/options',
    flow: 'step-up',
    access: 'session',
    summary: 'WebAuthn request options for the passkey factor of a step-up.',
    description:
      'Only when the step-up asks for a passkey (`method_not_available` otherwise). `allowCredentials` lists the ' +
      'user\'s own passkeys; user verification is required. A new call replaces the previous challenge.',
    input: z.object({ stepUpId: Id }),
    output: z.object({ options: PublicKeyCredentialRequestOptionsJSON }),
    errors: ['unauthenticated', 'csrf_failed', 'challenge_expired', 'method_not_available'],
  }),
  verifyStepUp: endpoint({
    method: 'POST',
    path: '/v1/step-up/:stepUpId/verify',
    flow: 'step-up',
    access: 'session',
    summary: 'Verify one factor of a step-up; the last one yields the `verificationToken`.',
    description:
      '`code` for `totp`, `sms` and `email`; `response` (the WebAuthn assertion) for `passkey`; a missing one ' +
      'answers `validation_failed`. A factor the step-up does not ask for answers `method_not_available`. Wrong ' +
      'codes answer `invalid_code` with `attemptsRemaining`; the 5th wrong code of the step-up burns it ' +
      '(`too_many_attempts`). An authenticator code already accepted is refused (`code_already_used`). When every ' +
      'factor is verified the answer carries `verificationToken` (valid 5 minutes, once, for this action and ' +
      'user only) and the step-up is used up.',
    input: z.object({
      stepUpId: Id,
      factor: Factor,
      code: z.optional(OneTimeCode),
      response: z.optional(AuthenticationResponseJSON),
    }),
    output: StepUpProgress,
    errors: [
      'unauthenticated',
      'csrf_failed',
      'challenge_expired',
      'method_not_available',
      'invalid_code',
      'code_already_used',
      'too_many_attempts',
      'passkey_failed',
    ],
  }),
} as const;

export const stepUpTestingEndpoints = {
  consumeStepUpToken: endpoint({
    method: 'POST',
    path: '/v1/testing/step-up/consume',
    flow: 'testing',
    access: 'testing',
    summary: 'Spend a `verificationToken` as a sensitive action would, for the signed-in user of the request.',
    description:
      'Lets the conformance suite check the token rules without performing the action: no token answers ' +
      '`step_up_required`; a token that is unknown, expired, already spent, of another user or for another ' +
      'action answers `verification_invalid`. Needs a session (bearer or cookie) to know the user.',
    input: z.object({ action: SensitiveAction, verificationToken: z.optional(z.string()) }),
    output: undefined,
    status: 204,
    errors: ['unauthenticated', 'step_up_required', 'verification_invalid'],
  }),
} as const;
