import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { KycOverview, SecurityOverview } from 'tillit/client';
import { formatDateTime, formatMoney } from '../../site/format.js';
import type { PageContext } from '../../site/page.js';
import type { PageId } from '../../site/routes.js';

type Loaded<T> = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; value: T };

/**
 * The account overview: who is logged in (from the session), and summaries of the account's security and
 * identity verification read through the client, as an exchange's dashboard shows them, with links to the pages
 * that change them once those pages exist. Light DOM, styled by the site.
 */
export class DemoAccountOverview extends LitElement {
  @property({ attribute: false }) ctx!: PageContext<'signed-in'>;
  @state() private security: Loaded<SecurityOverview> = { status: 'loading' };
  @state() private kyc: Loaded<KycOverview> = { status: 'loading' };

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    this.security = { status: 'loading' };
    this.kyc = { status: 'loading' };
    const [security, kyc] = await Promise.allSettled([
      this.ctx.client.getSecurityOverview({}),
      this.ctx.client.getKycOverview({}),
    ]);
    this.security = security.status === 'fulfilled' ? { status: 'ready', value: security.value } : { status: 'failed' };
    this.kyc = kyc.status === 'fulfilled' ? { status: 'ready', value: kyc.value } : { status: 'failed' };
  }

  override render() {
    const { t, session, locale } = this.ctx;
    const { user } = session;
    const lock = this.security.status === 'ready' ? this.security.value.withdrawalLock : null;
    return html`<div class="page-header">
        <div>
          <h1 id="page-title">${t.account.greeting({ name: user.displayName })}</h1>
          <p class="muted">${t.account.sessionUntil({ time: formatDateTime(locale, session.expiresAt) })}</p>
        </div>
        <button type="button" class="button button--secondary" @click=${() => void this.ctx.signOut()}>
          ${t.header.logOut}
        </button>
      </div>
      ${lock
        ? html`<div class="notice notice--warning" role="status">
            <strong>${t.account.withdrawalsLocked({ until: formatDateTime(locale, lock.until) })}</strong>
            <span>${t.account.lockReasons[lock.reason]}</span>
          </div>`
        : nothing}
      <div class="cards">
        ${this.card('profile', t.account.profile, html`<dl class="facts">
          ${fact(t.account.name, user.displayName)} ${fact(t.account.email, user.email ?? t.account.notAdded, !user.email)}
          ${fact(t.account.phone, user.phone ?? t.account.notAdded, !user.phone)}
        </dl>`, undefined, true)}
        ${this.card('security', t.account.security, this.securityFacts(), 'security')}
        ${this.card('verification', t.account.verification, this.kycFacts(), 'kyc')}
      </div>`;
  }

  private card(id: string, title: string, body: TemplateResult, page?: PageId, wide = false): TemplateResult {
    const { ctx } = this;
    return html`<section class=${wide ? 'card card--wide' : 'card'} aria-labelledby=${`card-${id}`}>
      <h2 id=${`card-${id}`}>${title}</h2>
      ${body}
      ${page && ctx.has(page)
        ? html`<p class="card__action">
            <a href=${ctx.href(page)}>${ctx.t.account.manage({ page: ctx.t.pages[page].toLowerCase() })}</a>
          </p>`
        : nothing}
    </section>`;
  }

  private failed(): TemplateResult {
    return html`<div class="inline-error" role="alert">
      <p>${this.ctx.t.account.loadFailed}</p>
      <button type="button" class="button button--secondary button--small" @click=${() => void this.load()}>
        ${this.ctx.t.account.retry}
      </button>
    </div>`;
  }

  private securityFacts(): TemplateResult {
    const { t, locale } = this.ctx;
    if (this.security.status === 'loading') return loading();
    if (this.security.status === 'failed') return this.failed();
    const s = this.security.value;
    const onOff = (on: boolean): TemplateResult => pill(on ? t.account.on : t.account.off, on);
    return html`<dl class="facts">
      ${fact(t.account.authenticator, onOff(Boolean(s.totp)))} ${fact(t.account.smsCodes, onOff(Boolean(s.phone?.twoFactor)))}
      ${fact(t.account.emailCodes, onOff(Boolean(s.email?.twoFactor)))}
      ${fact(t.account.passkeys, s.passkeys.length ? pill(t.account.passkeyCount({ count: s.passkeys.length }), true) : onOff(false))}
      ${fact(t.account.recoveryPhrase, pill(s.recoveryPhrase ? t.account.saved : t.account.notSaved, Boolean(s.recoveryPhrase)))}
      ${fact(
        t.account.withdrawals,
        s.withdrawalLock
          ? pill(t.account.withdrawalsLocked({ until: formatDateTime(locale, s.withdrawalLock.until) }), false, 'warning')
          : pill(t.account.withdrawalsOpen, true),
      )}
    </dl>`;
  }

  private kycFacts(): TemplateResult {
    const { t, locale } = this.ctx;
    if (this.kyc.status === 'loading') return loading();
    if (this.kyc.status === 'failed') return this.failed();
    const k = this.kyc.value;
    const outstanding =
      k.status === 'pending' || k.status === 'rejected' || k.status === 'supplementary_required'
        ? t.account.reviewStatus[k.status]
        : '';
    const available = (yes: boolean): TemplateResult => pill(yes ? t.account.allowed : t.account.notAllowed, yes);
    const limit = k.limits.dailyWithdrawal;
    return html`<p class="level">
        ${pill(t.account.level({ level: k.level }), k.level > 0)}
        ${outstanding ? html`<span class="muted">${outstanding}</span>` : nothing}
      </p>
      <dl class="facts">
        ${fact(t.account.dailyLimit, formatMoney(locale, limit.amount, limit.currency))}
        ${fact(t.account.cardPurchases, available(k.limits.fiatCardPurchases))}
        ${fact(t.account.fiatDeposits, available(k.limits.fiatDeposits))}
      </dl>`;
  }
}

function fact(term: string, value: string | TemplateResult, muted = false): TemplateResult {
  return html`<div class="facts__row"><dt>${term}</dt><dd class=${muted ? 'muted' : ''}>${value}</dd></div>`;
}

function pill(text: string, on: boolean, tone: 'warning' | '' = ''): TemplateResult {
  return html`<span class=${`pill ${on ? 'pill--on' : 'pill--off'} ${tone ? `pill--${tone}` : ''}`}>${text}</span>`;
}

const loading = (): TemplateResult => html`<p class="muted" aria-busy="true">…</p>`;

customElements.define('demo-account-overview', DemoAccountOverview);

declare global {
  interface HTMLElementTagNameMap {
    'demo-account-overview': DemoAccountOverview;
  }
}
