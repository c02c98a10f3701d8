// Runs in the `camera-denied` group (web-test-runner.config.mjs): Chromium has its fake capture device, but the
// camera permission is denied over CDP, as for a user who blocked the camera for the site.
import { expect } from '@open-wc/testing';
import { choosePassport, click, demoBackend, goodPhotos, mount, pick, processed, q, text, until, uploaded } from './helpers.js';

async function passportStep(lang: string, labels: { start: string; next: string }) {
  const be = demoBackend();
  await be.signInAs('ebba@example.com');
  const el = await mount(be.client, { lang });
  // Swedish and Norwegian load on first use: wait for the words, not the English ones shown meanwhile.
  await until(el, () => [...el.querySelectorAll('button')].some((b) => b.textContent?.trim() === labels.start), `the ${lang} words`);
  await choosePassport(el, labels);
  return el;
}

describe('<kyc-uploader> camera permission denied', function () {
  this.timeout(90_000);

  it('the real getUserMedia refuses (NotAllowedError): the localized message, then a file taken instead', async () => {
    const refusal = await navigator.mediaDevices.getUserMedia({ video: true }).then(
      () => 'granted',
      (error: unknown) => (error as DOMException).name,
    );
    expect(refusal, 'the browser itself refuses the camera').to.equal('NotAllowedError');

    const el = await passportStep('en', { start: 'Start level 2', next: 'Next' });
    await click(el, 'Use camera');
    await until(el, () => q(el, '[data-camera]') !== null, 'the problem showed', 20_000);
    expect(q(el, '[data-camera]')!.dataset['camera']).to.equal('denied');
    expect(text(el)).to.contain('The camera is blocked for this site');
    expect(q(el, '[data-camera]')!.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();

    // The file fallback is right there: a photo chosen from the device goes through as usual.
    const { card } = await goodPhotos();
    await pick(el, card);
    expect(await processed(el)).to.equal('ready');
    await uploaded(el);
  });

  it('in Swedish and Norwegian the refusal says so in the language', async () => {
    for (const [lang, labels, words] of [
      ['sv', { start: 'Börja nivå 2', next: 'Nästa' }, 'Kameran är blockerad för den här webbplatsen'],
      ['nb', { start: 'Start nivå 2', next: 'Neste' }, 'Kameraet er blokkert for dette nettstedet'],
    ] as const) {
      const el = await passportStep(lang, labels);
      const camera = [...el.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === { sv: 'Använd kameran', nb: 'Bruk kameraet' }[lang]);
      expect(camera, `${lang}: a camera button`).to.not.equal(undefined);
      camera!.click();
      await until(el, () => q(el, '[data-camera]') !== null, 'the problem showed', 20_000);
      expect(text(el)).to.contain(words);
      expect(q(el, 'input[type=file]')).to.not.equal(null);
      el.remove();
    }
  });
});
