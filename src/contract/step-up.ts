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
  'enable_email_two_factor',
  'disable_email_two_factor',
  'enable_phone_two_factor',
  'disable_phone_two_factor',
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

export const stepUpEndpoints = {
  startStepUp: endpoint({
    method: 'POST',
    path: '/v1/step-up',
    flow: 'step-up',
    access: 'session',
    input: z.object({ action: SensitiveAction }),
    output: StepUpChallenge,
    status: 201,
    errors: ['prerequisite_missing'],
  }),
  sendStepUpCode: endpoint({
    method: 'POST',
    path: '/v1/step-up/:stepUpId/send',
    flow: 'step-up',
    access: 'session',
    input: z.object({ stepUpId: Id, channel: CodeChannel }),
    output: CodeSent,
    errors: ['challenge_expired', 'method_not_available', 'resend_too_soon'],
  }),
  stepUpPasskeyOptions: endpoint({
    method: 'POST',
    path: '/v1/step-up/:stepUpId/passkey/options',
    flow: 'step-up',
    access: 'session',
    input: z.object({ stepUpId: Id }),
    output: z.object({ options: PublicKeyCredentialRequestOptionsJSON }),
    errors: ['challenge_expired', 'method_not_available'],
  }),
  verifyStepUp: endpoint({
    method: 'POST',
    path: '/v1/step-up/:stepUpId/verify',
    flow: 'step-up',
    access: 'session',
    input: z.object({
      stepUpId: Id,
      factor: Factor,
      code: z.optional(OneTimeCode),
      response: z.optional(AuthenticationResponseJSON),
    }),
    output: StepUpProgress,
    errors: [
      'challenge_expired',
      'method_not_available',
      'invalid_code',
      'code_already_used',
      'too_many_attempts',
      'passkey_failed',
      'rate_limited',
    ],
  }),
} as const;

export const stepUpTestingEndpoints = {
  consumeStepUpToken: endpoint({
    method: 'POST',
    path: '/v1/testing/step-up/consume',
    flow: 'testing',
    access: 'testing',
    input: z.object({ action: SensitiveAction, verificationToken: z.optional(z.string()) }),
    output: undefined,
    status: 204,
    errors: ['step_up_required', 'verification_invalid'],
    needsSession: true,
  }),
} as const;
