import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import type { Hono } from 'hono';
import { securityEndpoints as rows } from '../../../src/contract/index.js';
import type { BackendContext } from '../../core/context.js';
import { ApiProblem } from '../../core/problem.js';
import { route } from '../../core/router.js';
import { passkeyRegistrationOptions, verifyPasskeyRegistration } from '../../core/webauthn.js';
import { passkeyView } from './shared.js';

/*
 * Passkeys of a signed-in user. The WebAuthn ceremony itself lives in core/webauthn.ts (shared with passkey
 * sign-in); here are the account rules. Passkeys do not lock withdrawals: the contract locks on 2FA and contact
 * changes only, and adding one already needed a full step-up.
 */
export function registerPasskeyRoutes(app: Hono, ctx: BackendContext): void {
  route(app, ctx, rows.passkeyRegistrationOptions, async ({ verificationToken }, call) => {
    const user = call.user!;
    ctx.verifications.consume(verificationToken, call.session!, 'register_passkey');
    const { challengeId, options } = await passkeyRegistrationOptions(ctx, user);
    return { registrationId: challengeId, options };
  });

  route(app, ctx, rows.registerPasskey, async ({ registrationId, name, response }, call) => {
    const user = call.user!;
    // The contract schema and @simplewebauthn's type differ only in string literal unions (transports).
    const passkey = await verifyPasskeyRegistration(ctx, user, registrationId, response as RegistrationResponseJSON, name);
    user.passkeys.push(passkey);
    return passkeyView(passkey);
  });

  route(app, ctx, rows.renamePasskey, ({ id, name }, call) => {
    const passkey = call.user!.passkeys.find((p) => p.id === id);
    if (!passkey) throw new ApiProblem('not_found');
    passkey.name = name;
    return passkeyView(passkey);
  });

  route(app, ctx, rows.removePasskey, ({ id, verificationToken }, call) => {
    const user = call.user!;
    const index = user.passkeys.findIndex((p) => p.id === id);
    if (index < 0) throw new ApiProblem('not_found');
    // A passwordless account without a Google/Apple link signs in by passkey only: it keeps its last one.
    if (user.passwordHash === null && user.socialLinks.length === 0 && user.passkeys.length === 1) {
      throw new ApiProblem('last_factor');
    }
    ctx.verifications.consume(verificationToken, call.session!, 'remove_passkey');
    user.passkeys.splice(index, 1);
  });
}
