import { html } from 'lit';
import type { LocalizedMessages } from '../../../controllers/localize-controller.js';
import { identifierInputs, type IdentifierInputsView } from '../../shared/identifier-inputs.js';
import type { passwordResetSections } from '../messages.js';
import { signInLink, type SignInLink } from './sign-in-link.js';

/** The first step's view model: the shared identifier inputs' (their legend and autocomplete set here), and its own. */
export interface IdentifierStepView extends Omit<IdentifierInputsView, 'ids' | 't' | 'legend' | 'autocomplete' | 'on'> {
  readonly ids: Readonly<Record<'form' | 'email' | 'phone', string>>;
  readonly t: LocalizedMessages<typeof passwordResetSections>;
  readonly busy: boolean;
  /** A rate limit runs: the submit is disabled until it ends. */
  readonly blocked: boolean;
  readonly back: SignInLink;
  readonly on: IdentifierInputsView['on'] & { readonly submit: (event: SubmitEvent) => void };
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
