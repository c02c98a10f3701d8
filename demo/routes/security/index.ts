import type { Hono } from 'hono';
import type { BackendContext } from '../../core/context.js';
import { route } from '../../core/router.js';
import { securityEndpoints as rows } from '../../../src/contract/index.js';
import { registerContactRoutes } from './contacts.js';
import { registerContactTwoFactorRoutes } from './contact-two-factor.js';
import { registerPasskeyRoutes } from './passkeys.js';
import { registerPasswordRoutes } from './password.js';
import { registerRecoveryPhraseRoutes } from './recovery-phrase.js';
import { overview } from './shared.js';
import { registerTotpRoutes } from './totp.js';

/** The security-settings flow: overview, e-mail/phone, authenticator, recovery phrase, passkeys. */
export function registerSecurity(app: Hono, ctx: BackendContext): void {
  route(app, ctx, rows.getSecurityOverview, (_input, call) => overview(ctx, call.user!));
  registerContactRoutes(app, ctx);
  registerContactTwoFactorRoutes(app, ctx);
  registerTotpRoutes(app, ctx);
  registerRecoveryPhraseRoutes(app, ctx);
  registerPasskeyRoutes(app, ctx);
  registerPasswordRoutes(app, ctx);
}
