import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getDefaultClient, onDefaultClientChange, type AnyTillitClient } from '../client/default-client.js';
import { TillitError } from '../client/errors.js';

const unseen = Symbol('unseen');

/** What the controller reads of its element: the two ways a page hands an element its backend. */
export interface ClientHost extends ReactiveControllerHost, HTMLElement {
  /** The element's own client, which wins over everything else. */
  client?: object | undefined;
  /** Where the backend lives, when there is neither an own nor a page-wide default client. */
  baseUrl?: string | undefined;
}

export interface ClientOptions<C> {
  /** Builds a client for `base-url` (lazily imported, so a page that passes a client never loads it). */
  load: (baseUrl: string) => Promise<C>;
  /** Called when the client the element would use changed (a new `client`, default client or `base-url`). */
  changed?: () => void;
}

/**
 * Which client an element talks to: its own `client` property, else the page's default (`setDefaultClient`),
 * else one built for its `base-url`. Faults of the page (no client at all, a client without the methods the
 * element needs, a client chunk that cannot load) become a `TillitError` the element shows with the generic
 * messages, and a console error that says what to fix.
 *
 *   private readonly backend = new ClientController<SignInClient>(this, { load: loadSignInClient });
 *   const client = await this.backend.get('signIn');
 */
export class ClientController<C extends object> implements ReactiveController {
  private readonly host: ClientHost;
  private readonly options: ClientOptions<C>;
  private loaded?: { baseUrl: string; client: Promise<C> };
  private unsubscribe?: () => void;
  private seen: unknown = unseen;

  constructor(host: ClientHost, options: ClientOptions<C>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /**
   * The client to call now, which must have the methods in `needs` (a client without them is the page's mistake,
   * reported as such). Rejects with a `TillitError` (`internal_error` or `network`) when there is none.
   */
  async get(...needs: (keyof C & string)[]): Promise<C> {
    const own = this.host.client ?? getDefaultClient();
    if (own) return this.checked(own, needs);
    const baseUrl = this.host.baseUrl;
    if (!baseUrl) {
      console.error(`tillit: <${this.host.localName}> needs a \`client\` property or a \`base-url\` attribute (or setDefaultClient()).`);
      throw new TillitError('internal_error', 'no client');
    }
    if (this.loaded?.baseUrl !== baseUrl) {
      const client = this.options.load(baseUrl).catch((cause: unknown) => {
        this.loaded = undefined; // offline while the chunk loaded: the next try loads it again
        throw new TillitError('network', 'client not loaded', { cause });
      });
      this.loaded = { baseUrl, client };
    }
    return this.loaded.client;
  }

  /** Whether some client is there to call (own, default or `base-url`), without loading anything. */
  get available(): boolean {
    return Boolean(this.host.client ?? getDefaultClient() ?? this.host.baseUrl);
  }

  hostConnected(): void {
    this.unsubscribe = onDefaultClientChange(() => {
      this.host.requestUpdate();
      this.noteChange();
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  hostUpdate(): void {
    this.noteChange();
  }

  /** Tells `changed` once per real change of the client the element would use. */
  private noteChange(): void {
    const now = this.host.client ?? getDefaultClient() ?? this.host.baseUrl;
    if (now === this.seen) return;
    const first = this.seen === unseen;
    this.seen = now;
    if (!first) this.options.changed?.();
  }

  private checked(client: AnyTillitClient | object, needs: readonly string[]): C {
    const missing = needs.filter((name) => typeof (client as Record<string, unknown>)[name] !== 'function');
    if (missing.length) {
      console.error(`tillit: the client of <${this.host.localName}> has no ${missing.join(', ')}.`);
      throw new TillitError('internal_error', 'client lacks methods');
    }
    return client as C;
  }
}
