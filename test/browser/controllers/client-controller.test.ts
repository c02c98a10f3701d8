import { expect } from '@open-wc/testing';
import { getDefaultClient, setDefaultClient } from '../../../src/client/default-client.js';
import { isTillitError } from '../../../src/client/errors.js';
import { ClientController } from '../../../src/controllers/client-controller.js';
import { FakeHost } from './fakes.js';

interface Needs {
  ping(): Promise<string>;
}

class ClientHost extends FakeHost {
  client?: Needs;
  baseUrl?: string;
  localName = 'client-host';
}

const client = (name: string): Needs => ({ ping: async () => name });

describe('ClientController', () => {
  afterEach(() => setDefaultClient(undefined));

  it('uses the element’s own client first, then the page’s default, then one built for base-url', async () => {
    const host = new ClientHost() as ClientHost & HTMLElement;
    const built: string[] = [];
    const controller = new ClientController<Needs>(host, { load: async (url) => (built.push(url), client(`built ${url}`)) });
    host.connect();
    host.baseUrl = '/api';
    expect(await (await controller.get('ping')).ping()).to.equal('built /api');
    setDefaultClient(client('default') as never);
    expect(await (await controller.get('ping')).ping()).to.equal('default');
    host.client = client('own');
    expect(await (await controller.get('ping')).ping()).to.equal('own');
    expect(built).to.deep.equal(['/api']);
  });

  it('tells the element when the client it would use changed, a default set later included', () => {
    const host = new ClientHost() as ClientHost & HTMLElement;
    let changes = 0;
    new ClientController<Needs>(host, { load: async () => client('x'), changed: () => (changes += 1) });
    host.connect();
    host.update();
    setDefaultClient(client('late') as never);
    expect(changes).to.equal(1);
    expect(host.updates).to.be.greaterThan(0);
    host.disconnect();
    setDefaultClient(client('after') as never);
    expect(changes, 'not after the element left').to.equal(1);
  });

  it('calls a page without any client, or with a client lacking a method, the page’s fault', async () => {
    const host = new ClientHost() as ClientHost & HTMLElement;
    const controller = new ClientController<Needs>(host, { load: async () => client('x') });
    host.connect();
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => logged.push(args[0]);
    try {
      const none = await controller.get('ping').catch((e: unknown) => e);
      expect(isTillitError(none) && none.code).to.equal('internal_error');
      host.client = {} as Needs;
      const lacking = await controller.get('ping').catch((e: unknown) => e);
      expect(isTillitError(lacking) && lacking.code).to.equal('internal_error');
    } finally {
      console.error = original;
    }
    expect(String(logged[0])).to.contain('<client-host> needs a `client` property');
    expect(String(logged[1])).to.contain('has no ping');
  });

  it('keeps the default client in a page-wide slot that another copy of tillit on the page shares', () => {
    const other = client('from another bundle');
    // What a second copy of default-client.ts does: it finds the same registered symbol on globalThis.
    const slot = (globalThis as Record<symbol, { client: unknown }>)[Symbol.for('tillit.default-client')]!;
    slot.client = other;
    expect(getDefaultClient()).to.equal(other);
    setDefaultClient(client('mine') as never);
    expect((slot.client as Needs) === other).to.equal(false);
  });
});
