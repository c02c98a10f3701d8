import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { coreMessages, type CoreBundles } from '../i18n/core.js';
import { cachedMessages, loadMessages } from '../i18n/define.js';
import { errorMessage, type ErrorLike } from '../i18n/error-message.js';
import { formatDuration } from '../i18n/format.js';
import { langOf, matchLocale } from '../i18n/locale.js';
import { onMessagesRegistered } from '../i18n/register.js';
import type { BundleMap, Locale, MessagesOf } from '../i18n/types.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Everything `t` offers: `common`, `errors`, `fields` plus the sections the element passed in. */
export type LocalizedMessages<B extends BundleMap> = MessagesOf<CoreBundles> & MessagesOf<B>;

/**
 * Gives an element its messages in the language of its nearest `lang` (its own, an ancestor's across shadow
 * roots, the document's), and re-renders it when that changes or a lazily loaded locale arrives.
 *
 *   private readonly i18n = new LocalizeController(this, { loginForm: loginFormMessages });
 *   render() { return html`<button>${this.i18n.t.loginForm.submit}</button>`; }
 *
 * Until a locale's chunk has loaded the element shows English, so it never renders empty; `ready` resolves when
 * the wanted locale is shown.
 */
export class LocalizeController<B extends BundleMap = Record<never, never>> implements ReactiveController {
  private readonly host: Host;
  private readonly bundles: CoreBundles & B;
  private messages: LocalizedMessages<B>;
  private shown: Locale = 'en';
  private wanted: Locale = 'en';
  private observer?: MutationObserver;
  private unsubscribe?: () => void;
  /** Resolves once the messages of the wanted locale are shown (at once when they were already in memory). */
  ready: Promise<void> = Promise.resolve();

  /** `sections` may not reuse the core names (`common`, `errors`, `fields`): they would hide the core ones. */
  constructor(host: Host, sections?: B & Partial<Record<keyof CoreBundles, never>>) {
    this.host = host;
    this.bundles = { ...coreMessages, ...sections } as CoreBundles & B;
    this.messages = cachedMessages(this.bundles, 'en') as LocalizedMessages<B>;
    host.addController(this);
  }

  /** The messages, typed: `t.common.continue`, `t.errors.rate_limited({ seconds })`. */
  get t(): LocalizedMessages<B> {
    return this.messages;
  }

  /** The locale of the messages on screen (English while another locale is still loading). */
  get locale(): Locale {
    return this.shown;
  }

  hostConnected(): void {
    this.watchLang();
    // A host page may add a language or change messages at any time (`registerMessages`): show them at once.
    this.unsubscribe = onMessagesRegistered(() => this.update(true));
    this.update();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.unsubscribe?.();
  }

  formatDate(date: Date | number, options?: Intl.DateTimeFormatOptions): string {
    return new Intl.DateTimeFormat(this.shown, options).format(date);
  }

  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.shown, options).format(value);
  }

  /** A countdown: "1 min 05 sec". */
  formatDuration(seconds: number): string {
    return formatDuration(this.shown, seconds);
  }

  /** The message for a failed request (`TillitError` or `{ code, retryAfter, problem }`), generic if unknown. */
  error(error: ErrorLike | string): string {
    return errorMessage(this.messages, this.shown, error);
  }

  /**
   * `lang` may change on the document, on any ancestor or on the host itself. `closest` crosses no shadow root,
   * so observe every root from the host's up to the document: one observer, one subtree watch per root.
   */
  private watchLang(): void {
    this.observer?.disconnect();
    const observer = new MutationObserver(() => this.update());
    let root: Node = this.host.getRootNode();
    while (root instanceof ShadowRoot) {
      observer.observe(root, { subtree: true, attributeFilter: ['lang'] });
      root = root.host.getRootNode();
    }
    observer.observe(this.host.ownerDocument.documentElement, { subtree: true, attributeFilter: ['lang'] });
    this.observer = observer;
  }

  private update(force = false): void {
    const wanted = matchLocale(langOf(this.host));
    // Same as before (shown, or still loading): nothing to do; the running load will show it.
    if (wanted === this.wanted && !force) return;
    this.wanted = wanted;
    const cached = cachedMessages(this.bundles, wanted);
    if (cached) {
      this.show(wanted, cached as LocalizedMessages<B>);
      return;
    }
    this.ready = loadMessages(this.bundles, wanted).then((loaded) => {
      // A newer lang change may have won the race while this chunk was loading.
      if (this.wanted === wanted) this.show(wanted, loaded as LocalizedMessages<B>);
    });
  }

  private show(locale: Locale, messages: LocalizedMessages<B>): void {
    const changed = messages !== this.messages;
    this.shown = locale;
    this.messages = messages;
    this.ready = Promise.resolve();
    if (changed) this.host.requestUpdate();
  }
}
