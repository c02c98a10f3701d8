import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SecurityOverview } from 'tillit/client';
import 'tillit/recovery-key-backup';
import 'tillit/totp-setup';
import { formatDateTime } from '../../site/format.js';
import type { PageContext } from '../../site/page.js';

/**
 * The authenticator page's content: the account's security overview first, so an account that already has an
 * authenticator is told so (the backend would refuse a second one after the step-up), else <totp-setup>: one
 * step-up binds the app and shows the recovery phrase issued with it; the way back to the account shows only
 * once that step is over (a link away from an unsaved phrase would lose it without the browser's warning). An
 * account with an authenticator but no saved recovery phrase is offered <recovery-key-backup> on its own (it
 * issues a phrase after the step-up). Light DOM, styled by the site.
 */
export class DemoAuthenticator extends LitElement {
  @property({ attribute: false }) ctx!: PageContext<'signed-in'>;
  @state() private overview: SecurityOverview | 'loading' | 'failed' = 'loading';
  @state() private finished = false;
  /** <totp-setup> reached its last step: the phrase that came with the binding is saved or left behind. */
  @state() private ended = false;
  @state() private savingPhrase = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    this.overview = 'loading';
    this.overview = await this.ctx.client.getSecurityOverview({}).catch(() => 'failed' as const);
  }

  override render() {
    const { t, locale } = this.ctx;
    const overview = this.overview;
    if (overview === 'loading') return html`<p class="muted" aria-busy="true">…</p>`;
    if (overview === 'failed') {
      return html`<div class="inline-error" role="alert">
        <p>${t.account.loadFailed}</p>
        <button type="button" class="button button--secondary button--small" @click=${() => void this.load()}>${t.account.retry}</button>
      </div>`;
    }
    if (overview.totp && !this.finished) {
      return html`<p>${t.authenticatorPage.alreadySet({ since: formatDateTime(locale, overview.totp.enabledAt) })}</p>
        <p class="muted">${t.authenticatorPage.changeIt}</p>
        ${overview.recoveryPhrase ? nothing : this.phrase()} ${this.back()}`;
    }
    return html`<totp-setup
        class="auth-card"
        heading-level="2"
        qr-phrase
        .client=${this.ctx.client}
        @tillit-totp-enabled=${() => (this.finished = true)}
        @tillit-step-change=${(event: GlobalEventHandlersEventMap['tillit-step-change']) => (this.ended ||= event.step === 'done')}
        @tillit-cancelled=${() => this.ctx.go('account')}
      ></totp-setup>
      ${this.ended ? this.back() : nothing}`;
  }

  /** The way back to the account without the app: a recovery phrase, for an account that has none saved yet. */
  private phrase() {
    if (!this.savingPhrase) {
      return html`<p>${this.ctx.t.authenticatorPage.noPhrase}</p>
        <button type="button" class="button button--secondary" @click=${() => (this.savingPhrase = true)}>
          ${this.ctx.t.authenticatorPage.savePhrase}
        </button>`;
    }
    return html`<recovery-key-backup
      class="auth-card"
      heading-level="2"
      .client=${this.ctx.client}
      @tillit-cancelled=${() => (this.savingPhrase = false)}
    ></recovery-key-backup>`;
  }

  private back() {
    return html`<p><a href=${this.ctx.href('account')}>${this.ctx.t.authenticatorPage.backToAccount}</a></p>`;
  }
}

customElements.define('demo-authenticator', DemoAuthenticator);

declare global {
  interface HTMLElementTagNameMap {
    'demo-authenticator': DemoAuthenticator;
  }
}
