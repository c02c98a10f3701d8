import { html, nothing } from 'lit';
import type { CodeSent, SecondFactorChallenge, SecondFactorMethod } from '../../../contract/index.js';
import type { CommonMessages } from '../../../i18n/en.js';
import { oneTimeCodeField } from '../../shared/one-time-code-field.js';
import type { LoginFormMessages } from '../messages.js';
import type { SignInFlowController } from '../sign-in-flow-controller.js';

export interface SecondFactorStepOptions {
  ids: { form: string; code: string };
  t: LoginFormMessages;
  common: CommonMessages;
  challenge: SecondFactorChallenge;
  method: SecondFactorMethod;
  code: string;
  error: string | undefined;
  sent: CodeSent | undefined;
  /** Seconds until a new code may be asked for (0: now). */
  resendIn: number;
  pending: string | undefined;
  on: {
    code: (value: string) => void;
    submit: (event?: Event) => void;
    resend: () => void;
    choose: (method: SecondFactorMethod) => void;
    lost: () => void;
    restart: () => void;
  };
}

function otherMethods(o: SecondFactorStepOptions) {
  const others = o.challenge.methods.filter((m) => m !== o.method);
  if (others.length === 0) return nothing;
  const to = (m: 'sms' | 'email') => o.challenge.destinations[m] ?? '';
  const label = (m: SecondFactorMethod) =>
    m === 'totp' ? o.t.useTotp : m === 'sms' ? o.t.useSms({ to: to('sms') }) : o.t.useEmailCode({ to: to('email') });
  return html`
    <div class="tillit-methods" role="group" aria-labelledby=${`${o.ids.form}-methods`}>
      <p class="tillit-label" id=${`${o.ids.form}-methods`}>${o.t.otherMethods}</p>
      ${others.map((m) => html`<button class="tillit-link" type="button" @click=${() => o.on.choose(m)}>${label(m)}</button>`)}
    </div>
  `;
}

function resend(o: SecondFactorStepOptions) {
  if (o.method === 'totp') return nothing;
  const waiting = o.resendIn > 0;
  return html`
    <button class="tillit-link" type="button" ?disabled=${waiting || o.pending === 'send'} @click=${o.on.resend}>
      ${o.pending === 'send' ? o.t.sendingCode : waiting ? o.common.resendIn({ seconds: o.resendIn }) : o.common.resend}
    </button>
  `;
}

/** The second step, in the light DOM: one `one-time-code` input in a real form, and the ways around it. */
export function secondFactorStep(o: SecondFactorStepOptions) {
  const verifying = o.pending === 'verify';
  return html`
    <form id=${o.ids.form} class="tillit-login" novalidate @submit=${o.on.submit}>
      ${oneTimeCodeField({
        id: o.ids.code,
        label: o.t.codeLabel,
        hint: o.t.codeHint,
        value: o.code,
        errorPrefix: o.common.errorPrefix,
        error: o.error,
        onInput: o.on.code,
        onComplete: () => o.on.submit(),
      })}
      ${resend(o)}
      <button class="tillit-button" type="submit" aria-disabled=${verifying ? 'true' : 'false'}>
        ${verifying ? o.t.verifying : o.t.verify}
      </button>
      ${otherMethods(o)}
      ${o.challenge.methods.includes('totp') && o.method === 'totp'
        ? html`<button class="tillit-link" type="button" @click=${o.on.lost}>${o.t.lostAuthenticator}</button>`
        : nothing}
      <button class="tillit-link" type="button" @click=${o.on.restart}>${o.t.startAgain}</button>
    </form>
  `;
}

/** What the step reads of the sign-in flow, and what it asks of it. */
export type SecondFactorFlow = Pick<
  SignInFlowController,
  'challenge' | 'method' | 'code' | 'sent' | 'resend' | 'action' | 'errorTexts' | 'set' | 'submitCode' | 'sendCode' | 'chooseMethod' | 'restart'
>;

/** The step for where the flow stands; it sits here, not in the element, so it loads with the step. */
export function secondFactorStepFor(flow: SecondFactorFlow, view: Pick<SecondFactorStepOptions, 'ids' | 't' | 'common'>, lost: () => void) {
  if (!flow.challenge) return html``;
  const channel = flow.method === 'totp' ? undefined : flow.method;
  return secondFactorStep({
    ...view,
    challenge: flow.challenge,
    method: flow.method,
    code: flow.code,
    error: flow.errorTexts().code,
    sent: channel && flow.sent[channel],
    resendIn: channel ? flow.resend[channel].remaining : 0,
    pending: flow.action.pending,
    on: {
      code: (code) => flow.set({ code }),
      submit: (event) => flow.submitCode(event),
      resend: () => channel && flow.sendCode(channel, true),
      choose: (method) => flow.chooseMethod(method),
      lost,
      restart: () => flow.restart(),
    },
  });
}
