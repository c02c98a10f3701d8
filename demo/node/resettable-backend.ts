import type { Backend } from '../core/app.js';
import type { BackendContext } from '../core/context.js';

/**
 * The reference backend behind `npm start`, which the dev panel can reset to its seeded state: every request goes
 * to the current instance, and a reset swaps in a fresh one once its demo accounts exist. Sessions, codes, reviews
 * and the clock offset all go with the old instance.
 */
export class ResettableBackend implements Backend {
  private current: Backend;

  constructor(private readonly create: () => Backend) {
    this.current = create();
  }

  get context(): BackendContext {
    return this.current.context;
  }

  get ready(): Promise<void> {
    return this.current.ready;
  }

  fetch: Backend['fetch'] = (request, connection) => this.current.fetch(request, connection);

  async reset(): Promise<void> {
    const next = this.create();
    await next.ready;
    this.current = next;
  }
}
