// A minimal element showing the shared withdrawal-lock notice and the before-commit consequences, as
// <password-reset>, <totp-setup>, <two-factor-reset> and <security-settings> will: the notice in the light DOM (the
// done step of a flow), and the same notice in the shadow root (an overview), to test the views before any product
// element uses them. Not shipped.
import { html, LitElement } from 'lit';
import type { WithdrawalLock } from '../../../src/contract/common.js';
import { LightDomController } from '../../../src/controllers/light-dom-controller.js';
import { LocalizeController } from '../../../src/controllers/localize-controller.js';
import { defineElement } from '../../../src/elements/define-element.js';
import { consequencesList, consequencesOf, type ConsequenceAction } from '../../../src/elements/shared/consequences.js';
import { fieldStyles } from '../../../src/elements/shared/field-styles.js';
import { frameStyles } from '../../../src/elements/shared/frame-styles.js';
import { withdrawalLockStyles } from '../../../src/elements/shared/withdrawal-lock-styles.js';
import { withdrawalLockNotice } from '../../../src/elements/shared/withdrawal-lock.js';
import { withdrawalLockMessages } from '../../../src/i18n/withdrawal-lock.js';
import { tokens } from '../../../src/theme/index.js';

export class TestLockHost extends LitElement {
  static override styles = [tokens, frameStyles, withdrawalLockStyles];
  static override properties = { lock: { attribute: false }, action: { attribute: false }, now: { attribute: false }, place: {} };

  lock: WithdrawalLock | undefined = null;
  action: ConsequenceAction | undefined;
  now: Date | undefined;
  timeZone = 'Europe/Stockholm';
  /** Where the notice shows: two notices on one page would be two regions with one name. */
  place: 'light' | 'shadow' | 'both' = 'light';

  readonly i18n = new LocalizeController(this, { withdrawalLock: withdrawalLockMessages });
  private readonly light = new LightDomController(this, {
    styles: [fieldStyles, withdrawalLockStyles],
    render: () => html`
      <form class="tillit-form" novalidate @submit=${(e: Event) => e.preventDefault()}>
        ${this.action ? consequencesList({ items: consequencesOf(this.action), t: this.i18n.t.withdrawalLock, id: 'light-consequences' }) : ''}
        ${this.place === 'shadow' ? '' : this.notice('light-lock')}
        <button class="tillit-button" type="submit">${this.i18n.t.common.continue}</button>
      </form>
    `,
    lang: () => this.i18n.locale,
  });

  private notice(id: string) {
    const { i18n } = this;
    return withdrawalLockNotice({ lock: this.lock, t: i18n.t.withdrawalLock, locale: i18n.locale, id, level: 3, now: this.now, timeZone: this.timeZone });
  }

  override render() {
    return html`
      <section class="base" lang=${this.i18n.locale}>
        <h2 class="heading">Account</h2>
        <div class="overview">${this.place === 'light' ? '' : this.notice('shadow-lock')}</div>
        <slot></slot>
      </section>
    `;
  }
}

defineElement('test-lock-host', TestLockHost);

declare global {
  interface HTMLElementTagNameMap {
    'test-lock-host': TestLockHost;
  }
}
