import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Session } from 'tillit/client';
import type { SiteMessages } from './i18n.js';

export interface MenuLink {
  href: string;
  label: string;
}

/**
 * The signed-in menu: a disclosure button with the user's name that opens the account links and "Log out".
 * Escape, a click outside or focus leaving it closes it; Escape puts focus back on the button. Light DOM, so the
 * site's styles reach it.
 */
export class DemoUserMenu extends LitElement {
  @property({ attribute: false }) session!: Session;
  @property({ attribute: false }) t!: SiteMessages;
  @property({ attribute: false }) links: readonly MenuLink[] = [];
  @property({ attribute: false }) signingOut = false;
  @property({ attribute: false }) onSignOut: () => void = () => undefined;
  @state() private open = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('click', this.closeOnOutsideClick);
    this.addEventListener('keydown', this.closeOnEscape);
    this.addEventListener('focusout', this.closeOnFocusLeaving);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.closeOnOutsideClick);
    this.removeEventListener('keydown', this.closeOnEscape);
    this.removeEventListener('focusout', this.closeOnFocusLeaving);
  }

  private readonly closeOnOutsideClick = (event: MouseEvent): void => {
    if (this.open && !event.composedPath().includes(this)) this.open = false;
  };

  private readonly closeOnEscape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return;
    this.open = false;
    this.querySelector<HTMLButtonElement>('.user-menu__button')?.focus();
  };

  private readonly closeOnFocusLeaving = (event: FocusEvent): void => {
    if (!(event.relatedTarget instanceof Node) || !this.contains(event.relatedTarget)) this.open = false;
  };

  override render() {
    const { user } = this.session;
    const t = this.t;
    const initial = [...user.displayName.trim()][0]?.toUpperCase() ?? '?';
    return html`<div class="user-menu">
      <button
        type="button"
        class="user-menu__button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="user-menu-panel"
        @click=${() => (this.open = !this.open)}
      >
        <span class="avatar" aria-hidden="true">${initial}</span>
        <span class="user-menu__name">${user.displayName}</span>
        <span class="visually-hidden">, ${t.header.menu}</span>
        <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="m4 6 4 4 4-4" /></svg>
      </button>
      <div class="user-menu__panel" id="user-menu-panel" ?hidden=${!this.open}>
        <div class="user-menu__who">
          <strong>${user.displayName}</strong>
          ${user.email ? html`<span>${user.email}</span>` : nothing}
          ${user.phone ? html`<span>${user.phone}</span>` : nothing}
        </div>
        <ul class="user-menu__links">
          ${this.links.map(
            (link) => html`<li><a href=${link.href} @click=${() => (this.open = false)}>${link.label}</a></li>`,
          )}
        </ul>
        <button type="button" class="user-menu__sign-out" ?disabled=${this.signingOut} @click=${() => this.onSignOut()}>
          ${this.signingOut ? t.header.loggingOut : t.header.logOut}
        </button>
      </div>
    </div>`;
  }
}

customElements.define('demo-user-menu', DemoUserMenu);

declare global {
  interface HTMLElementTagNameMap {
    'demo-user-menu': DemoUserMenu;
  }
}
