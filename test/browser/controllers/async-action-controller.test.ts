import { expect } from '@open-wc/testing';
import { AsyncActionController } from '../../../src/controllers/async-action-controller.js';
import { FakeHost } from './fakes.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Work that resolves when told to, and records the signal it was given. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const signals: AbortSignal[] = [];
  const work = (signal: AbortSignal) => {
    signals.push(signal);
    return new Promise<T>((yes, no) => ((resolve = yes), (reject = no)));
  };
  return { work, signals, resolve: (v: T) => resolve(v), reject: (e: unknown) => reject(e) };
}

/** A connected host with its controller. */
function connected() {
  const host = new FakeHost();
  const action = new AsyncActionController(host);
  host.connect();
  return { host, action };
}

describe('AsyncActionController', () => {
  it('reports done, names what is pending while it runs, and ends pending on every path', async () => {
    const { action } = connected();
    const d = deferred<number>();
    const run = action.run('sign-in', d.work);
    expect(action.pending).to.equal('sign-in');
    d.resolve(7);
    expect(await run).to.deep.equal({ kind: 'done', value: 7 });
    expect(action.pending).to.equal(undefined);
    const failing = deferred<number>();
    const failed = action.run('send', failing.work);
    failing.reject(new Error('boom'));
    expect((await failed).kind).to.equal('failed');
    expect(action.pending).to.equal(undefined);
  });

  it('aborts the run a newer one replaces, which then resolves stale', async () => {
    const { action } = connected();
    const first = deferred<string>();
    const older = action.run('a', first.work);
    const second = deferred<string>();
    const newer = action.run('b', second.work);
    expect(first.signals[0]!.aborted).to.equal(true);
    first.resolve('late');
    expect(await older).to.deep.equal({ kind: 'stale' });
    expect(action.pending, 'the newer one is still pending').to.equal('b');
    second.resolve('fresh');
    expect(await newer).to.deep.equal({ kind: 'done', value: 'fresh' });
  });

  it('aborts what runs when the host leaves the page, and reports it as interrupted', async () => {
    const { host, action } = connected();
    const d = deferred<string>();
    const run = action.run('sign-in', d.work);
    host.disconnect();
    await tick();
    expect(d.signals[0]!.aborted, 'nothing outlives a disconnected element').to.equal(true);
    d.reject(new DOMException('aborted', 'AbortError'));
    expect(await run).to.deep.equal({ kind: 'interrupted' });
    expect(action.pending).to.equal(undefined);
  });

  it('keeps a request running when the host is only moved (disconnected and connected in one task)', async () => {
    const { host, action } = connected();
    const d = deferred<string>();
    const run = action.run('sign-in', d.work);
    host.disconnect();
    host.connect();
    await tick();
    expect(d.signals[0]!.aborted).to.equal(false);
    d.resolve('ok');
    expect(await run).to.deep.equal({ kind: 'done', value: 'ok' });
  });
});
