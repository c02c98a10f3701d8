/**
 * The prose of the contract: each row's `summary` and `description`, and what each error code means. Only the
 * generators (CONTRACT.md, openapi.json), the reference backend and tests read it; src/contract/index.ts does not
 * export it, so it never ships in a bundle with the endpoint table.
 */
import type { Endpoints, TestingEndpoints } from '../index.js';
import type { EndpointDocs } from './define.js';
import { kycDocs, kycTestingDocs } from './kyc.docs.js';
import { passwordResetDocs, passwordResetTestingDocs } from './password-reset.docs.js';
import { securityDocs, securityTestingDocs } from './security.docs.js';
import { signInDocs } from './sign-in.docs.js';
import { stepUpDocs, stepUpTestingDocs } from './step-up.docs.js';
import { coreTestingDocs } from './testing.docs.js';
import { twoFactorResetDocs, twoFactorResetTestingDocs } from './two-factor-reset.docs.js';

/** The docs of every row of `endpoints` and `testingEndpoints`, by table key. */
export const endpointDocs: EndpointDocs<Endpoints & TestingEndpoints> = {
  ...signInDocs,
  ...passwordResetDocs,
  ...stepUpDocs,
  ...securityDocs,
  ...twoFactorResetDocs,
  ...kycDocs,
  ...coreTestingDocs,
  ...passwordResetTestingDocs,
  ...stepUpTestingDocs,
  ...securityTestingDocs,
  ...twoFactorResetTestingDocs,
  ...kycTestingDocs,
};

export { errorMeanings } from './errors.docs.js';
export { pathParameterDocs, securityRules, type SecurityRule } from './rules.docs.js';
export type { EndpointDoc, EndpointDocs } from './define.js';
