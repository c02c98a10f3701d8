import type { Flow } from './define.js';
import { codeRules, kycRejectionAdvice, twoFactorResetAlternativeText, twoFactorResetRejectionText } from './flow-texts.js';
import { securityFlows } from './security-flows.js';

/*
 * The user journeys of the contract as data: CONTRACT.md renders each guide as a numbered sequence of calls with
 * its rules, and the OpenAPI tags take their descriptions from `flowSections`. scripts/generate-contract.ts checks
 * that every step names a row of `endpoints` or `testingEndpoints`.
 */

/** One call of a journey: the row it uses and what it does at that point. */
export interface FlowStep {
  /** A key of `endpoints` or `testingEndpoints`; the generator refuses a name that is not a row. */
  readonly endpoint: string;
  readonly says: string;
}

/** One journey. Several guides may belong to one flow (sign-in has password, passkey and social journeys). */
export interface FlowGuide {
  readonly id: Flow;
  readonly title: string;
  readonly intro: string;
  readonly steps: readonly FlowStep[];
  /** Rules that span the journey; rules of one endpoint live in that row's `description` in `docs/<flow>.docs.ts`. */
  readonly rules: readonly string[];
}

/** Every flow of the endpoint table, in the order CONTRACT.md and the OpenAPI tags list them. */
export const flowSections: Readonly<Record<Flow, { readonly title: string; readonly summary: string }>> = {
  'sign-in': {
    title: 'Sign-in',
    summary: 'Password sign-in with an optional second factor, passkey sign-in, and Google/Apple sign-in.',
  },
  session: { title: 'Session', summary: 'The current session and sign-out.' },
  'password-reset': {
    title: 'Password reset',
    summary: '"Forgot password?": a robot check, a code by e-mail or SMS, a new password.',
  },
  'step-up': {
    title: 'Step-up verification',
    summary: 'Re-verification before a sensitive action; answers a single-use `verificationToken`.',
  },
  security: {
    title: 'Security settings',
    summary: 'E-mail and phone binding, authenticator app, recovery phrase and passkeys of a signed-in user.',
  },
  'two-factor-reset': {
    title: 'Lost two-factor authentication',
    summary: 'A request to reset 2FA after losing the authenticator, reviewed by the exchange in 1-3 business days.',
  },
  kyc: {
    title: 'Identity verification (KYC)',
    summary: 'KYC levels, their limits and requirements, document uploads and review status.',
  },
  testing: {
    title: 'Testing mode',
    summary: 'Only for a backend in test mode: fixtures, the outbox of sent codes, a movable clock, review decisions.',
  },
};

export const flows: readonly FlowGuide[] = [
  {
    id: 'sign-in',
    title: 'Sign in with e-mail or phone and a password',
    intro:
      'The user picks e-mail or phone (a switch on the form; phone numbers in E.164 with the country code), ' +
      'enters the password and, when the account has SMS, e-mail or authenticator 2FA, answers a second-factor ' +
      'challenge.',
    steps: [
      {
        endpoint: 'signIn',
        says: 'Send the identifier and password. The answer is either `signed_in` with the session, or `second_factor_required` with a challenge.',
      },
      {
        endpoint: 'sendSignInCode',
        says: 'For an SMS or e-mail code only: ask the backend to send the code to the channel the user picked. Authenticator (TOTP) codes need no sending.',
      },
      {
        endpoint: 'verifySignInCode',
        says: 'Send the 6-digit code with its method. The answer is `signed_in` with the session.',
      },
    ],
    rules: [
      'The answers never tell whether an account exists for the identifier.',
      'From the 3rd attempt after 2 failures in a row for an identifier sign-in needs a robot check; the 8th failure in a row locks the account for 15 minutes, and the count starts again from zero.',
      'The challenge offers only the methods the account has; the one used last time comes first (`preferredMethod`).',
      'Wrong second-factor codes count per account across challenges: 10 within 15 minutes and the account answers `rate_limited` until they have passed.',
      'A user who lost the authenticator goes on from the challenge with "Lost two-factor authentication".',
    ],
  },
  {
    id: 'sign-in',
    title: 'Sign in with a passkey',
    intro:
      'A passkey is a complete sign-in on its own. The same options serve a "Sign in with a passkey" button and ' +
      'passkey autofill in the username field (conditional mediation) where the browser supports it.',
    steps: [
      {
        endpoint: 'passkeySignInOptions',
        says: 'Get WebAuthn request options for discoverable credentials (no allow-list) and the challenge id.',
      },
      {
        endpoint: 'passkeySignIn',
        says: "Send the browser's authenticator response with the challenge id. The answer is `signed_in` with the session.",
      },
    ],
    rules: [
      'No second factor follows a passkey sign-in.',
      'For autofill the page asks for options when the sign-in form loads and keeps the ceremony waiting; a new call replaces it.',
    ],
  },
  {
    id: 'sign-in',
    title: 'Continue with Google or Apple',
    intro:
      'The browser goes to the identity provider and comes back to the page with `code` and `state` in the query; ' +
      'the page then finishes the sign-in.',
    steps: [
      {
        endpoint: 'startSocialSignIn',
        says: 'Ask for the provider URL, giving the `returnTo` URL of the page (on an origin the backend allows); send the browser to `url`. In bearer mode keep the `binding` of the answer.',
      },
      {
        endpoint: 'finishSocialSignIn',
        says: 'Back on `returnTo`, send the `code` and `state` from the query (and, in bearer mode, the `binding`). The answer is `signed_in`, or `second_factor_required` as for a password sign-in.',
      },
      {
        endpoint: 'verifySignInCode',
        says: 'If a second factor was required, answer the challenge as in the password sign-in (sending an SMS or e-mail code first when needed).',
      },
    ],
    rules: [
      'An identity no account is linked to is linked to the account whose e-mail the provider verified, if there is one; otherwise the answer is `social_not_linked` and the page offers the other sign-in methods.',
      'Accounts with 2FA answer the same second-factor challenge as after a password.',
      'The provider returns only to the exchange\'s own origins, and the `state` finishes only in the browser that started it (Security rules: `return-to`, `state-binding`).',
    ],
  },
  {
    id: 'session',
    title: 'The session and signing out',
    intro:
      'Every sign-in answers a session. In cookie mode the backend sets the `tillit_session` cookie and hands out a ' +
      'CSRF token; in bearer mode it answers `session.token` instead.',
    steps: [
      {
        endpoint: 'getSession',
        says: "On page load: who is signed in, until when, and (cookie mode) the session's CSRF token. `unauthenticated` when nobody is.",
      },
      { endpoint: 'signOut', says: 'End the session and clear its cookie.' },
    ],
    rules: [
      'Unsafe methods (POST, PATCH, DELETE) of a cookie session must carry `X-CSRF-Token`; without a matching one the backend answers `csrf_failed`.',
      'A password reset ends every session of the account.',
    ],
  },
  {
    id: 'password-reset',
    title: 'Forgot password',
    intro:
      '"Forgot password?" on the sign-in page: the user enters the e-mail or phone of the account, passes a robot ' +
      'check, confirms a code sent by e-mail or SMS, and sets a new password.',
    steps: [
      {
        endpoint: 'startPasswordReset',
        says: 'Send the identifier and the robot-check token. The answer is a reset challenge with the channels the code may go to.',
      },
      {
        endpoint: 'sendPasswordResetCode',
        says: 'Send (or resend) the code to the channel the user picked.',
      },
      { endpoint: 'verifyPasswordResetCode', says: 'Confirm the 6-digit code.' },
      {
        endpoint: 'completePasswordReset',
        says: 'Send the new password. The user then signs in with it.',
      },
    ],
    rules: [
      'Withdrawals are disabled for 24 hours after a reset through "forgot password"; the user is told so before confirming.',
      'The answers never tell whether an account exists for the identifier.',
      'The backend picks the channels: an account registered by e-mail with SMS 2FA may reset by phone, one registered by phone with e-mail 2FA by e-mail. The page offers the channels it is given.',
      'New passwords have 10 to 128 characters (`validation_failed` otherwise); common ones, one character repeated, or ones that contain the e-mail name or phone number are refused (`password_too_weak`).',
    ],
  },
  {
    id: 'step-up',
    title: 'Step-up verification before a sensitive action',
    intro:
      'Changing e-mail, phone, authenticator, recovery phrase or passkeys needs the user to prove again who they ' +
      'are. Step-up answers a `verificationToken` that the sensitive call carries.',
    steps: [
      {
        endpoint: 'startStepUp',
        says: 'Name the action. The answer lists the factors the user must answer (for example authenticator and both e-mail and SMS codes to unbind).',
      },
      { endpoint: 'sendStepUpCode', says: 'Send an SMS or e-mail code when the step-up asks for one.' },
      { endpoint: 'stepUpPasskeyOptions', says: 'Get WebAuthn request options when a passkey may answer the step-up.' },
      {
        endpoint: 'verifyStepUp',
        says: 'Send the codes (or the passkey response). When every required factor is answered, the answer carries the `verificationToken`.',
      },
    ],
    rules: [
      'A `verificationToken` is single-use, short-lived and good for the one action it was asked for; anything else answers `verification_invalid`.',
      'A sensitive call without a token answers `step_up_required`, naming the action to step up for in `required` (for example `["bind_phone"]`).',
    ],
  },
  ...securityFlows,
  {
    id: 'two-factor-reset',
    title: 'Lost two-factor authentication',
    intro:
      'A user who lost the authenticator first tries to restore it (moving accounts from the old phone, adding the ' +
      'saved setup key to a new app by hand, or the recovery phrase). Otherwise, after entering account and ' +
      'password, they ask for a 2FA reset with basic identity verification.',
    steps: [
      {
        endpoint: 'signIn',
        says: 'The user enters account and password; the answer is a second-factor challenge the user cannot answer. Its `challenge.id` proves the password to the next step.',
      },
      {
        endpoint: 'restoreAuthenticator',
        says: 'With the saved recovery phrase: send the 12 words with the challenge id. The user is signed in, the old authenticator is gone, and the answer carries the setup of a new one.',
      },
      {
        endpoint: 'confirmTotpSetup',
        says: 'Confirm the new authenticator with a code from it (in the new session, no step-up); the answer carries the new recovery phrase to save.',
      },
      {
        endpoint: 'requestTwoFactorReset',
        says: 'Without the phrase, "Lost 2-factor authentication?": send the request with the challenge id and the identity details; it goes to review.',
      },
      { endpoint: 'getTwoFactorResetStatus', says: 'Show the status of the request when the user comes back.' },
    ],
    rules: [
      'Neither way back checks a password itself: the sign-in challenge carries that proof, under the sign-in limits (Security rules: `no-password-oracle`).',
      'The exchange reviews a request in 1-3 business days and reports by e-mail (by SMS to a phone-only account without a contact e-mail); a rejected request comes with alternatives.',
      'Only one request may be under review at a time (`request_pending`); restoring with the phrase cancels it.',
      'After the reset or the restore the user binds a new authenticator at once; withdrawals are suspended for 24 hours after the 2FA change.',
      ...codeRules('Rejection', twoFactorResetRejectionText),
      ...codeRules('Alternative', twoFactorResetAlternativeText),
    ],
  },
  {
    id: 'kyc',
    title: 'Identity verification levels',
    intro:
      'Account -> KYC shows the current level and, per level, its limits (daily withdrawal limit, card purchases) ' +
      'and requirements. Level 1 is country/region and full legal name; level 2 is a government-issued ID ' +
      'photographed front and back, and a selfie.',
    steps: [
      { endpoint: 'getKycOverview', says: 'Show the current level, the limits and requirements per level, and any review in progress.' },
      { endpoint: 'submitKycLevel1', says: 'Send country/region and full legal name.' },
      {
        endpoint: 'uploadKycDocument',
        says: 'Upload each photo (ID front, ID back, selfie) as it is taken; the backend keeps it for the submission.',
      },
      { endpoint: 'submitKycLevel2', says: 'Submit level 2 once every required document is uploaded; it goes to review.' },
      {
        endpoint: 'submitSupplementaryDocuments',
        says: 'If the review asks for supplementary documents, upload them and submit them here.',
      },
    ],
    rules: [
      'Submit is enabled only when every required photo is uploaded; a submission with missing documents answers `documents_missing`.',
      'Uploaded documents are kept: a page that was open too long, or a refresh, never makes the user upload every photo again.',
      'Level 2 review usually takes 15-60 minutes; the user may leave and come back to see the status.',
      'If the selfie does not match the ID, the exchange asks for supplementary documents and reviews them by hand, which can take days.',
      'Never another person\'s ID or false data; one person, one account; no watermarks or photo editing; all edges of the document in the picture.',
      'A level cannot be submitted while a lower one is missing or a review is in progress (`kyc_level_unavailable`).',
      'A rejected verification lists its reasons ("Check"), each with what the user should do:',
      ...codeRules('Reason', kycRejectionAdvice),
    ],
  },
];
