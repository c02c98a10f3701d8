import { defineMessages } from '../../i18n/define.js';
import { identifierMessages } from '../../i18n/sections.js';

/**
 * The `<two-factor-reset>` section, English (bundled). The self-service ways first (FLOWS.md "Lost
 * authenticator"), then the request for a reset and its status. Swedish and Norwegian load on first use.
 */
const en = {
  title: 'Lost your authenticator app?',
  intro: 'You can often get back in yourself, at once. Try these first.',
  keyTitle: 'You saved the setup key',
  keyText:
    'In a new authenticator app, choose “Enter a setup key” (or “Add account manually”). Type the key you saved, choose “Time based”, and log in with the code the app shows.',
  transferTitle: 'You still have your old phone',
  transferText:
    'In the authenticator app on the old phone, choose “Transfer accounts” (or “Export accounts”) to show a QR code, and scan it with the app on your new phone.',
  phraseTitle: 'You saved the recovery phrase',
  phraseText: 'Enter its 12 words to remove the lost authenticator and set up a new one now.',
  phraseAction: 'Restore with the recovery phrase',
  restoreAction: 'Restore and log in',
  restoring: 'Restoring…',
  phraseWrong: 'These words are not your recovery phrase. Check each word and their order.',
  phraseBurned: 'Too many wrong phrases. Log in again to try once more, or ask for a reset.',
  restoredTitle: 'You are back in',
  restoredText:
    'We removed the lost authenticator app and logged you in. Set up a new authenticator now: your recovery phrase is used up, and you get a new one with it.',
  requestTitle: 'None of these',
  requestText: 'Ask us to remove the authenticator. We check the request by hand, which takes 1–3 business days.',
  requestAction: 'Ask for a 2FA reset',
  signInFirst: 'To restore with the phrase or ask for a reset, first log in with your password, then choose “Lost your authenticator app?” on the code step.',
  signInExpired: 'The log-in you came from has expired. Log in again, then choose “Lost your authenticator app?” on the code step.',
  signIn: 'Log in',
  back: 'Back',
  // The request
  formTitle: 'Ask for a 2FA reset',
  formIntro:
    'We review every request by hand within 1–3 business days (public holidays not counted). Until then your account stays as it is.',
  reasonLegend: 'What happened?',
  reason_lost_device: 'I lost my phone, or it was stolen',
  reason_app_deleted: 'I deleted the authenticator app',
  reason_phone_changed: 'I have a new phone',
  reason_other: 'Something else',
  reasonRequired: 'Choose what happened',
  contactLabel: 'Email address for our answer (optional)',
  contactHint: 'Leave it empty to get the answer at the email address of your account (by text message if it has none).',
  noteLabel: 'Anything else that helps us check it is you (optional)',
  noteHint: 'For example when and where you last logged in. Never write your password or a code here.',
  noteTooLong: (p: { max: number }) => `Write at most ${p.max} characters`,
  send: 'Send request',
  sending: 'Sending…',
  // After sending, and the status
  sentTitle: 'We got your request',
  sentTo: (p: { to: string }) => `We will send our decision to ${p.to}.`,
  sentToAccount: 'We will send our decision to the email address of your account, or by text message if it has none.',
  reviewBy: (p: { date: string }) => `You will hear from us by ${p.date} at the latest (1–3 business days).`,
  submittedAt: (p: { date: string }) => `Sent ${p.date}.`,
  statusAction: 'See the status of your request',
  statusTitle: 'Your 2FA reset request',
  status_pending: 'In review',
  pendingText: 'We are checking your request. You can close this page: we will tell you when it is done.',
  refresh: 'Check again',
  checking: 'Checking…',
  status_approved: 'Approved',
  approvedText:
    'Your authenticator app was removed. Log in now and set up a new authenticator at once: until you do, your account has less protection.',
  approvedLock: 'As after every change of 2FA, withdrawals are disabled for 24 hours after the approval.',
  approveSignIn: 'Log in and set up an authenticator',
  status_rejected: 'Not approved',
  rejectedText: 'We could not approve your request, because:',
  rejection_identity_not_confirmed: 'we could not confirm that the account is yours',
  rejection_insufficient_information: 'the request did not tell us enough to decide',
  rejection_account_activity_mismatch: 'the request does not fit the recent activity of the account',
  alternativesTitle: 'What you can do instead',
  alternative_restore_from_recovery_phrase: 'Restore with your recovery phrase, if you saved it.',
  alternative_transfer_authenticator: 'Transfer the authenticator from your old phone, if you still have it.',
  alternative_contact_support: 'Contact our support team.',
  newRequest: 'You can also send a new request with more details.',
  seeOptions: 'See the other ways back in',
  status_cancelled: 'Closed',
  cancelledText: 'You restored your authenticator yourself, so we closed the request. Nothing more to do.',
  decidedAt: (p: { date: string }) => `Decided ${p.date}.`,
  notFound: 'We could not find this request. Check the link, or send a new request.',
  notBound: 'This account has no authenticator app to reset. Log in with the code we send you by email or text message.',
  pendingExists: 'We are already reviewing a request for this account. See its status.',
};

export type TwoFactorResetMessages = typeof en;

export const twoFactorResetMessages = defineMessages({
  en,
  sv: () => import('./messages.sv.js').then((m) => m.twoFactorReset),
  nb: () => import('./messages.nb.js').then((m) => m.twoFactorReset),
});

/**
 * The sections `<two-factor-reset>` reads from its first render (the ways back, the request's status), by the names
 * it reads them under. What only the later steps need (the phrase's word boxes, the withdrawal lock) comes with
 * them: later-sections.ts.
 */
export const twoFactorResetSections = {
  twoFactorReset: twoFactorResetMessages,
  identifier: identifierMessages,
};

declare module '../../i18n/types.js' {
  interface MessageSections {
    twoFactorReset: TwoFactorResetMessages;
  }
}
