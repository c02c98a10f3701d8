// Runs in the `fake-camera` group (web-test-runner.config.mjs): Chromium with its fake capture device and the
// permission prompt answered yes, so "Use camera" goes through the real getUserMedia to a generated video.
import { expect } from '@open-wc/testing';
import { button, click, passportStep, processed, q, until, uploaded } from './helpers.js';

describe('<kyc-uploader> camera through Chromium\'s fake device', function () {
  this.timeout(90_000);

  it('"Use camera" opens the fake device; "Take photo" sends its frame through the checks and uploads it', async () => {
    const el = await passportStep();
    await click(el, 'Use camera');
    await until(el, () => q(el, 'video') !== null, 'the camera view showed', 20_000);
    const video = q<HTMLVideoElement>(el, 'video')!;
    const stream = video.srcObject as MediaStream;
    const [track] = stream.getVideoTracks();
    // Not a canvas stream: a capture device the browser enumerated (Chromium names its fake one "fake_device_0").
    expect(track!.kind).to.equal('video');
    expect(track!.label).to.match(/fake/i);
    expect(track!.getSettings().deviceId).to.be.a('string').and.not.equal('');
    await expect(el).to.be.accessible();
    await until(el, () => video.videoWidth > 0 && video.readyState >= 2, 'frames arrived', 20_000);

    button(el, 'Take photo').click();
    const phase = await processed(el);
    expect(['ready', 'review']).to.include(phase);
    expect(track!.readyState, 'the camera is off after the photo').to.equal('ended');
    expect(q(el, 'video')).to.equal(null);
    if (phase === 'review') {
      // The fake device's test pattern is no ID card: the checks may say so; the photo is kept either way.
      expect(button(el, 'Retake')).to.not.equal(undefined);
    } else {
      await uploaded(el);
      expect(q<HTMLImageElement>(el, 'img.tillit-kyc-preview')!.naturalWidth).to.be.greaterThan(0);
    }
  });

  it('"Close camera" ends the device\'s stream and leaves the file input', async () => {
    const el = await passportStep();
    await click(el, 'Use camera');
    await until(el, () => q(el, 'video') !== null, 'the camera view showed', 20_000);
    const track = (q<HTMLVideoElement>(el, 'video')!.srcObject as MediaStream).getVideoTracks()[0]!;
    await click(el, 'Close camera');
    expect(track.readyState).to.equal('ended');
    expect(q(el, 'input[type=file]')).to.not.equal(null);
  });
});
