/**
 * The tillit backend contract: the single source of truth for the client, the reference backend, the OpenAPI
 * document and CONTRACT.md. Imports nothing of ours outside this folder.
 */
import type { EndpointTable } from './define.js';
import { kycEndpoints, kycTestingEndpoints } from './kyc.js';
import { passwordResetEndpoints, passwordResetTestingEndpoints } from './password-reset.js';
import { securityEndpoints, securityTestingEndpoints } from './security.js';
import { signInEndpoints } from './sign-in.js';
import { stepUpEndpoints, stepUpTestingEndpoints } from './step-up.js';
import { coreTestingEndpoints } from './testing.js';
import { twoFactorResetEndpoints, twoFactorResetTestingEndpoints } from './two-factor-reset.js';

/** Every endpoint a product backend serves. Method names here become the client's method names. */
export const endpoints = {
  ...signInEndpoints,
  ...passwordResetEndpoints,
  ...stepUpEndpoints,
  ...securityEndpoints,
  ...twoFactorResetEndpoints,
  ...kycEndpoints,
} as const satisfies EndpointTable;
export type Endpoints = typeof endpoints;

/**
 * Endpoints only a backend in test mode serves (`TILLIT_TESTING=1` on the reference backend): fixtures, the dev
 * outbox, a movable clock and review decisions, so the conformance suite can drive every rule over HTTP.
 */
export const testingEndpoints = {
  ...coreTestingEndpoints,
  ...passwordResetTestingEndpoints,
  ...stepUpTestingEndpoints,
  ...securityTestingEndpoints,
  ...twoFactorResetTestingEndpoints,
  ...kycTestingEndpoints,
} as const satisfies EndpointTable;
export type TestingEndpoints = typeof testingEndpoints;

export const contractVersion = '1.0.0';

export * from './common.js';
export * from './define.js';
export * from './errors.js';
export * from './kyc.js';
export * from './password-reset.js';
export * from './security.js';
export * from './sign-in.js';
export * from './step-up.js';
export * from './testing.js';
export * from './two-factor-reset.js';
export * from './webauthn.js';
