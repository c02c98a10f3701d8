import { render } from 'lit';
import type { CSSResult, ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

export interface LightDomOptions {
  /**
   * Sheets for the light part, adopted once per document or shadow root and shared by every element there: pass
   * the shared `fieldStyles` object itself (never a copy inside another `css`) and the element's own sheet. A
   * function is asked again after each update, so a part that loads later (the phone field, the code form) adds
   * its sheet when it arrives.
   */
  styles: readonly CSSResult[] | (() => readonly CSSResult[]);
  /** The light part's content, rendered after every host update. */
  render: () => TemplateResult;
  /** The language of the light part (its `lang`), so the fields are read and spell-checked in the element's. */
  lang?: () => string;
}

/** Tags already warned about, so a page with ten forms in a shadow root logs once per tag. */
const warned = new Set<string>();

/**
 * Renders part of an element into its own light DOM (docs/ELEMENTS.md "Credentials live in the light DOM"):
 * password managers only see inputs in the document tree. The part goes into `<div data-tillit-light>`, which
 * the host's shadow root shows through a `<slot>`; its styles are adopted into the host's root node.
 *
 * The container survives what hosts and frameworks do to an element's children: it is re-appended (with what the
 * user typed, since Lit keeps its DOM) when the host is moved, and when a host clears the element's children
 * (`replaceChildren()`, a framework re-render) while it is on the page.
 *
 *   private readonly light = new LightDomController(this, {
 *     styles: [fieldStyles, loginFormLightStyles],
 *     render: () => this.renderForm(),
 *     lang: () => this.i18n.locale,
 *   });
 */
export class LightDomController implements ReactiveController {
  private readonly host: Host;
  private readonly options: LightDomOptions;
  private container: HTMLDivElement | undefined;
  private observer: MutationObserver | undefined;

  constructor(host: Host, options: LightDomOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The container, for queries into the light part (undefined before the first connect). */
  get root(): HTMLElement | undefined {
    return this.container;
  }

  hostConnected(): void {
    if (!this.container) {
      this.container = this.host.ownerDocument.createElement('div');
      this.container.dataset['tillitLight'] = '';
    }
    this.ensureAttached();
    this.observer = new MutationObserver(() => this.ensureAttached());
    this.observer.observe(this.host, { childList: true });
    this.adoptStyles();
    this.warnInShadowRoot();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  /** Runs after each host update, so the light part always matches the host's state. */
  hostUpdated(): void {
    const container = this.container;
    if (!container) return;
    const lang = this.options.lang?.();
    if (lang && container.lang !== lang) container.lang = lang;
    if (typeof this.options.styles === 'function') this.adoptStyles();
    render(this.options.render(), container, { host: this.host });
  }

  private ensureAttached(): void {
    if (!this.container || this.container.parentNode === this.host) return;
    this.host.append(this.container);
    this.host.requestUpdate();
  }

  private adoptStyles(): void {
    const root = this.host.getRootNode();
    if (!(root instanceof Document || root instanceof ShadowRoot)) return;
    // Checked against the root's list each time, not remembered: a page may replace its adoptedStyleSheets.
    const { styles } = this.options;
    const missing = (typeof styles === 'function' ? styles() : styles)
      .map((sheet) => sheet.styleSheet)
      .filter((sheet): sheet is CSSStyleSheet => Boolean(sheet) && !root.adoptedStyleSheets.includes(sheet!));
    if (missing.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...missing];
  }

  private warnInShadowRoot(): void {
    const tag = this.host.localName;
    if (!(this.host.getRootNode() instanceof ShadowRoot) || warned.has(tag)) return;
    warned.add(tag);
    console.warn(`tillit: <${tag}> is in a shadow root: password managers and passkey autofill cannot see its fields there.`);
  }
}
