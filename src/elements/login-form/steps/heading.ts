import { html, nothing } from 'lit';
import type { LoginFormMessages } from '../messages.js';
import type { SignInFlowController } from '../sign-in-flow-controller.js';

/** Where the flow stands, as far as the heading and the line under it tell. */
export type HeadingState = Pick<SignInFlowController, 'step' | 'method' | 'sent' | 'session'>;

/** The step's heading: "Log in", the second factor's own title, or "You are logged in". */
export function headingText(t: LoginFormMessages, s: HeadingState): string {
  if (s.step === 'signed-in') return t.signedInTitle;
  if (s.step === 'second-factor') return { totp: t.totpTitle, sms: t.smsTitle, email: t.emailTitle }[s.method];
  return t.title;
}

/** The line under the heading: whom we welcome back, or where the code is (or what to open for it). */
export function intro(t: LoginFormMessages, s: HeadingState) {
  let text: string | undefined;
  if (s.step === 'signed-in' && s.session) text = t.signedInAs({ name: s.session.user.displayName });
  if (s.step === 'second-factor') {
    const sent = s.method === 'totp' ? undefined : s.sent[s.method];
    text = s.method === 'totp' ? t.totpIntro : sent ? t.codeSent({ to: sent.sentTo }) : undefined;
  }
  return text ? html`<p class="intro" part="intro">${text}</p>` : nothing;
}
