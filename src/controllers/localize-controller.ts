import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { coreMessages, errorMessages, type CoreBundles } from '../i18n/core.js';
import { cachedMessages, loadMessages, withRegistered } from '../i18n/define.js';
import { errorFallback } from '../i18n/error-fallback.js';
import { formatDuration } from '../i18n/format/duration.js';
import type { ErrorLike } from '../i18n/error-message.js';
import type { ErrorMessages } from '../i18n/errors.en.js';
import { langOf, matchLocale, shippedLocale } from '../i18n/locale.js';
import { onMessagesRegistered } from '../i18n/register.js';
import type { BundleMap, Locale, MessagesOf } from '../i18n/types.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Everything `t` offers: `common`, `fields` plus the sections the element passed in (errors: `error()`). */
export type LocalizedMessages<B extends BundleMap> = MessagesOf<CoreBundles> & MessagesOf<B>;

/**
 * Gives an element its messages in the language of its nearest `lang` (its own, an ancestor's across shadow
 * roots, the document's), and re-renders it when that changes or a lazily loaded locale arrives.
 *
 *   private readonly i18n = new LocalizeController(this, { loginForm: loginFormMessages });
 *   render() { return html`<button>${this.i18n.t.loginForm.submit}</button>`; }
 *
 * Until a locale's chunk has loaded the element shows English, so it never renders empty; `ready` resolves when
 * the wanted locale is shown. Error messages load the first time one is needed (a sign-in that goes well never
 * downloads them): `error()` answers at once, from a small built-in set until they are in, and re-renders the
 * element when they arrive; a flow that is about to show an error awaits `errorsReady()` first.
 */
export class LocalizeController<B extends BundleMap = Record<never, never>, Later extends BundleMap = Record<never, never>>
  implements ReactiveController
{
  private readonly host: Host;
  private readonly bundles: BundleMap;
  private messages: LocalizedMessages<B> & Partial<MessagesOf<Later>>;
  private shown: Locale = 'en';
  private wanted: Locale = 'en';
  private observer?: MutationObserver;
  private unsubscribe?: () => void;
  /** The error messages shown, and for which locale; loaded once an error was asked for. */
  private errorTexts?: { locale: Locale; messages: ErrorMessages; word: typeof import('../i18n/error-message.js').errorMessage };
  private errorsLoading?: { locale: Locale; promise: Promise<void> };
  private errorsWanted = false;
  /**
   * Counts the loads started (a language change, an `add`). Only the latest may show what it loaded: an earlier one
   * holds fewer sections (an `add` came after it) or another locale, and may finish last.
   */
  private loads = 0;
  /** Resolves once the messages of the wanted locale are shown (at once when they were already in memory). */
  ready: Promise<void> = Promise.resolve();

  /** `sections` may not reuse the core names (`common`, `errors`, `fields`): they would hide the core ones. */
  constructor(host: Host, sections?: B & Partial<Record<keyof CoreBundles, never>>) {
    this.host = host;
    this.bundles = { ...coreMessages, ...sections };
    this.messages = cachedMessages(this.bundles, 'en') as this['t'];
    host.addController(this);
  }

  /**
   * The messages, typed: `t.common.continue`, `t.loginForm.title`. Sections of `Later` are there once a lazily
   * loaded part has `add`ed them.
   */
  get t(): LocalizedMessages<B> & Partial<MessagesOf<Later>> {
    return this.messages;
  }

  /**
   * Adds the sections a lazily loaded part brings (their English travels in that part's chunk, not in the
   * element's), and resolves once they are shown in the current language.
   *
   *   await this.i18n.add({ code: codeMessages });   // in the second factor's chunk
   */
  add(sections: Partial<Later>): Promise<void> {
    Object.assign(this.bundles, sections);
    return this.showOrLoad(this.wanted);
  }

  /**
   * This controller as a lazily loaded part sees it once it has `add`ed its sections: the same object, with the
   * `Later` sections typed as present (they are, from the moment `add` resolved). The part hands it to its own
   * controllers instead of rebuilding the words with each section asserted. (`L` only defaults to `Later`, so a
   * controller without later sections stays assignable to one that declares them.)
   *
   *   await i18n.add({ code: codeMessages });
   *   new CodeChallengeController(host, { words: i18n.withAdded(), ... });
   */
  withAdded<L extends BundleMap = Later>(): LocalizeController<B & L> {
    return this as unknown as LocalizeController<B & L>;
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

  /**
   * The message for a failed request (`TillitError` or `{ code, retryAfter, problem }`), generic if unknown. Until
   * the error messages are in (see `errorsReady`), the built-in few: connection, timeout, and "went wrong".
   */
  error(error: ErrorLike | string): string {
    const loaded = this.errorTexts?.locale === this.shown ? this.errorTexts : undefined;
    if (loaded) return loaded.word({ common: this.messages.common, errors: loaded.messages }, this.shown, error);
    void this.errorsReady();
    const code = typeof error === 'string' ? error : error.code;
    return Object.hasOwn(errorFallback, code) ? errorFallback[code as keyof typeof errorFallback] : errorFallback.unknown;
  }

  /**
   * Resolves once the error messages of the shown locale are in (fetched the first time; also when they cannot be,
   * leaving the built-in few). Await it before showing an error, so the first words said are the right ones.
   */
  errorsReady(): Promise<void> {
    this.errorsWanted = true;
    const locale = this.shown;
    if (this.errorTexts?.locale === locale) return Promise.resolve();
    if (this.errorsLoading?.locale === locale) return this.errorsLoading.promise;
    // The wording function travels with the messages: neither is needed before the first error.
    const promise = Promise.all([errorMessages[shippedLocale(locale)](), import('../i18n/error-message.js')]).then(
      ([messages, { errorMessage }]) => {
        this.errorTexts = { locale, messages: withRegistered('errors', locale, messages), word: errorMessage };
        this.host.requestUpdate();
      },
      (cause: unknown) => console.warn('tillit: could not load the error messages, showing the built-in ones', cause),
    );
    this.errorsLoading = { locale, promise };
    void promise.finally(() => {
      if (this.errorsLoading?.promise === promise) this.errorsLoading = undefined;
    });
    return promise;
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
    // Registered messages may change the errors too: merged again when next asked for.
    if (force) this.errorTexts = undefined;
    const wanted = matchLocale(langOf(this.host));
    // Same as before (shown, or still loading): nothing to do; the running load will show it.
    if (wanted === this.wanted && !force) return;
    this.wanted = wanted;
    void this.showOrLoad(wanted);
  }

  /** Shows every section in `locale` now if they are in memory, else once loaded, unless a newer load started. */
  private showOrLoad(locale: Locale): Promise<void> {
    const load = ++this.loads;
    const cached = cachedMessages(this.bundles, locale);
    if (cached) {
      this.show(locale, cached as this['t']);
      return Promise.resolve();
    }
    return (this.ready = loadMessages(this.bundles, locale).then((loaded) => {
      if (load === this.loads) this.show(locale, loaded as this['t']);
    }));
  }

  private show(locale: Locale, messages: this['t']): void {
    const changed = messages !== this.messages;
    this.shown = locale;
    this.messages = messages;
    this.ready = Promise.resolve();
    // Errors already on screen are re-worded in the new language.
    if (this.errorsWanted) void this.errorsReady();
    if (changed) this.host.requestUpdate();
  }
}
