import { html } from 'lit';
import type { LocalizedMessages } from '../../../controllers/localize-controller.js';
import type { CallingCode } from '../../shared/countries.js';
import type { IdentifierKind } from '../../shared/identifier.js';
import { identifierInputs } from '../../shared/identifier-inputs.js';
import type { passwordResetSections } from '../messages.js';
import { signInLink, type SignInLink } from './sign-in-link.js';

/** The first step's view model: plain values and callbacks. */
export interface IdentifierStepView {
  readonly ids: Readonly<Record<'form' | 'email' | 'phone', string>>;
  readonly t: LocalizedMessages<typeof passwordResetSections>;
  readonly locale: string;
  readonly kinds: readonly IdentifierKind[];
  readonly kind: IdentifierKind;
  readonly phone: typeof import('../../shared/phone-input.js') | undefined;
  readonly country: CallingCode | undefined;
  readonly values: Readonly<Record<'email' | 'phone', string>>;
  readonly errors: Readonly<Record<'email' | 'phone', string | undefined>>;
  readonly busy: boolean;
  /** A rate limit runs: the submit is disabled until it ends. */
  readonly blocked: boolean;
  readonly back: SignInLink;
  readonly on: {
    readonly kind: (kind: IdentifierKind) => void;
    readonly intent: () => void;
    readonly email: (value: string) => void;
    readonly phone: (value: string) => void;
    readonly country: (country: CallingCode) => void;
    readonly submit: (event: SubmitEvent) => void;
  };
}

/**
 * The first step, in the light DOM: the account's e-mail or phone (`username`, so a password manager fills the
 * account it is about to update), a line saying a robot check comes next, "Continue", and the way back to log in.
 */
export function identifierStep(o: IdentifierStepView) {
  const { t } = o;
  return html`
    <form id=${o.ids.form} class="tillit-form" novalidate @submit=${o.on.submit}>
      ${identifierInputs({ ...o, legend: t.passwordReset.identifierChoice, autocomplete: 'username' })}
      <p class="tillit-hint">${t.passwordReset.robotCheck}</p>
      <button class="tillit-button" type="submit" aria-disabled=${o.busy || o.blocked ? 'true' : 'false'} ?disabled=${o.blocked}>
        ${o.busy ? t.passwordReset.starting : t.common.continue}
      </button>
      ${signInLink(o.back)}
    </form>
  `;
}
