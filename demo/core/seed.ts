import type { BackendContext } from './context.js';
import type { UserRecord } from './model.js';
import { hashPassword } from './passwords.js';

/*
 * The documented demo accounts (README "Demo accounts", and the list on the demo page). Passwords are demo-only;
 * the TOTP secret is fixed so a person can add it to an authenticator app from the README. SMS and e-mail codes
 * show up in the dev outbox.
 */
export const DEMO_PASSWORD = 'correct horse battery';
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export interface DemoAccount {
  displayName: string;
  /** What to type on the sign-in form (e-mail, or an E.164 phone for phone-only accounts). */
  identifier: string;
  email: string | null;
  phone: string | null;
  password: string;
  totp: boolean;
  smsTwoFactor: boolean;
  emailTwoFactor: boolean;
  kycLevel: 0 | 1 | 2;
  /** A Google identity linked to the account, for "Continue with Google" on the demo's provider page. */
  googleSubject: string | null;
  /** One line for the README table and the demo page. */
  has: string;
}

const account = (a: Omit<DemoAccount, 'identifier' | 'password'>): DemoAccount => ({
  ...a,
  identifier: a.email ?? a.phone ?? '',
  password: DEMO_PASSWORD,
});

export const demoAccounts: readonly DemoAccount[] = [
  account({
    displayName: 'Alva', email: 'alva@example.com', phone: '+46701234567', totp: false, smsTwoFactor: false,
    emailTwoFactor: false, kycLevel: 0, googleSubject: 'google-alva', has: 'no 2FA; Google linked',
  }),
  account({
    displayName: 'Bjørn', email: 'bjorn@example.com', phone: '+4791234567', totp: true, smsTwoFactor: true,
    emailTwoFactor: false, kycLevel: 0, googleSubject: null, has: 'authenticator (TOTP) + SMS',
  }),
  account({
    displayName: 'Cecilia', email: null, phone: '+46709876543', totp: false, smsTwoFactor: true,
    emailTwoFactor: false, kycLevel: 0, googleSubject: null, has: 'phone only; SMS 2FA',
  }),
  account({
    displayName: 'Dag', email: 'dag@example.com', phone: null, totp: false, smsTwoFactor: false,
    emailTwoFactor: true, kycLevel: 0, googleSubject: null, has: 'e-mail 2FA only',
  }),
  account({
    displayName: 'Ebba', email: 'ebba@example.com', phone: null, totp: false, smsTwoFactor: false,
    emailTwoFactor: false, kycLevel: 1, googleSubject: null, has: 'KYC level 1',
  }),
  account({
    displayName: 'Frode', email: 'frode@example.com', phone: null, totp: false, smsTwoFactor: false,
    emailTwoFactor: false, kycLevel: 2, googleSubject: null, has: 'KYC level 2',
  }),
  account({
    displayName: 'Greta', email: 'greta@example.com', phone: '+46731112233', totp: true, smsTwoFactor: true,
    emailTwoFactor: true, kycLevel: 1, googleSubject: null, has: 'TOTP + SMS + e-mail 2FA (can unbind e-mail/phone); KYC 1',
  }),
];

/** Level-1 identity data for the seeded KYC accounts, so their profile pages are not empty. */
const kycProfiles: Record<string, { country: string; firstName: string; lastName: string }> = {
  Ebba: { country: 'SE', firstName: 'Ebba', lastName: 'Lind' },
  Frode: { country: 'NO', firstName: 'Frode', lastName: 'Berg' },
  Greta: { country: 'SE', firstName: 'Greta', lastName: 'Holm' },
};

/*
 * Each seeded account's scrypt hash, made once per JavaScript realm. Stories and browser tests start a fresh backend
 * for every story and test, and in the browser the seven hashes took half a second each time; reused, every account
 * still has its own salt, and a password changed later gets a fresh hash as always.
 */
const seedHashes = new Map<string, Promise<string>>();
const seedHash = (demo: DemoAccount): Promise<string> => {
  const key = `${demo.identifier}\n${demo.password}`;
  let hash = seedHashes.get(key);
  if (!hash) seedHashes.set(key, (hash = hashPassword(demo.password)));
  return hash;
};

export async function seedDemoAccounts(ctx: BackendContext): Promise<UserRecord[]> {
  return Promise.all(
    demoAccounts.map(async (demo) => {
      const user = await ctx.users.create({
        displayName: demo.displayName,
        email: demo.email,
        phone: demo.phone,
        password: demo.password,
        passwordHash: await seedHash(demo),
        totpSecret: demo.totp ? DEMO_TOTP_SECRET : null,
        smsTwoFactor: demo.smsTwoFactor,
        emailTwoFactor: demo.emailTwoFactor,
      });
      const profile = kycProfiles[demo.displayName];
      if (demo.kycLevel > 0 && profile) user.kyc = { level: demo.kycLevel, profile, submission: null };
      if (demo.googleSubject) user.socialLinks.push({ provider: 'google', subject: demo.googleSubject });
      return user;
    }),
  );
}
