/**
 * The tillit backend contract: the single source of truth for the client, the reference backend, the OpenAPI
 * document and CONTRACT.md. Imports nothing of ours outside this folder.
 */
import type { EndpointTable } from './define.js';
import { kycTestingEndpoints } from './kyc.js';
import { passwordResetTestingEndpoints } from './password-reset.js';
import { securityTestingEndpoints } from './security.js';
import { stepUpTestingEndpoints } from './step-up.js';
import { coreTestingEndpoints } from './testing.js';
import { twoFactorResetTestingEndpoints } from './two-factor-reset.js';

export { endpoints, type Endpoints } from './endpoints.js';

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
