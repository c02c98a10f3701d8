import type { EndpointTable } from './define.js';
import { kycEndpoints } from './kyc.js';
import { passwordResetEndpoints } from './password-reset.js';
import { securityEndpoints } from './security.js';
import { signInEndpoints } from './sign-in.js';
import { stepUpEndpoints } from './step-up.js';
import { twoFactorResetEndpoints } from './two-factor-reset.js';

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
