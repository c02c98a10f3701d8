import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Poller } from '../../../src/elements/kyc-uploader/poller.js';

/** A host that only holds controllers (the poller needs connect/disconnect). */
class Host implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  addController(c: ReactiveController): void {
    this.controllers.push(c);
  }
  removeController(): void {}
  requestUpdate(): void {}
  readonly updateComplete = Promise.resolve(true);
  connect(): void {
    for (const c of this.controllers) c.hostConnected?.();
  }
  disconnect(): void {
    for (const c of this.controllers) c.hostDisconnected?.();
  }
}

let hidden = false;
const realHidden = Object.getOwnPropertyDescriptor(Document.prototype, 'hidden')!;
function setHidden(value: boolean): void {
  hidden = value;
  document.dispatchEvent(new Event('visibilitychange'));
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Poller (review status)', () => {
  before(() => Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden }));
  after(() => {
    delete (document as unknown as Record<string, unknown>)['hidden'];
    Object.defineProperty(Document.prototype, 'hidden', realHidden);
  });

  it('waits longer after each poll that changed nothing, up to the longest wait, and stops once decided', async () => {
    // The poller's timers are recorded, not run: the test fires each one (no real waiting, nothing timed).
    const real = window.setTimeout;
    const timers: { run: () => void; ms: number }[] = [];
    window.setTimeout = ((run: () => void, ms: number) => (timers.push({ run, ms }), timers.length)) as typeof setTimeout;
    try {
      const host = new Host();
      let decided = false;
      let polls = 0;
      const poller = new Poller(host, { interval: () => 1000, factor: 2, max: 5000, poll: async () => (polls++, decided) });
      host.connect();
      poller.start();
      for (let i = 0; i < 4; i++) {
        timers.at(-1)!.run();
        await Promise.resolve();
        await Promise.resolve();
      }
      expect(polls).to.equal(4);
      expect(timers.map((t) => t.ms)).to.deep.equal([1000, 2000, 4000, 5000, 5000]);
      decided = true;
      timers.at(-1)!.run();
      await Promise.resolve();
      await Promise.resolve();
      expect(poller.active).to.equal(false);
      expect(timers.length, 'nothing scheduled after the decision').to.equal(5);
      host.disconnect();
    } finally {
      window.setTimeout = real;
    }
  });

  it('polls nothing while the page is hidden, and at once when it shows again', async () => {
    const host = new Host();
    let polls = 0;
    const poller = new Poller(host, { interval: () => 30, factor: 1, poll: async () => (polls++, false) });
    host.connect();
    poller.start();
    await sleep(50);
    expect(polls).to.be.at.least(1);
    setHidden(true);
    const before = polls;
    await sleep(150);
    expect(polls, 'no poll while hidden').to.equal(before);
    setHidden(false);
    await sleep(5);
    expect(polls, 'a poll as soon as it shows').to.equal(before + 1);
    poller.stop();
    host.disconnect();
  });

  it('stops when the element leaves the page', async () => {
    const host = new Host();
    let polls = 0;
    const poller = new Poller(host, { interval: () => 20, poll: async () => (polls++, false) });
    host.connect();
    poller.start();
    host.disconnect();
    await sleep(100);
    expect(polls).to.equal(0);
  });
});
