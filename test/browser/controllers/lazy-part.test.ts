import { expect } from '@open-wc/testing';
import { LazyPart } from '../../../src/elements/shared/lazy-part.js';
import { FakeHost } from './fakes.js';

/** A loader the test answers by hand: each call waits until the test resolves or rejects it. */
function manualLoader() {
  const calls: { resolve: (part: string) => void; reject: (error: unknown) => void }[] = [];
  const load = () => new Promise<string>((resolve, reject) => calls.push({ resolve, reject }));
  return { calls, load };
}

describe('LazyPart', () => {
  it('is loading (and the host re-renders) while the chunk is fetched, then runs the step with the part once', async () => {
    const host = new FakeHost();
    const { calls, load } = manualLoader();
    const failures: unknown[] = [];
    const part = new LazyPart(load, (error) => void failures.push(error), host);
    expect(part.loading).to.equal(false);
    const ran: string[] = [];
    const first = part.with((p) => void ran.push(`a:${p}`));
    const second = part.with((p) => void ran.push(`b:${p}`));
    expect(part.loading).to.equal(true);
    expect(host.updates).to.equal(1);
    expect(calls).to.have.length(1);
    calls[0]!.resolve('tasks');
    await Promise.all([first, second]);
    expect(ran).to.deep.equal(['a:tasks', 'b:tasks']);
    expect(part.loading).to.equal(false);
    expect(part.value).to.equal('tasks');
    expect(host.updates).to.equal(2);
    await part.with((p) => void ran.push(`c:${p}`));
    expect(calls).to.have.length(1);
    expect(failures).to.deep.equal([]);
  });

  it('reports a failed fetch (offline), ends the busy state, and fetches again on the next try', async () => {
    const host = new FakeHost();
    const { calls, load } = manualLoader();
    const failures: unknown[] = [];
    const part = new LazyPart(load, (error) => void failures.push(error), host);
    const ran: string[] = [];
    const offline = new TypeError('Failed to fetch dynamically imported module');
    const first = part.with((p) => void ran.push(p));
    calls[0]!.reject(offline);
    await first;
    expect(failures).to.deep.equal([offline]);
    expect(ran).to.deep.equal([]);
    expect(part.loading).to.equal(false);
    expect(part.value).to.equal(undefined);
    const retry = part.with((p) => void ran.push(p));
    expect(calls).to.have.length(2);
    calls[1]!.resolve('tasks');
    await retry;
    expect(ran).to.deep.equal(['tasks']);
    expect(failures).to.have.length(1);
  });

  it('preloads without reporting a failure; the next use fetches again and reports its own', async () => {
    const host = new FakeHost();
    const { calls, load } = manualLoader();
    const failures: unknown[] = [];
    const part = new LazyPart(load, (error) => void failures.push(error), host);
    part.preload();
    expect(part.loading).to.equal(true);
    calls[0]!.reject(new TypeError('offline'));
    await Promise.resolve();
    await Promise.resolve();
    expect(part.loading).to.equal(false);
    expect(failures).to.deep.equal([]);
    const used = part.with(() => undefined);
    expect(calls).to.have.length(2);
    calls[1]!.reject(new TypeError('still offline'));
    await used;
    expect(failures).to.have.length(1);
  });
});
