import { defineMessages } from '../../i18n/define.js';
import { identifierMessages, passwordMessages, phoneMessages } from '../../i18n/sections.js';
import type { SecurityChange } from '../../events/security-changed.js';

/**
 * The `<security-settings>` section, English (bundled). The step-up, the code form, the phone and password fields
 * speak through their shared sections; errors through the catalog. Swedish and Norwegian load on first use.
 * Consequences are said before the user commits ("Before you continue") and again after ("What changed").
 */
const en = {
  title: 'Security',
  intro: 'How you log in, and how we keep your account and your money safe.',
  loading: 'Loading your security settings…',
  reload: 'Try again',
  // --- the overview ---
  emailTitle: 'Email address',
  phoneTitle: 'Phone number',
  totpTitle: 'Authenticator app',
  passkeysTitle: 'Passkeys',
  phraseTitle: 'Recovery phrase',
  passwordTitle: 'Password',
  notAdded: 'Not added',
  emailCodesSwitch: 'Ask for a code by email when I log in',
  phoneCodesSwitch: 'Ask for a code by text message when I log in',
  switchOn: 'On',
  switchOff: 'Off',
  thisDevice: 'This device',
  totpOn: (p: { since: string }) => `On since ${p.since}`,
  totpOff: 'Off',
  passkeysNone: 'No passkeys yet. With a passkey you log in with your fingerprint, face or screen lock.',
  passkeyAdded: (p: { date: string }) => `Added ${p.date}`,
  passkeyLastUsed: (p: { date: string }) => `last used ${p.date}`,
  passkeyNeverUsed: 'not used yet',
  phraseOn: (p: { date: string }) => `Confirmed ${p.date}`,
  phraseOff: 'Not set up',
  passwordChanged: (p: { date: string }) => `Last changed ${p.date}`,
  passwordNone: 'No password: you log in with a passkey, Google or Apple.',
  emailChangeNeeds:
    'To change your email address, first set up an authenticator app and add a phone number with codes by text message turned on.',
  addEmail: 'Add an email address',
  changeEmail: 'Change email address',
  removeEmail: 'Remove email address',
  addPhone: 'Add a phone number',
  changePhone: 'Change phone number',
  removePhone: 'Remove phone number',
  setUpTotp: 'Set up an authenticator app',
  replaceTotp: 'Replace authenticator app',
  turnOffTotp: 'Turn off authenticator app',
  addPasskey: 'Add a passkey',
  renamePasskey: (p: { name: string }) => `Rename ${p.name}`,
  removePasskey: (p: { name: string }) => `Remove ${p.name}`,
  newPhrase: 'Create a new recovery phrase',
  setUpPhrase: 'Create a recovery phrase',
  setUpNewTotp: 'Set up the new authenticator app',
  changePassword: 'Change password',
  // --- before the user commits (the lock and the 30-day bar: the shared withdrawalLock section) ---
  consequenceSignOut: 'You will be logged out on every other device.',
  cancel: 'Cancel',
  // --- the tasks ---
  bindEmailTitle: 'Add an email address',
  changeEmailTitle: 'Change your email address',
  bindPhoneTitle: 'Add a phone number',
  changePhoneTitle: 'Change your phone number',
  bindIntro: 'We will send a code to the new one to check that it is yours. After that, its codes are asked for when you log in.',
  changeIntro: (p: { current: string }) => `Now ${p.current}. We will send a code to the new one to check that it is yours.`,
  newEmailLabel: 'New email address',
  sendCode: 'Send code',
  removeEmailTitle: 'Remove your email address',
  removePhoneTitle: 'Remove your phone number',
  removeContactIntro: (p: { current: string }) => `You will no longer get codes at ${p.current}.`,
  remove: 'Remove',
  turnOffTotpTitle: 'Turn off the authenticator app',
  turnOffTotpIntro: 'You will no longer be asked for a code from your authenticator app.',
  turnOff: 'Turn off',
  turnOn: 'Turn on',
  emailCodesOnTitle: 'Turn on codes by email',
  emailCodesOffTitle: 'Turn off codes by email',
  phoneCodesOnTitle: 'Turn on codes by text message',
  phoneCodesOffTitle: 'Turn off codes by text message',
  codesOnIntro: (p: { current: string }) => `When you log in, we will also ask for a code sent to ${p.current}.`,
  codesOffIntro: (p: { current: string }) =>
    `When you log in, we will no longer ask for a code sent to ${p.current}. You still get codes there to confirm changes like this one.`,
  codesOffBlocksEmailChange: 'While codes by text message are off, you cannot change your email address.',
  replaceTotpIntro: 'To replace your authenticator app, turn it off here, then set up the new one.',
  addPasskeyTitle: 'Add a passkey',
  addPasskeyIntro: 'Your browser or phone will ask you to create the passkey with your fingerprint, face or screen lock.',
  passkeyNameLabel: 'Name of the passkey',
  passkeyNameHint: 'So you can tell your passkeys apart, like “Work laptop”',
  passkeyNameRequired: 'Enter a name for the passkey',
  passkeyNameTooLong: 'Enter a name of 64 characters or fewer',
  createPasskey: 'Create passkey',
  passkeyWaiting: 'Waiting for your passkey…',
  passkeyCancelled: 'Creating the passkey was cancelled or took too long. Try again.',
  passkeyExists: 'This device already has a passkey for your account.',
  passkeyUnsupported: 'This browser cannot create passkeys. Use a browser or device that can.',
  passkeyError: 'The passkey could not be created. Try again.',
  renamePasskeyTitle: 'Rename passkey',
  save: 'Save',
  removePasskeyTitle: 'Remove passkey',
  removePasskeyIntro: (p: { name: string }) =>
    `You will no longer be able to log in with ${p.name}. Remove it from your device too, in its settings.`,
  changePasswordTitle: 'Change your password',
  currentPasswordLabel: 'Current password',
  currentRequired: 'Enter your current password',
  currentWrong: 'The current password is not right. Enter it again.',
  resendNeedsStepUp: 'To send a new code, confirm it is you again.',
  working: 'Please wait…',
  // --- after it ---
  doneTitle: 'What changed',
  done: (p: { change: SecurityChange }) =>
    (({
      bind_email: 'Your email address was added. Its codes are now asked for when you log in.',
      change_email: 'Your email address was changed.',
      bind_phone: 'Your phone number was added. Codes by text message are now asked for when you log in.',
      change_phone: 'Your phone number was changed.',
      unbind_email: 'Your email address was removed.',
      unbind_phone: 'Your phone number was removed.',
      setup_totp: 'Your authenticator app is set up. Its codes are now asked for when you log in.',
      issue_recovery_phrase: 'Your new recovery phrase is saved. The old one no longer works.',
      disable_totp: 'Your authenticator app is turned off.',
      register_passkey: 'Your passkey was added. You can log in with it now.',
      remove_passkey: 'The passkey was removed.',
      change_password: 'Your password was changed. You were logged out on every other device.',
      enable_email_two_factor: 'Codes by email are turned on. They are now asked for when you log in.',
      disable_email_two_factor: 'Codes by email are turned off. They are no longer asked for when you log in.',
      enable_phone_two_factor: 'Codes by text message are turned on. They are now asked for when you log in.',
      disable_phone_two_factor: 'Codes by text message are turned off. They are no longer asked for when you log in.',
    }) satisfies Record<SecurityChange, string>)[p.change],
  doneNow: (p: { current: string }) => `Now: ${p.current}.`,
  doneAvailableAgain: (p: { date: string }) => `You can add it again, or use it for a new account, from ${p.date}.`,
  doneCooldown: 'The address you replaced cannot be used again for 30 days.',
  renamed: (p: { name: string }) => `The passkey is now called ${p.name}.`,
  backToOverview: 'Back to security settings',
};

export type SecuritySettingsMessages = typeof en;

/** What a finished task reports in `done` (the sensitive actions this element carries out itself). */
export type DoneKind = SecurityChange;

export const securitySettingsMessages = defineMessages({
  en,
  sv: () => import('./messages.sv.js').then((m) => m.securitySettings),
  nb: () => import('./messages.nb.js').then((m) => m.securitySettings),
});

/**
 * The sections `<security-settings>` reads from its first render (the overview), by the names it reads them under.
 * What only a task needs (the step-up, the code form, the new-password fields) comes with the task
 * part: task-sections.ts. The identifier fields' texts are here although only the e-mail task shows them: their
 * module is loaded for the phone and password sections anyway, and a task part that imported it would put it in a
 * file of its own on a customer's page with several elements (docs/ARCHITECTURE.md, "Lazy parts").
 */
export const securitySettingsSections = {
  securitySettings: securitySettingsMessages,
  phone: phoneMessages,
  password: passwordMessages,
  identifier: identifierMessages,
};

declare module '../../i18n/types.js' {
  interface MessageSections {
    securitySettings: SecuritySettingsMessages;
  }
}
