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

  it('send: stays pending while a failure is prepared, then fails; a success clears errors first; stale is dropped', async () => {
    const { action } = connected();
    const calls: string[] = [];
    let prepared!: () => void;
    const on = {
      beforeFailure: () => new Promise<void>((resolve) => (calls.push('prepare'), (prepared = resolve))),
      fail: (error: unknown) => void calls.push(`fail ${String(error)}`),
      clearErrors: () => void calls.push('clear'),
    };
    const failing = action.send('a', async () => Promise.reject('boom'), on, () => void calls.push('done'));
    await tick();
    expect([calls, action.pending]).to.deep.equal([['prepare'], 'a']);
    prepared();
    await failing;
    expect([calls, action.pending]).to.deep.equal([['prepare', 'fail boom'], undefined]);

    calls.length = 0;
    await action.send('b', async () => 'ok', on, (value) => void calls.push(`done ${value}`));
    expect(calls).to.deep.equal(['clear', 'done ok']);

    calls.length = 0;
    const d = deferred<string>();
    const old = action.send('c', d.work, on, () => void calls.push('old done'));
    await action.send('d', async () => 'new', on, (value) => void calls.push(`done ${value}`));
    d.resolve('late');
    await old;
    expect(calls).to.deep.equal(['clear', 'done new']);
  });
});
