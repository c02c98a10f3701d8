import { render } from 'lit';
import type { CSSResult, ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** Root nodes that already carry a given sheet, so each document or shadow root adopts it once. */
const adopted = new WeakMap<CSSStyleSheet, WeakSet<Document | ShadowRoot>>();

/**
 * Renders part of an element into its own light DOM (docs/ELEMENTS.md "Credentials live in the light DOM"):
 * password managers only see inputs in the document tree. The part goes into `<div data-tillit-light>`, which
 * the host's shadow root shows through a `<slot>`; its styles (`:where(<tag>) ...` selectors) are adopted once
 * into the host's root node, so they apply there without leaking and stay overridable by the page.
 *
 *   private readonly light = new LightDomController(this, lightStyles, () => this.renderForm());
 */
export class LightDomController implements ReactiveController {
  private readonly host: Host;
  private readonly styles: CSSResult;
  private readonly template: () => TemplateResult;
  private container: HTMLDivElement | undefined;

  constructor(host: Host, styles: CSSResult, template: () => TemplateResult) {
    this.host = host;
    this.styles = styles;
    this.template = template;
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
    // Re-appended on every connect: a host moved elsewhere keeps its form (and what the user typed).
    if (this.container.parentNode !== this.host) this.host.append(this.container);
    this.adoptStyles();
  }

  /** Runs after each host update, so the light part always matches the host's state. */
  hostUpdated(): void {
    if (this.container) render(this.template(), this.container, { host: this.host });
  }

  private adoptStyles(): void {
    const sheet = this.styles.styleSheet;
    const root = this.host.getRootNode();
    if (!sheet || !(root instanceof Document || root instanceof ShadowRoot)) return;
    const roots = adopted.get(sheet) ?? new WeakSet();
    adopted.set(sheet, roots);
    if (roots.has(root)) return;
    roots.add(root);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
