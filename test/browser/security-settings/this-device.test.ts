import { expect } from '@open-wc/testing';
import { getPasskeyAssertion } from '../../../src/passkeys/assertion.js';
import { SoftAuthenticator, stubCredentials } from '../support/credentials-stub.js';
import { answerStepUp, demoBackend, freshAccount, mount, press, row, shadow, stepTitle, submit, text, type, until, light } from './helpers.js';

/*
 * "This device" beside the passkey this browser created or signed in with. WebAuthn cannot say which credential
 * lives here, so the shared passkey module remembers the ids its ceremonies answered with (localStorage, ids
 * only); the overview marks them in words, and removing a passkey forgets its id. The software authenticator sits
 * behind navigator.credentials, so the real ceremony code runs against passkeys the backend verifies.
 */
const be = demoBackend();
const KEY = 'tillit:device-passkeys';
const stored = (): unknown => JSON.parse(localStorage.getItem(KEY) ?? 'null');
const marks = (el: HTMLElement & { shadowRoot: ShadowRoot | null }) =>
  [...el.shadowRoot!.querySelectorAll('.passkey')].filter((p) => p.querySelector('[part=this-device]')).map((p) => p.querySelector('.value')!.textContent);

describe('<security-settings> this device\'s passkey', function () {
  this.timeout(40_000);
  const authenticator = new SoftAuthenticator(location.origin);
  const stub = stubCredentials(authenticator);
  beforeEach(() => localStorage.removeItem(KEY));
  after(() => {
    stub.restore();
    localStorage.removeItem(KEY);
  });

  it('marks the passkey added here, forgets it in another browser until it signs in here, and when removed', async () => {
    const email = await freshAccount(be, 'device');
    const el = await mount(be.client);
    expect(marks(el)).to.deep.equal([]);

    await press(el, 'Add a passkey');
    type(light(el, 'input[name=passkey-name]'), 'Laptop');
    await submit(el);
    await answerStepUp(el, be, { email });
    await until(el, () => stepTitle(el) === 'What changed', 'the passkey is added');
    await press(el, 'Back to security settings');
    await until(el, () => text(row(el, 'passkeys')).includes('Laptop'), 'listed');
    const [laptop] = (await be.client.getSecurityOverview({})).passkeys;
    expect(marks(el)).to.deep.equal(['Laptop']);
    expect(text(shadow(el, '[part=this-device]')), 'said in words, not by colour').to.equal('This device');
    expect(stored(), 'only the credential id is kept').to.deep.equal([laptop!.id]);
    await expect(el).to.be.accessible();

    // Another browser (nothing remembered) shows the passkey without the mark ...
    localStorage.removeItem(KEY);
    el.refresh();
    await until(el, () => marks(el).length === 0, 'no mark without the id');
    expect(text(row(el, 'passkeys'))).to.contain('Laptop').and.not.contain('This device');

    // ... until it signs in with it here, through the shared passkey module (login-form's sign-in path).
    const { challengeId, options } = await be.client.passkeySignInOptions({});
    const response = await getPasskeyAssertion(options, new AbortController().signal);
    expect((await be.client.passkeySignIn({ challengeId, response })).status).to.equal('signed_in');
    expect(stored()).to.deep.equal([laptop!.id]);
    el.refresh();
    await until(el, () => marks(el).length === 1, 'marked again after signing in with it');

    await press(el, 'Remove Laptop');
    await submit(el);
    await answerStepUp(el, be, { email });
    await until(el, () => stepTitle(el) === 'What changed', 'removed');
    expect(localStorage.getItem(KEY), 'the removed passkey is forgotten').to.equal(null);
  });

  it('keeps other accounts\' ids, ignores what is not an id, and says it in Swedish and Norwegian', async () => {
    const email = await freshAccount(be, 'device-sv');
    const { options: creation, registrationId } = await registrationFor(email);
    const registered = await authenticator.register(creation);
    await be.client.registerPasskey({ registrationId, name: 'Telefon', response: registered });
    localStorage.setItem(KEY, JSON.stringify(['someone-elses-id', 42, '<b>x</b>', registered.id]));

    const sv = await mount(be.client, 'sv');
    // Swedish loads on first use: wait for its words.
    await until(sv, () => text(shadow(sv, '[part=this-device]')) === 'Den här enheten', 'marked from the remembered id, in Swedish');
    expect(marks(sv)).to.deep.equal(['Telefon']);
    sv.remove();
    const nb = await mount(be.client, 'nb');
    await until(nb, () => text(shadow(nb, '[part=this-device]')) === 'Denne enheten', 'marked in Norwegian too');
    expect(marks(nb)).to.deep.equal(['Telefon']);
    expect(stored(), 'nothing of this account was written: the list is as it was').to.deep.equal(['someone-elses-id', 42, '<b>x</b>', registered.id]);
  });
});

/** Creation options for the signed-in account, after a step-up answered through the API (e-mail code only). */
async function registrationFor(email: string) {
  const { stepUpId } = await be.client.startStepUp({ action: 'register_passkey' });
  await be.client.sendStepUpCode({ stepUpId, channel: 'email' });
  const { verificationToken } = await be.client.verifyStepUp({ stepUpId, factor: 'email', code: await be.outboxCode(email) });
  return be.client.passkeyRegistrationOptions({ verificationToken });
}
