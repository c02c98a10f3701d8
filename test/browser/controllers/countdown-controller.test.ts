import { expect } from '@open-wc/testing';
import { CountdownController } from '../../../src/controllers/countdown-controller.js';
import { fakeClock, FakeHost } from './fakes.js';

describe('CountdownController', () => {
  let clock: ReturnType<typeof fakeClock>;
  beforeEach(() => (clock = fakeClock()));
  afterEach(() => clock.restore());

  it('counts whole seconds down, re-renders each second, and calls onEnd once at zero', () => {
    const host = new FakeHost();
    let ended = 0;
    const countdown = new CountdownController(host, () => (ended += 1));
    host.connect();
    countdown.start(3);
    expect([countdown.remaining, countdown.running]).to.deep.equal([3, true]);
    const before = host.updates;
    clock.tick(1000);
    expect(countdown.remaining).to.equal(2);
    expect(host.updates).to.be.greaterThan(before);
    clock.tick(2000);
    expect([countdown.remaining, countdown.running, ended]).to.deep.equal([0, false, 1]);
    clock.tick(5000);
    expect(ended, 'once').to.equal(1);
    expect(clock.pending, 'no interval left running').to.equal(0);
  });

  it('stops its interval when the host disconnects, and picks up where it stands on reconnect', () => {
    const host = new FakeHost();
    const countdown = new CountdownController(host);
    host.connect();
    countdown.start(10);
    expect(clock.pending).to.equal(1);
    host.disconnect();
    expect(clock.pending, 'nothing ticks for a disconnected element').to.equal(0);
    const updates = host.updates;
    clock.tick(4000);
    expect(host.updates).to.equal(updates);
    host.connect();
    expect(countdown.remaining, 'the end time was kept, not a tick count').to.equal(6);
    expect(clock.pending).to.equal(1);
  });

  it('keeps the end time, so a throttled tab shows the right number when it wakes', () => {
    const host = new FakeHost();
    const countdown = new CountdownController(host);
    host.connect();
    countdown.start(60);
    // One tick that arrives 45 s late (a background tab): the count is right anyway.
    clock.tick(45_000);
    expect(countdown.remaining).to.equal(15);
  });

  it('stop() ends it without onEnd; start(0) is no countdown', () => {
    const host = new FakeHost();
    let ended = 0;
    const countdown = new CountdownController(host, () => (ended += 1));
    host.connect();
    countdown.start(5);
    countdown.stop();
    expect([countdown.running, clock.pending, ended]).to.deep.equal([false, 0, 0]);
    countdown.start(0);
    expect([countdown.running, clock.pending]).to.deep.equal([false, 0]);
  });
});
