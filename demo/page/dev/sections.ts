import { html, nothing, type TemplateResult } from 'lit';
import type { TestMessage } from 'tillit/client';
import { DEMO_PASSWORD, demoAccounts, type DemoAccount } from '../../core/seed.js';
import { formatTime, type SiteLocale } from '../site/format.js';
import type { SiteMessages } from '../site/messages.js';

/*
 * The read-only sections of the demo tools: the outbox and the demo accounts. Texts are the demo's own catalog;
 * a message's internal ids (in its `purpose`) are never shown, only what kind of message it is.
 */

type Purpose = keyof SiteMessages['dev']['purposes'];
const purposes: readonly Purpose[] = ['sign-in', 'step-up', 'password-reset', 'security-bind', 'two-factor-reset'];

/** `sign-in:<id>:sms` -> `sign-in`; the ids stay out of sight. */
export function purposeOf(message: Pick<TestMessage, 'purpose'>): Purpose {
  const kind = message.purpose.split(':')[0] as Purpose;
  return purposes.includes(kind) ? kind : 'other';
}

/** A lost-2FA decision e-mail's outcome (`two-factor-reset:<id>:approved`), if it is one. */
function decisionOf(message: TestMessage): 'approved' | 'rejected' | undefined {
  const last = message.purpose.split(':').at(-1);
  return last === 'approved' || last === 'rejected' ? last : undefined;
}

export function outboxSection(t: SiteMessages, locale: SiteLocale, messages: readonly TestMessage[]): TemplateResult {
  const latest = [...messages].reverse().slice(0, 10);
  return html`<section class="dev-section" aria-labelledby="dev-outbox-title">
    <h3 id="dev-outbox-title">${t.dev.outbox}</h3>
    <p class="dev-hint">${t.dev.outboxIntro}</p>
    ${latest.length === 0
      ? html`<p class="dev-empty">${t.dev.outboxEmpty}</p>`
      : html`<ol class="outbox" id="dev-outbox">
          ${latest.map((message) => {
            const purpose = purposeOf(message);
            const decision = decisionOf(message);
            return html`<li class="outbox__item">
              <div class="outbox__meta">
                <span class="tag">${t.dev.channels[message.channel]}</span>
                <span class="outbox__what">
                  ${t.dev.purposes[purpose]}${decision && purpose === 'two-factor-reset' ? html`: <strong>${t.dev.decisions[decision]}</strong>` : nothing}
                </span>
                <time datetime=${message.sentAt}>${formatTime(locale, message.sentAt)}</time>
              </div>
              <div class="outbox__to">${t.dev.to({ to: message.to })}</div>
              ${message.code ? html`<strong class="outbox__code code">${message.code}</strong>` : nothing}
              ${purpose === 'other' ? html`<p class="outbox__text">${message.text}</p>` : nothing}
            </li>`;
          })}
        </ol>`}
  </section>`;
}

function features(t: SiteMessages, account: DemoAccount): string {
  const has = [
    account.totp ? t.dev.features.totp : '',
    account.smsTwoFactor ? t.dev.features.sms : '',
    account.emailTwoFactor ? t.dev.features.email : '',
  ].filter(Boolean);
  if (has.length === 0) has.push(t.dev.features.nothing);
  if (account.googleSubject) has.push(t.dev.features.google);
  if (account.kycLevel > 0) has.push(t.dev.features.kyc({ level: account.kycLevel }));
  return has.join(', ');
}

export function accountsSection(t: SiteMessages): TemplateResult {
  return html`<section class="dev-section" aria-labelledby="dev-accounts-title">
    <h3 id="dev-accounts-title">${t.dev.accounts}</h3>
    <p class="dev-hint">${t.dev.password({ password: DEMO_PASSWORD })}</p>
    <table class="dev-table" id="dev-accounts">
      <thead>
        <tr><th scope="col">${t.dev.logInWith}</th><th scope="col">${t.dev.has}</th></tr>
      </thead>
      <tbody>
        ${demoAccounts.map(
          (account) => html`<tr><td><code>${account.identifier}</code></td><td>${features(t, account)}</td></tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}
