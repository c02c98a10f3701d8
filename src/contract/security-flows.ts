import type { FlowGuide } from './flows.js';

/** The security settings' journeys (CONTRACT.md, Security settings): changing each factor of an account, kept apart
 * from flows.ts so each file stays small; flows.ts lists them in order with the others. */
export const securityFlows: readonly FlowGuide[] = [
  {
    id: 'security',
    title: 'Bind or change an e-mail address or phone number',
    intro:
      'Profile -> Security shows what is bound. Binding a new e-mail or phone, or changing one, confirms a code ' +
      'sent to the new destination, after a step-up.',
    steps: [
      { endpoint: 'getSecurityOverview', says: 'Show the bound factors, passkeys and any withdrawal lock.' },
      { endpoint: 'startStepUp', says: 'Step up for the binding or change (see Step-up verification).' },
      { endpoint: 'verifyStepUp', says: 'Answer the step-up; keep the `verificationToken`.' },
      {
        endpoint: 'startContactBinding',
        says: 'Send the new e-mail or phone with the `verificationToken`; a code goes to the new destination.',
      },
      { endpoint: 'confirmContactBinding', says: 'Confirm the code sent to the new destination.' },
    ],
    rules: [
      'Changing the registered e-mail needs both authenticator and SMS 2FA bound first (`prerequisite_missing` lists what is missing).',
      'Withdrawals are suspended for 24 hours after changing an e-mail or phone.',
      'An e-mail or phone that another account uses is refused (`identifier_taken`); one unbound less than 30 days ago cannot be bound again until `availableAt` (`identifier_in_cooldown`).',
    ],
  },
  {
    id: 'security',
    title: 'Unbind an e-mail address or phone number',
    intro:
      '"Unbind" next to e-mail or SMS verification: the user answers every factor the account has (with an ' +
      'authenticator, e-mail and phone: the authenticator code and both the e-mail and the SMS codes), then confirms.',
    steps: [
      { endpoint: 'startStepUp', says: 'Step up for unbinding: authenticator code plus both e-mail and SMS codes.' },
      { endpoint: 'sendStepUpCode', says: 'Send the e-mail code and the SMS code.' },
      { endpoint: 'verifyStepUp', says: 'Answer every factor; keep the `verificationToken`.' },
      { endpoint: 'unbindContact', says: 'Unbind the e-mail or phone with the `verificationToken`.' },
    ],
    rules: [
      'Unbinding needs the other factors: the step-up asks for the authenticator and both the e-mail and the SMS codes.',
      'Withdrawals are suspended for 24 hours after unbinding.',
      'The unbound e-mail or phone cannot be used to register or bind for 30 days; the user is urged to bind a replacement soon.',
      'Unbinding the last way to sign in or recover is refused (`last_factor`).',
    ],
  },
  {
    id: 'security',
    title: 'Turn e-mail or SMS codes on or off',
    intro:
      'Next to the bound e-mail or phone, a switch says whether its codes are asked for at sign-in. Turning it ' +
      'off or on is a sensitive action of its own: the user states the consequences, steps up, then confirms.',
    steps: [
      { endpoint: 'setContactTwoFactor', says: 'Check first, without a token: the backend answers `step_up_required` only when the change is allowed.' },
      { endpoint: 'startStepUp', says: 'Step up for `disable_email_two_factor` (or the `enable_` / `phone` action the switch names).' },
      { endpoint: 'verifyStepUp', says: 'Answer every factor; keep the `verificationToken`.' },
      { endpoint: 'setContactTwoFactor', says: 'Send the change with the `verificationToken`; the answer is the new setting and the withdrawal lock.' },
    ],
    rules: [
      'Turning off the only second factor left is refused (`last_factor`).',
      'Withdrawals are suspended for 24 hours after turning e-mail or SMS codes off.',
      'Changing the registered e-mail needs the authenticator and SMS codes on: with SMS codes off it is refused (`prerequisite_missing`).',
    ],
  },
  {
    id: 'security',
    title: 'Set up or remove an authenticator app',
    intro:
      'Security -> Authenticator -> "Set": the user installs an authenticator app (any TOTP app), scans the QR ' +
      'code or enters the setup key, and confirms with a 6-digit code.',
    steps: [
      { endpoint: 'startStepUp', says: 'Step up for the authenticator setup (some accounts confirm an e-mail or SMS code first).' },
      { endpoint: 'verifyStepUp', says: 'Answer the step-up; keep the `verificationToken`.' },
      {
        endpoint: 'startTotpSetup',
        says: 'Get the `otpauth://` URI (shown as a QR code) and the setup key for manual entry.',
      },
      {
        endpoint: 'confirmTotpSetup',
        says: 'Send the current 6-digit code from the app. The authenticator is bound; without a confirmed recovery phrase the answer carries a new one to save (no second step-up).',
      },
      { endpoint: 'disableTotp', says: 'Later, to remove the authenticator: with a fresh `verificationToken`.' },
    ],
    rules: [
      'Codes are time-based: 6 digits, changing every 30 seconds.',
      'Withdrawals are suspended for 24 hours after binding, changing or removing the authenticator.',
      'The user records the setup key or the recovery phrase offline; the exchange does not keep a copy it can show again.',
    ],
  },
  {
    id: 'security',
    title: 'Change the password',
    intro:
      'Security -> Password -> "Change": a signed-in user confirms it is them, then gives the current password and ' +
      'the new one (twice on the page).',
    steps: [
      { endpoint: 'startStepUp', says: 'Step up for `change_password`.' },
      { endpoint: 'verifyStepUp', says: 'Answer the step-up; keep the `verificationToken`.' },
      {
        endpoint: 'changePassword',
        says: 'Send the current password, the new one and the `verificationToken`. Other devices are signed out.',
      },
    ],
    rules: [
      'Withdrawals are disabled for 24 hours after a password change, as after a reset; the user is told so before confirming.',
      'Every other session of the account ends; the one that changed the password goes on.',
      'A wrong current password costs no step-up: the token stays unspent; 5 wrong ones in 15 minutes answer `rate_limited`.',
    ],
  },
  {
    id: 'security',
    title: 'Recovery phrase',
    intro:
      'The recovery phrase lets the user restore their second factor without waiting for a review. It is shown ' +
      'once, as words or a QR code, to be stored offline or encrypted, never uploaded.',
    steps: [
      {
        endpoint: 'issueRecoveryPhrase',
        says: 'Issue a new phrase (with a `verificationToken`); it is in this answer only. Binding an authenticator without a confirmed phrase issues one in `confirmTotpSetup`\'s answer instead.',
      },
      {
        endpoint: 'confirmRecoveryPhrase',
        says: 'The user proves they recorded it (for example by entering chosen words); only then is it active.',
      },
    ],
    rules: [
      'The recovery phrase is shown once: no endpoint returns it again. A new phrase replaces the old one once it is confirmed.',
      'The backend keeps only what it needs to check a phrase, never the phrase itself.',
      'A user who lost the authenticator restores it with the phrase (`restoreAuthenticator`, in "Lost two-factor authentication"); the phrase is then used up.',
    ],
  },
  {
    id: 'security',
    title: 'Passkeys',
    intro: 'A signed-in user adds passkeys (after a step-up), names them, and removes them.',
    steps: [
      {
        endpoint: 'passkeyRegistrationOptions',
        says: 'Get WebAuthn creation options (with a `verificationToken`), excluding the passkeys already registered.',
      },
      { endpoint: 'registerPasskey', says: "Send the browser's registration response; the passkey is added." },
      { endpoint: 'renamePasskey', says: 'Give a passkey a name the user recognizes.' },
      { endpoint: 'removePasskey', says: 'Remove a passkey (with a `verificationToken`).' },
    ],
    rules: ['Removing the last way to sign in or recover is refused (`last_factor`).'],
  },
];
