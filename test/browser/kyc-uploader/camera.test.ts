import { expect } from '@open-wc/testing';
import { button, click, drawScene, passportStep, processed, q, text, until } from './helpers.js';

const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
let asked: MediaStreamConstraints[] = [];

/** What the browser answers "Use camera" with: a stream, or the DOMException a real refusal throws. */
function camera(answer: () => Promise<MediaStream>): void {
  navigator.mediaDevices.getUserMedia = (constraints?: MediaStreamConstraints) => {
    asked.push(constraints ?? {});
    return answer();
  };
}

describe('<kyc-uploader> camera', function () {
  this.timeout(60_000);
  afterEach(() => {
    navigator.mediaDevices.getUserMedia = original;
    asked = [];
  });

  for (const [name, expected] of [
    ['NotAllowedError', 'The camera is blocked for this site'],
    ['NotFoundError', 'No camera was found'],
    ['NotReadableError', 'The camera is in use by another app'],
  ] as const) {
    it(`${name}: says so, and the file input is still there`, async () => {
      camera(() => Promise.reject(new DOMException('x', name)));
      const el = await passportStep();
      await click(el, 'Use camera');
      await until(el, () => q(el, '[data-camera]') !== null, 'the problem showed');
      expect(text(el)).to.contain(expected);
      expect(q(el, 'input[type=file]')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('shows the rear camera inline with a framing guide, takes the photo and checks it like a file', async () => {
    const scene = drawScene({ width: 1600, height: 1200 });
    const stream = scene.captureStream(10);
    // Keep frames coming: a captured canvas only sends a frame when it is drawn on.
    const tick = setInterval(() => scene.getContext('2d')!.drawImage(scene, 0, 0), 100);
    camera(() => Promise.resolve(stream));
    const el = await passportStep();
    await click(el, 'Use camera');
    await until(el, () => q(el, 'video') !== null, 'the camera view showed');
    const video = q<HTMLVideoElement>(el, 'video')!;
    expect(video.hasAttribute('playsinline'), 'playsinline: iOS plays it inline, not as a black box').to.equal(true);
    expect(video.muted).to.equal(true);
    expect(q(el, '.tillit-kyc-guide')).to.not.equal(null);
    expect((asked[0]!.video as MediaTrackConstraints).facingMode).to.deep.equal({ ideal: 'environment' });
    await expect(el).to.be.accessible();
    await until(el, () => video.videoWidth > 0, 'frames arrived');
    button(el, 'Take photo').click();
    expect(['ready', 'review']).to.include(await processed(el));
    expect(stream.getTracks().every((track) => track.readyState === 'ended'), 'the camera is off after the photo').to.equal(true);
    clearInterval(tick);
  });

  it('a browser without getUserMedia (an in-app browser) gets a file input that asks for the camera', async () => {
    (navigator.mediaDevices as { getUserMedia?: unknown }).getUserMedia = undefined;
    const el = await passportStep();
    expect(() => button(el, 'Use camera')).to.throw();
    expect(q(el, 'input[type=file]')!.getAttribute('capture')).to.equal('environment');
    await expect(el).to.be.accessible();
  });

  it('leaving the step turns the camera off', async () => {
    const stream = drawScene({ width: 640, height: 480 }).captureStream(1);
    camera(() => Promise.resolve(stream));
    const el = await passportStep();
    await click(el, 'Use camera');
    await until(el, () => q(el, 'video') !== null, 'the camera view showed');
    await click(el, 'Back');
    expect(stream.getTracks().every((track) => track.readyState === 'ended')).to.equal(true);
  });
});
