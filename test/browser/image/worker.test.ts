/**
 * The worker's life: one worker serves every call and several at once, stops when idle or when its only job
 * is aborted, and every call still succeeds on the main thread when no worker can start.
 */
import { expect } from '@open-wc/testing';
import { prepareImage } from '../../../src/image/index.js';
import { imageWorkerForTests as workers } from '../../../src/image/worker-host.js';
import { photo } from './photos.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the image worker', () => {
  let input: File;
  before(async () => {
    input = await photo({ width: 1600, height: 1200 });
  });
  beforeEach(() => workers.reset());
  after(() => {
    workers.reset();
    workers.setTiming({ idleMs: 10_000, readyMs: 10_000 });
  });

  it('is started once and reused, also for calls side by side', async () => {
    const first = await prepareImage(input);
    expect(first.ranOn).to.equal('worker');
    const more = await Promise.all([prepareImage(input), prepareImage(input, { kind: 'selfie' }), prepareImage(input)]);
    expect(more.map((r) => r.ranOn)).to.deep.equal(['worker', 'worker', 'worker']);
    expect(more[1]!.checks.map((c) => c.id), 'each call got its own answer').to.deep.equal(['too_dark', 'blurred', 'too_small']);
    expect(workers.starts()).to.equal(1);
    expect(workers.isRunning()).to.equal(true);
  });

  it('is terminated after a while with nothing to do, and started again when needed', async () => {
    workers.setTiming({ idleMs: 50 });
    await prepareImage(input);
    expect(workers.isRunning()).to.equal(true);
    await wait(200);
    expect(workers.isRunning()).to.equal(false);
    expect((await prepareImage(input)).ranOn).to.equal('worker');
    expect(workers.starts()).to.equal(2);
    workers.setTiming({ idleMs: 10_000 });
  });

  it('is terminated at once when its only job is aborted; a job beside it carries on', async () => {
    const lone = new AbortController();
    const aborted = prepareImage(input, { signal: lone.signal }).catch((e: unknown) => e);
    await wait(5);
    lone.abort();
    expect(await aborted).to.have.property('name', 'AbortError');
    expect(workers.isRunning()).to.equal(false);

    const other = new AbortController();
    const kept = prepareImage(input);
    const dropped = prepareImage(input, { signal: other.signal }).catch((e: unknown) => e);
    await wait(5);
    other.abort();
    expect(await dropped).to.have.property('name', 'AbortError');
    expect((await kept).ranOn).to.equal('worker');
  });

  it('main thread on request (worker: false) gives the same result', async () => {
    const [inWorker, onMain] = await Promise.all([prepareImage(input), prepareImage(input, { worker: false })]);
    expect(onMain.ranOn).to.equal('main-thread');
    expect([onMain.width, onMain.height]).to.deep.equal([inWorker.width, inWorker.height]);
    expect(onMain.checks.map((c) => [c.id, c.passed])).to.deep.equal(inWorker.checks.map((c) => [c.id, c.passed]));
    expect(onMain.blob.type).to.equal('image/jpeg');
  });

  it('falls back to the main thread when the worker file is missing (a bundler that did not copy it)', async () => {
    const result = await prepareImage(input, { worker: new URL('/no/such/image-worker.js', location.href) });
    expect(result.ranOn).to.equal('main-thread');
    expect(result.checks.length).to.equal(5);
  });

  it('aborts on the main thread too', async () => {
    const controller = new AbortController();
    const work = prepareImage(input, { worker: false, signal: controller.signal }).catch((e: unknown) => e);
    await wait(5);
    controller.abort();
    expect(await work).to.have.property('name', 'AbortError');
  });
});
