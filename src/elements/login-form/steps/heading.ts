import { html, nothing, type TemplateResult } from 'lit';
import type { LoginFormMessages } from '../messages.js';
import type { LoginStep } from '../sign-in-context.js';

/** Where the flow stands, as far as the heading and the line under it tell. */
export interface HeadingView {
  readonly step: LoginStep;
  /** On the second-factor step: the code form's own title and line ("Check your phone", "We sent ..."). */
  readonly codeTitle: string | undefined;
  readonly codeIntro: string | undefined;
  /** On the last step: whom we welcome back. */
  readonly name: string | undefined;
}

/** The step's heading: "Log in", the second factor's own title, or "You are logged in". */
export function headingText(t: LoginFormMessages, v: HeadingView): string {
  if (v.step === 'signed-in') return t.signedInTitle;
  if (v.step === 'second-factor' && v.codeTitle) return v.codeTitle;
  return t.title;
}

/** The line under the heading: whom we welcome back, or where the code is (or what to open for it). */
export function intro(t: LoginFormMessages, v: HeadingView): TemplateResult | typeof nothing {
  const text = v.step === 'signed-in' && v.name ? t.signedInAs({ name: v.name }) : v.step === 'second-factor' ? v.codeIntro : undefined;
  return text ? html`<p class="intro" part="intro">${text}</p>` : nothing;
}
