import type { BackendContext } from './context.js';
import type { UserRecord } from './model.js';

/**
 * The documented demo accounts (README "Demo accounts"). Passwords are demo-only; TOTP secrets are fixed so a
 * person can add them to an authenticator app from the README.
 */
export const DEMO_PASSWORD = 'correct horse battery';
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export async function seedDemoAccounts(ctx: BackendContext): Promise<UserRecord[]> {
  const { users } = ctx;
  const plain = await users.create({ displayName: 'Alva', email: 'alva@example.com', phone: '+46701234567', password: DEMO_PASSWORD });
  const totp = await users.create({
    displayName: 'Bjørn',
    email: 'bjorn@example.com',
    phone: '+4791234567',
    password: DEMO_PASSWORD,
    totpSecret: DEMO_TOTP_SECRET,
    smsTwoFactor: true,
  });
  const sms = await users.create({ displayName: 'Cecilia', phone: '+46709876543', password: DEMO_PASSWORD, smsTwoFactor: true });
  const email = await users.create({ displayName: 'Dag', email: 'dag@example.com', password: DEMO_PASSWORD, emailTwoFactor: true });
  const kyc1 = await users.create({ displayName: 'Ebba', email: 'ebba@example.com', password: DEMO_PASSWORD });
  kyc1.kyc = { level: 1, profile: { country: 'SE', firstName: 'Ebba', lastName: 'Lind' }, submission: null };
  const kyc2 = await users.create({ displayName: 'Frode', email: 'frode@example.com', password: DEMO_PASSWORD });
  kyc2.kyc = { level: 2, profile: { country: 'NO', firstName: 'Frode', lastName: 'Berg' }, submission: null };
  return [plain, totp, sms, email, kyc1, kyc2];
}
