// Server strings carrying script or markup render as plain text in every element: masked destinations, names,
// reasons, problem details. Each element adds its case here with a backend answer that carries the strings.
import { expect, waitUntil } from '@open-wc/testing';
import { createClient } from '../../../src/client/index.js';
import '../../../src/elements/kyc-uploader/define.js';
import '../../../src/elements/login-form/define.js';
import '../../../src/elements/password-reset/define.js';
import '../../../src/elements/security-settings/define.js';
import { DEMO_BASE_URL } from '../../../demo/browser/index.js';
import { hostileStringRan, hostileStrings, spaced, textOf } from './hostile.js';

const inAMinute = () => new Date(Date.now() + 60_000).toISOString();

describe('hostile server strings render as text', () => {
  for (const hostile of hostileStrings) {
    it(`<login-form>: masked destinations and problem details ${JSON.stringify(hostile.slice(0, 24))}`, async () => {
      // A backend that puts the string in every text the sign-in answers carry.
      const fetch: typeof globalThis.fetch = async (input, init) => {
        const path = new URL(new Request(input, init).url).pathname;
        if (path === '/v1/sign-in') {
          return Response.json({
            status: 'second_factor_required',
            challenge: { id: 'c1', methods: ['email', 'sms'], preferredMethod: 'email', destinations: { email: hostile, sms: hostile }, expiresAt: inAMinute() },
          });
        }
        if (path.endsWith('/send')) return Response.json({ channel: 'email', sentTo: hostile, resendAfter: 30, expiresAt: inAMinute() });
        return new Response(JSON.stringify({ type: 'about:blank', title: hostile, status: 400, detail: hostile, code: 'invalid_code' }), {
          status: 400,
          headers: { 'content-type': 'application/problem+json' },
        });
      };
      const el = document.createElement('login-form');
      el.client = createClient({ baseUrl: DEMO_BASE_URL, fetch });
      el.setAttribute('methods', 'password');
      el.setAttribute('lang', 'en');
      document.body.append(el);
      try {
        await waitUntil(() => el.querySelector('input[type=email]'), 'rendered', { timeout: 5000 });
        const set = (selector: string, value: string) => {
          const input = el.querySelector<HTMLInputElement>(selector)!;
          input.value = value;
          input.dispatchEvent(new InputEvent('input', { bubbles: true }));
        };
        set('input[type=email]', 'alva@example.com');
        set('input[autocomplete=current-password]', 'correct horse');
        el.querySelector('form')!.requestSubmit();
        await waitUntil(() => textOf(el).includes(spaced(hostile)), 'the masked destination shown', { timeout: 5000 });
        set('input[autocomplete=one-time-code]', '123456');
        el.querySelector('form')?.requestSubmit();
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(hostileStringRan(el)).to.equal(false);
      } finally {
        el.remove();
        delete window.__tillitXss;
      }
    });

    it(`<security-settings>: masked addresses and passkey names ${JSON.stringify(hostile.slice(0, 24))}`, async () => {
      // An overview whose every server text carries the string; opening a passkey task shows its name again.
      const at = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
      const fetch: typeof globalThis.fetch = async () =>
        Response.json({
          email: { address: hostile, twoFactor: true },
          phone: { number: hostile, twoFactor: false },
          totp: null,
          passkeys: [{ id: 'AAAA', name: hostile, createdAt: at, lastUsedAt: null }],
          recoveryPhrase: null,
          password: { changedAt: at },
          withdrawalLock: null,
        });
      const el = document.createElement('security-settings');
      el.client = createClient({ baseUrl: DEMO_BASE_URL, fetch });
      el.setAttribute('lang', 'en');
      document.body.append(el);
      try {
        await waitUntil(() => textOf(el).includes(spaced(hostile)), 'the names and addresses shown', { timeout: 5000 });
        [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.action')].find((b) => b.textContent!.startsWith('Remove') && b.closest('.passkey'))!.click();
        await waitUntil(() => el.querySelector('.tillit-intro'), 'the removal names the passkey', { timeout: 5000 });
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(hostileStringRan(el)).to.equal(false);
      } finally {
        el.remove();
        delete window.__tillitXss;
      }
    });

    it(`<kyc-uploader>: problem title and detail ${JSON.stringify(hostile.slice(0, 24))}`, async () => {
      // Its other server texts are codes, amounts and short tickers the contract bounds; a problem's title and
      // detail are free text.
      const fetch: typeof globalThis.fetch = async () =>
        new Response(JSON.stringify({ type: 'about:blank', title: hostile, status: 503, detail: hostile, code: 'service_unavailable' }), {
          status: 503,
          headers: { 'content-type': 'application/problem+json' },
        });
      const el = document.createElement('kyc-uploader');
      el.client = createClient({ baseUrl: DEMO_BASE_URL, fetch });
      el.setAttribute('lang', 'en');
      document.body.append(el);
      try {
        await waitUntil(() => el.shadowRoot?.querySelector('[data-error-summary]'), 'the failure shown', { timeout: 5000 });
        expect(hostileStringRan(el)).to.equal(false);
      } finally {
        el.remove();
        delete window.__tillitXss;
      }
    });
  }

  for (const hostile of hostileStrings) {
    it(`<password-reset>: masked destinations and problem details ${JSON.stringify(hostile.slice(0, 24))}`, async () => {
      const fetch: typeof globalThis.fetch = async (input, init) => {
        const path = new URL(new Request(input, init).url).pathname;
        if (path === '/v1/password-reset') {
          return Response.json({ resetId: 'r1', channels: [{ channel: 'email', destination: hostile }, { channel: 'sms', destination: null }], expiresAt: inAMinute() }, { status: 201 });
        }
        if (path.endsWith('/send')) return Response.json({ channel: 'email', sentTo: hostile, resendAfter: 30, expiresAt: inAMinute() });
        return new Response(JSON.stringify({ type: 'about:blank', title: hostile, status: 400, detail: hostile, code: 'invalid_code' }), {
          status: 400,
          headers: { 'content-type': 'application/problem+json' },
        });
      };
      const el = document.createElement('password-reset');
      el.client = createClient({ baseUrl: DEMO_BASE_URL, fetch });
      el.captchaProvider = async () => 'token';
      el.setAttribute('lang', 'en');
      document.body.append(el);
      try {
        await waitUntil(() => el.querySelector('input[type=email]'), 'rendered', { timeout: 5000 });
        const input = el.querySelector<HTMLInputElement>('input[type=email]')!;
        input.value = 'alva@example.com';
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
        el.querySelector('form')!.requestSubmit();
        await waitUntil(() => textOf(el).includes(spaced(hostile)), 'the masked destination shown', { timeout: 5000 });
        const code = el.querySelector<HTMLInputElement>('input[autocomplete=one-time-code]')!;
        code.value = '123456';
        code.dispatchEvent(new InputEvent('input', { bubbles: true }));
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(hostileStringRan(el)).to.equal(false);
      } finally {
        el.remove();
        delete window.__tillitXss;
      }
    });
  }
});
