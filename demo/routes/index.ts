import type { Hono } from 'hono';
import type { BackendContext } from '../core/context.js';
import { registerKyc } from './kyc/index.js';
import { registerPasswordReset } from './password-reset.js';
import { registerRestoreAuthenticator } from './restore-authenticator.js';
import { registerSecurity } from './security/index.js';
import { registerSession } from './session.js';
import { registerSignIn } from './sign-in.js';
import { registerSocialSignIn } from './social-sign-in.js';
import { registerStepUp } from './step-up.js';
import { registerTesting } from './testing.js';
import { registerTwoFactorReset } from './two-factor-reset.js';

/**
 * Every route module of the reference backend, one per flow of the contract. Each registers its rows of the
 * endpoint table with `route()` from core/router.ts.
 */
type Register = (app: Hono, ctx: BackendContext) => void;

const modules: Register[] = [
  registerKyc,
  registerSignIn,
  registerSocialSignIn,
  registerSession,
  registerTesting,
  registerPasswordReset,
  registerStepUp,
  registerSecurity,
  registerTwoFactorReset,
  registerRestoreAuthenticator,
];

export function registerRoutes(app: Hono, ctx: BackendContext): void {
  for (const register of modules) register(app, ctx);
}
