// Server strings carrying script or markup render as plain text in the second-factor elements: the step-up's
// masked address, the authenticator's issuer and account name from the otpauth URI, the recovery phrase's words,
// and problem titles and details. Each backend below answers only the rows its element calls, with the strings.
import { expect, waitUntil } from '@open-wc/testing';
import { createClient } from '../../../src/client/index.js';
import '../../../src/elements/recovery-key-backup/define.js';
import '../../../src/elements/totp-setup/define.js';
import '../../../src/elements/two-factor-reset/define.js';
import { DEMO_BASE_URL } from '../../../demo/browser/index.js';
import { hostileStringRan, hostileStrings, spaced, textOf } from './hostile.js';
import { button, codeInput, stepTitle, type } from './steps/act.js';

const inAMinute = () => new Date(Date.now() + 60_000).toISOString();
const later = () => new Promise((resolve) => setTimeout(resolve, 300));

/** A problem document whose every free text is `hostile`. */
const problem = (hostile: string, status: number, code: string) =>
  new Response(JSON.stringify({ type: 'about:blank', title: hostile, status, detail: hostile, code }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

/** The step-up rows: one e-mail factor whose masked address is `hostile`, passed with any code. */
function stepUpAnswer(path: string, hostile: string, action: string): Response | undefined {
  const factors = (verified: boolean) => [{ factor: 'email', destination: hostile, verified }];
  if (path === '/v1/step-up') return Response.json({ stepUpId: 's1', action, factors: factors(false), expiresAt: inAMinute() }, { status: 201 });
  if (path.endsWith('/send')) return Response.json({ channel: 'email', sentTo: hostile, resendAfter: 30, expiresAt: inAMinute() });
  if (path.endsWith('/s1/verify')) return Response.json({ factors: factors(true), verificationToken: 'granted', tokenExpiresAt: inAMinute() });
  return undefined;
}

/** Mounts `tag` on a client whose backend is `answer`, runs `drive`, and checks nothing became markup or ran. */
async function renderedAsText(
  tag: string,
  answer: (path: string) => Response,
  drive: (el: HTMLElement) => Promise<void>,
  props: Record<string, unknown> = {},
): Promise<void> {
  const fetch: typeof globalThis.fetch = async (input, init) => answer(new URL(new Request(input, init).url).pathname);
  const el = document.createElement(tag) as HTMLElement & { client: unknown };
  el.client = createClient({ baseUrl: DEMO_BASE_URL, fetch });
  Object.assign(el, props);
  el.setAttribute('lang', 'en');
  document.body.append(el);
  try {
    await drive(el);
    await later();
    expect(hostileStringRan(el)).to.equal(false);
  } finally {
    el.remove();
    delete window.__tillitXss;
  }
}

const shows = (el: HTMLElement, hostile: string, what: string) => waitUntil(() => textOf(el).includes(spaced(hostile)), what, { timeout: 5000 });

/** "Continue", then the step-up's code step naming the hostile address, answered with a code. */
async function throughStepUp(el: HTMLElement, hostile: string): Promise<void> {
  await waitUntil(() => stepTitle(el) !== '', 'the first step', { timeout: 5000 });
  button(el, 'Continue').click();
  await waitUntil(() => codeInput(el), 'the step-up code step', { timeout: 5000 });
  await shows(el, hostile, 'the masked address shown');
  type(codeInput(el), '123456');
}

describe('hostile server strings render as text (second factor)', () => {
  for (const hostile of hostileStrings) {
    const name = JSON.stringify(hostile.slice(0, 24));

    it(`<totp-setup>: masked address, issuer and account from the otpauth URI, problem details ${name}`, async () => {
      const label = `${encodeURIComponent(hostile)}:${encodeURIComponent(hostile)}`;
      const setup = {
        setupId: 't1',
        otpauthUri: `otpauth://totp/${label}?secret=JBSWY3DPEHPK3PXP&issuer=${encodeURIComponent(hostile)}`,
        secret: 'JBSWY3DPEHPK3PXP',
        expiresAt: inAMinute(),
      };
      const answer = (path: string) =>
        stepUpAnswer(path, hostile, 'setup_totp') ??
        (path === '/v1/security/totp/setup' ? Response.json(setup, { status: 201 }) : problem(hostile, 400, 'invalid_code'));
      await renderedAsText('totp-setup', answer, async (el) => {
        await throughStepUp(el, hostile);
        await waitUntil(() => el.querySelector('[data-tillit-secret]'), 'the scan step', { timeout: 5000 });
        await shows(el, hostile, 'the issuer shown');
        await waitUntil(() => el.querySelector('svg.tillit-qr'), 'the QR code', { timeout: 5000 });
        expect(el.querySelector('svg.tillit-qr')!.getAttribute('aria-label'), 'the QR label names the issuer as text').to.contain(hostile);
        expect(el.querySelector<HTMLAnchorElement>('a[href]')!.getAttribute('href')).to.match(/^otpauth:\/\/totp\//);
        button(el, 'Continue').click();
        await waitUntil(() => codeInput(el), 'the code step', { timeout: 5000 });
        type(codeInput(el), '123456');
        await waitUntil(() => el.shadowRoot?.querySelector('[data-error-summary]') || el.querySelector('[data-invalid]'), 'the refusal', { timeout: 5000 });
      });
    });

    it(`<recovery-key-backup>: masked address, the words, problem details ${name}`, async () => {
      const words = Array.from({ length: 12 }, (_, i) => `${hostile}${i}`);
      const answer = (path: string) =>
        stepUpAnswer(path, hostile, 'issue_recovery_phrase') ??
        (path === '/v1/security/recovery-phrase'
          ? Response.json({ phraseId: 'p1', words, confirmIndexes: [0, 4, 8], expiresAt: inAMinute() }, { status: 201 })
          : problem(hostile, 400, 'invalid_code'));
      await renderedAsText('recovery-key-backup', answer, async (el) => {
        await throughStepUp(el, hostile);
        await waitUntil(() => el.querySelectorAll('.tillit-phrase-shown li').length === 12, 'the words', { timeout: 5000 });
        for (const word of words) expect(textOf(el)).to.contain(spaced(word));
        button(el, 'I have written it down').click();
        await waitUntil(() => el.querySelectorAll('input[name^=word-]').length === 3, 'the proof', { timeout: 5000 });
        for (const input of el.querySelectorAll<HTMLInputElement>('input[name^=word-]')) type(input, words[Number(input.name.slice(5)) - 1]!);
        el.querySelector('form')!.requestSubmit();
        await waitUntil(() => el.shadowRoot?.querySelector('[data-error-summary]'), 'the refusal', { timeout: 5000 });
      });
    });

    it(`<two-factor-reset>: problem title and detail of the request ${name}`, async () => {
      // Its other server texts are ids, instants and enums the contract bounds; a problem's texts are free.
      const answer = (path: string) => (path === '/v1/two-factor-reset' ? problem(hostile, 409, 'request_pending') : problem(hostile, 400, 'invalid_code'));
      await renderedAsText(
        'two-factor-reset',
        answer,
        async (el) => {
          await waitUntil(() => el.querySelector('.tillit-option .tillit-button'), 'the options', { timeout: 5000 });
          el.querySelector<HTMLButtonElement>('.tillit-option .tillit-button')!.click();
          await waitUntil(() => el.querySelector('textarea'), 'the request form', { timeout: 5000 });
          el.querySelector<HTMLInputElement>('input[value=lost_device]')!.click();
          el.querySelector('form')!.requestSubmit();
          await waitUntil(() => el.shadowRoot?.querySelector('[data-error-summary]'), 'the refusal', { timeout: 5000 });
        },
        { challenge: { id: 'c1', expiresAt: inAMinute() } },
      );
    });
  }
});
