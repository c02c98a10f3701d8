import { defineMessages } from '../../i18n/define.js';
import { plural } from '../../i18n/format/plural.js';

/**
 * The `<totp-setup>` section, English (bundled). The step-up and the code field have their shared sections
 * (`stepUp`, `code`); the recovery phrase step is `<recovery-key-backup>`'s own. Swedish and Norwegian load on
 * first use. "Set up" for binding, "Continue" to go on, as everywhere.
 */
const en = {
  title: 'Set up an authenticator app',
  startTitle: 'Before you start',
  startIntro:
    'You need an authenticator app on your phone, such as Google Authenticator or Microsoft Authenticator. First we check that it is you.',
  startAgain: 'Start again',
  settingUp: 'Getting your QR code…',
  scanTitle: 'Scan the QR code',
  scanIntro: 'Open your authenticator app, choose to add an account, and scan this QR code.',
  qrLabel: (p: { issuer: string; account: string }) => `QR code for ${p.issuer}, ${p.account}`,
  qrLoading: 'Drawing the QR code…',
  listedAs: 'The app will list it as',
  openInApp: 'Open in the authenticator app on this device',
  cantScan: 'Can’t scan it?',
  manualStep1: 'In the app, choose to add an account and then “Enter a setup key”.',
  manualStep2: (p: { account: string }) => `Enter ${p.account} as the account name.`,
  manualStep3: 'Enter this setup key:',
  manualStep4: (p: { digits: number; period: number }) =>
    `Choose “Time based” if the app asks. The code has ${p.digits} digits and changes every ${p.period} seconds.`,
  keyLabel: 'Setup key',
  copyKey: 'Copy the setup key',
  keyCopied: 'The setup key was copied',
  copyFailed: 'It could not be copied. Select the key and copy it yourself.',
  confirmIntro: (p: { issuer: string }) =>
    `Enter the 6\u2011digit code your app shows for ${p.issuer}. It changes every 30 seconds.`,
  /** Under the code step's intro, ticking down quietly (it is not announced). */
  nextCodeIn: (p: { seconds: number }) => `New code in ${p.seconds} ${plural('en', p.seconds, { one: 'second', other: 'seconds' })}`,
  backToQr: 'Back to the QR code',
  expiredTitle: 'This setup has expired',
  expired: 'This setup has expired, so the QR code no longer works. Start again to get a new one.',
  recoveryTitle: 'Save your recovery phrase',
  doneTitle: 'Your authenticator app is set up',
  doneIntro: 'From now on you confirm it is you with a code from the app, when you log in and before sensitive changes.',
  noPhrase: 'You have not saved a recovery phrase. Create one in your security settings, so you can get back in if you lose your phone.',
};

export type TotpSetupMessages = typeof en;

export const totpSetupMessages = defineMessages({
  en,
  sv: () => import('./messages.sv.js').then((m) => m.totpSetup),
  nb: () => import('./messages.nb.js').then((m) => m.totpSetup),
});

declare module '../../i18n/types.js' {
  interface MessageSections {
    totpSetup: TotpSetupMessages;
  }
}
