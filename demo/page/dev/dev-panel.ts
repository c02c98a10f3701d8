import { TOTP } from 'otpauth';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { isTillitError, type TestMessage } from 'tillit/client';
import { DEMO_TOTP_SECRET } from '../../core/seed.js';
import { formatDateTime, type SiteLocale } from '../site/format.js';
import type { SiteMessages } from '../site/messages.js';
import { devPanelOpen } from '../site/preferences.js';
import './review-item.js';
import type { PendingItem, ReviewDecidedEvent } from './review-item.js';
import { accountsSection, outboxSection } from './sections.js';
import { readPendingReviews, resetDemoData, testing, type PendingReviews } from './testing-client.js';

const POLL_MS = 2000;
const HOUR = 3600;
const DAY = 86400;
const authenticator = new TOTP({ secret: DEMO_TOTP_SECRET, digits: 6, period: 30, algorithm: 'SHA1' });

/**
 * The demo tools: demo furniture beside the exchange, standing in for the user's phone and inbox (outbox,
 * authenticator) and the exchange's back office (reviews, clock, reset). Collapsible; reads the backend every
 * 2 s while open and the tab is visible. Hidden entirely when the backend runs without testing mode.
 */
export class DemoDevPanel extends LitElement {
  @property({ attribute: false }) t!: SiteMessages;
  @property({ attribute: false }) locale: SiteLocale = 'en';
  /** Called after a reset of the demo data (every session is gone). */
  @property({ attribute: false }) onReset: () => Promise<void> = async () => undefined;

  @state() private open = devPanelOpen.get();
  @state() private status: 'starting' | 'ready' | 'offline' | 'unavailable' = 'starting';
  @state() private outbox: readonly TestMessage[] = [];
  @state() private reviews: PendingReviews = { kyc: [], twoFactorResets: [] };
  /** Backend clock minus this browser's clock, in ms (the backend's clock moves with `advanceClock`). */
  @state() private offsetMs = 0;
  @state() private now = Date.now();
  @state() private notice = '';
  @state() private busy = false;
  @state() private confirmingReset = false;
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
  private tickTimer: ReturnType<typeof setInterval> | undefined;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.resume);
    this.addEventListener('demo-review-decided', this.decided);
    this.resume();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.resume);
    this.removeEventListener('demo-review-decided', this.decided);
    this.stop();
  }

  private stop(): void {
    clearTimeout(this.pollTimer);
    clearInterval(this.tickTimer);
    this.pollTimer = this.tickTimer = undefined;
  }

  /** (Re)starts reading while the panel is open and the tab visible. */
  private readonly resume = (): void => {
    this.stop();
    if (!this.open || document.hidden || this.status === 'unavailable') return;
    this.tickTimer = setInterval(() => (this.now = Date.now()), 1000);
    void this.poll();
  };

  private async poll(): Promise<void> {
    clearTimeout(this.pollTimer);
    try {
      await this.read();
    } finally {
      if (this.status !== 'unavailable' && this.open && !document.hidden) {
        this.pollTimer = setTimeout(() => void this.poll(), POLL_MS);
      }
    }
  }

  private async read(): Promise<void> {
    try {
      const asked = Date.now();
      const { now } = await testing.readClock({});
      // The backend's clock has whole seconds: take the middle of the round trip as its moment.
      this.offsetMs = Date.parse(now) + 500 - (asked + Date.now()) / 2;
      const [{ messages }, reviews] = await Promise.all([testing.readOutbox({}), readPendingReviews()]);
      this.outbox = messages;
      this.reviews = reviews;
      this.status = 'ready';
    } catch (error) {
      // A backend without testing mode answers the testing rows with 404: then there are no demo tools.
      this.status = isTillitError(error) && error.code === 'not_found' ? 'unavailable' : 'offline';
    }
  }

  private toggle(): void {
    this.open = !this.open;
    devPanelOpen.set(this.open);
    this.resume();
  }

  private readonly decided = (event: ReviewDecidedEvent): void => {
    this.notice = this.t.dev.decided({ name: event.name });
    void this.poll();
  };

  private async run(action: () => Promise<unknown>, done = ''): Promise<void> {
    this.busy = true;
    this.notice = '';
    try {
      await action();
      this.notice = done;
    } catch {
      this.notice = this.t.dev.failed;
    } finally {
      this.busy = false;
    }
    await this.poll();
  }

  private advance(seconds: number): void {
    void this.run(() => testing.advanceClock({ seconds }));
  }

  private reset(): void {
    this.confirmingReset = false;
    void this.run(async () => {
      await resetDemoData();
      await this.onReset();
    }, this.t.dev.resetDone);
  }

  override render() {
    if (this.status === 'unavailable') return nothing;
    const { t } = this;
    return html`<aside class="dev-panel ${this.open ? 'dev-panel--open' : ''}" aria-labelledby="dev-panel-title">
      <div class="dev-panel__bar">
        <h2 id="dev-panel-title" class="dev-panel__title">
          <button type="button" class="dev-panel__toggle" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="dev-panel-body" @click=${() => this.toggle()}>
            <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M6.5 1.5h3l.4 2 1.6.9 1.9-.7 1.5 2.6-1.5 1.3v1.8l1.5 1.3-1.5 2.6-1.9-.7-1.6.9-.4 2h-3l-.4-2-1.6-.9-1.9.7-1.5-2.6 1.5-1.3V7.6L.6 6.3l1.5-2.6 1.9.7 1.6-.9.4-2ZM8 5.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 0 0 0-5Z" /></svg>
            ${t.dev.title}
            <span class="visually-hidden">${this.open ? t.dev.hide : t.dev.show}</span>
          </button>
        </h2>
      </div>
      <div class="dev-panel__body" id="dev-panel-body" ?hidden=${!this.open}>
        <p class="dev-hint">${t.dev.note}</p>
        <p class="dev-notice" role="status">${this.status === 'offline' ? t.dev.offline : this.notice}</p>
        ${outboxSection(t, this.locale, this.outbox)} ${this.authenticatorSection()} ${this.reviewsSection()}
        ${this.clockSection()} ${accountsSection(t)} ${this.resetSection()}
      </div>
    </aside>`;
  }

  private authenticatorSection(): TemplateResult {
    const { t } = this;
    const at = this.now + this.offsetMs;
    const left = 30 - (Math.floor(at / 1000) % 30);
    return html`<section class="dev-section" aria-labelledby="dev-totp-title">
      <h3 id="dev-totp-title">${t.dev.authenticator}</h3>
      <p class="dev-hint">${t.dev.authenticatorIntro}</p>
      <p class="totp">
        <output id="dev-totp" class="code" aria-live="off">${authenticator.generate({ timestamp: at })}</output>
        <span class="totp__left">${t.dev.secondsLeft({ seconds: left })}</span>
      </p>
    </section>`;
  }

  private reviewsSection(): TemplateResult {
    const { t, locale } = this;
    // Keyed: each review keeps its own element (and its half-filled decision form) as others leave the list.
    const list = (items: PendingItem[]) =>
      items.length
        ? html`<ul class="review-list">
            ${repeat(
              items,
              (item) => (item.kind === 'kyc' ? item.review.userId : item.review.requestId),
              (item) => html`<li><demo-review-item .item=${item} .t=${t} .locale=${locale}></demo-review-item></li>`,
            )}
          </ul>`
        : html`<p class="dev-empty">${t.dev.noneWaiting}</p>`;
    return html`<section class="dev-section" aria-labelledby="dev-reviews-title">
      <h3 id="dev-reviews-title">${t.dev.reviews}</h3>
      <p class="dev-hint">${t.dev.reviewsIntro}</p>
      <h4>${t.dev.kycReviews}</h4>
      <div id="dev-kyc-reviews">${list(this.reviews.kyc.map((review) => ({ kind: 'kyc', review })))}</div>
      <h4>${t.dev.twoFactorResets}</h4>
      <div id="dev-two-factor-reviews">
        ${list(this.reviews.twoFactorResets.map((review) => ({ kind: 'two-factor', review })))}
      </div>
    </section>`;
  }

  private clockSection(): TemplateResult {
    const { t } = this;
    const ahead = Math.round(this.offsetMs / 1000);
    return html`<section class="dev-section" aria-labelledby="dev-clock-title">
      <h3 id="dev-clock-title">${t.dev.clock}</h3>
      <p class="dev-hint">${t.dev.clockIntro}</p>
      <p id="dev-clock">${t.dev.clockNow({ time: formatDateTime(this.locale, this.now + this.offsetMs) })}</p>
      <p class="dev-hint" id="dev-clock-offset">${ahead >= 60 ? t.dev.clockAhead({ seconds: ahead }) : t.dev.clockInStep}</p>
      <div class="button-row">
        ${([
          ['hour', HOUR],
          ['day', DAY],
          ['month', 30 * DAY],
        ] as const).map(
          ([key, seconds]) => html`<button type="button" class="button button--small button--secondary" data-advance=${key} ?disabled=${this.busy} @click=${() => this.advance(seconds)}>
            ${t.dev.advance[key]}
          </button>`,
        )}
      </div>
    </section>`;
  }

  private resetSection(): TemplateResult {
    const { t } = this;
    return html`<section class="dev-section" aria-labelledby="dev-reset-title">
      <h3 id="dev-reset-title">${t.dev.reset}</h3>
      <p class="dev-hint">${t.dev.resetIntro}</p>
      <div class="button-row">
        ${this.confirmingReset
          ? html`<button type="button" class="button button--small button--danger" id="dev-reset-confirm" ?disabled=${this.busy} @click=${() => this.reset()}>
                ${t.dev.resetConfirm}
              </button>
              <button type="button" class="button button--small button--secondary" @click=${() => (this.confirmingReset = false)}>${t.dev.cancel}</button>`
          : html`<button type="button" class="button button--small button--secondary" id="dev-reset" ?disabled=${this.busy} @click=${() => (this.confirmingReset = true)}>
              ${this.busy ? t.dev.resetting : t.dev.reset}
            </button>`}
      </div>
    </section>`;
  }
}

customElements.define('demo-dev-panel', DemoDevPanel);

declare global {
  interface HTMLElementTagNameMap {
    'demo-dev-panel': DemoDevPanel;
  }
}
