import { expect, waitUntil } from '@open-wc/testing';
import { backend, faultClient, idle, mount, oneEvent, problem, settle, shadow, summary } from './helpers.js';

/** Replaces navigator.credentials.get for one test (the real one would wait for a person). */
function stubCredentialsGet(impl: CredentialsContainer['get']): () => void {
  const original = navigator.credentials.get;
  Object.defineProperty(navigator.credentials, 'get', { value: impl, configurable: true, writable: true });
  return () => Object.defineProperty(navigator.credentials, 'get', { value: original, configurable: true, writable: true });
}

/** A made-up assertion the backend cannot match to any registered passkey. */
function fakeCredential() {
  const bytes = (n: number) => new Uint8Array(n).fill(7).buffer;
  return {
    id: 'AAAA',
    rawId: bytes(16),
    type: 'public-key',
    authenticatorAttachment: 'platform',
    response: { authenticatorData: bytes(37), clientDataJSON: bytes(40), signature: bytes(64), userHandle: bytes(8) },
    getClientExtensionResults: () => ({}),
  } as unknown as Credential;
}

describe('<login-form> passkeys and social sign-in', () => {
  const be = backend();
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  it('shows a passkey ceremony as pending, and a cancelled one as a clear message', async () => {
    let reject!: (error: unknown) => void;
    restore = stubCredentialsGet(() => new Promise((_, no) => (reject = no)));
    const el = await mount(be.client, { methods: 'passkey' });
    const button = shadow<HTMLButtonElement>(el, '.passkey')!;
    button.click();
    await waitUntil(() => typeof reject === 'function', 'navigator.credentials.get called', { timeout: 5000 }); // the ceremony's code loads first
    await settle(el);
    expect(button.textContent!.trim()).to.equal('Waiting for your passkey…');
    expect(button.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
    reject(new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError'));
    await idle(el, () => summary(el) !== '');
    expect(summary(el)).to.contain('Logging in with a passkey was cancelled or took too long');
    expect(button.textContent!.trim()).to.equal('Log in with a passkey');
    expect(el.shadowRoot!.activeElement).to.equal(shadow(el, '[data-error-summary]'));
    await expect(el).to.be.accessible();
  });

  it('says so when the backend cannot verify the passkey', async () => {
    restore = stubCredentialsGet(async () => fakeCredential());
    const el = await mount(be.client, { methods: 'passkey' });
    shadow<HTMLButtonElement>(el, '.passkey')!.click();
    await idle(el, () => summary(el) !== '');
    expect(be.sent.some((s) => s.path === '/v1/sign-in/passkey/verify')).to.equal(true);
    expect(summary(el)).to.contain('Your passkey could not be checked');
  });

  it('starts Google sign-in and navigates to its URL', async () => {
    const el = await mount(be.client, { methods: 'google apple' });
    // A page of the exchange's own origin: the backend sends the provider's code back to no other.
    el.returnTo = `${location.origin}/after-login`;
    const urls: string[] = [];
    el.navigate = (url) => urls.push(url);
    await settle(el);
    expect(el.querySelector('form'), 'social only: no password form').to.equal(null);
    await expect(el).to.be.accessible();
    shadow<HTMLButtonElement>(el, '.google')!.click();
    await waitUntil(() => urls.length === 1, 'navigate called');
    const url = new URL(urls[0]!);
    expect(url.pathname).to.equal('/demo/idp/google');
    expect(url.searchParams.get('return_to')).to.equal(`${location.origin}/after-login?tillit_provider=google`);
    const start = be.sent.filter((s) => s.path === '/v1/sign-in/social/google/start').at(-1);
    expect(start?.body).to.deep.equal({ returnTo: `${location.origin}/after-login?tillit_provider=google` });
  });

  it('gives the Google and Apple buttons the same size', async () => {
    const el = await mount(be.client, { methods: 'google apple' });
    const a = shadow(el, '.google')!.getBoundingClientRect();
    const b = shadow(el, '.apple')!.getBoundingClientRect();
    expect([a.width, a.height]).to.deep.equal([b.width, b.height]);
  });

  it('finishes a social sign-in on the return page, continuing into 2FA when the account has it', async () => {
    const el = await mount(be.client, { methods: 'google' });
    const { state } = await be.client.startSocialSignIn({ provider: 'google', returnTo: `${location.origin}/` });
    const { code } = await be.testing.authorizeSocial({ provider: 'google', state, subject: 'google-alva' });
    expect(await el.finishSocialSignIn(new URLSearchParams('?page=2')), 'not a return').to.equal(false);
    const signedIn = oneEvent(el, 'tillit-signed-in');
    const query = new URLSearchParams({ code, state, tillit_provider: 'google' });
    expect(await el.finishSocialSignIn(query)).to.equal(true);
    expect((await signedIn).method).to.equal('google');
  });

  it('explains a failed social start', async () => {
    const el = await mount(faultClient(() => problem('service_unavailable')), { methods: 'apple' });
    shadow<HTMLButtonElement>(el, '.apple')!.click();
    await idle(el, () => summary(el) !== '');
    expect(summary(el)).to.contain('not available right now');
  });
});
