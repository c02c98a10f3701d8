import { expect } from '@open-wc/testing';
import { createClient } from '../../../src/client/index.js';
import { DEMO_BASE_URL } from '../../../demo/browser/index.js';
import { SoftAuthenticator, stubCredentials } from '../support/credentials-stub.js';
import { answerStepUp, demoBackend, freshAccount, light, mount, press, row, stepTitle, submit, summary, text, type, until } from './helpers.js';

/*
 * Passkeys: add one (step-up, then the real registration path of the shared passkey module against a software
 * authenticator behind navigator.credentials), sign in with it, rename it, remove it; a cancelled prompt; the
 * last way in refused (`last_factor`).
 */
const be = demoBackend();

function stubCreateOnce(error: DOMException): () => void {
  const container = navigator.credentials as unknown as { create: CredentialsContainer['create'] };
  const original = container.create;
  container.create = async () => {
    container.create = original;
    throw error;
  };
  return () => (container.create = original);
}

describe('<security-settings> passkeys', function () {
  this.timeout(30_000);
  const authenticator = new SoftAuthenticator(location.origin);
  const stub = stubCredentials(authenticator);
  after(() => stub.restore());

  it('adds a passkey after a step-up, which then signs in; renames and removes it', async () => {
    const email = await freshAccount(be, 'passkey');
    const el = await mount(be.client);
    await press(el, 'Add a passkey');
    expect(stepTitle(el)).to.equal('Add a passkey');
    expect(light(el, '.tillit-consequences'), 'adding a passkey locks nothing, so no consequences are listed').to.equal(null);
    await expect(el).to.be.accessible();
    await submit(el);
    await until(el, () => summary(el).includes('Enter a name for the passkey'), 'a name is asked for');
    type(light(el, 'input[name=passkey-name]'), '  Work laptop  ');
    await submit(el);
    await answerStepUp(el, be, { email });
    await until(el, () => stepTitle(el) === 'What changed', 'the passkey is added');
    expect(text(light(el, '.tillit-done'))).to.contain('Your passkey was added. You can log in with it now.');
    expect(stub.log.creates).to.equal(1);
    await press(el, 'Back to security settings');
    await until(el, () => text(row(el, 'passkeys')).includes('Work laptop'), 'listed, trimmed');
    expect(text(row(el, 'passkeys'))).to.contain('not used yet');

    // The new passkey really signs in (the backend verifies the assertion against the registered key).
    const { challengeId, options } = await be.client.passkeySignInOptions({});
    const response = await authenticator.authenticate(options);
    const result = await be.client.passkeySignIn({ challengeId, response });
    expect(result.status).to.equal('signed_in');

    await press(el, 'Rename Work laptop');
    expect(light<HTMLInputElement>(el, 'input[name=passkey-name]')!.value).to.equal('Work laptop');
    type(light(el, 'input[name=passkey-name]'), 'Phone');
    await submit(el);
    await until(el, () => text(row(el, 'passkeys')).includes('Phone'), 'renamed without a step-up');
    expect(text(row(el, 'passkeys'))).to.contain('last used');

    await press(el, 'Remove Phone');
    expect(stepTitle(el)).to.equal('Remove passkey');
    expect(text(light(el, '.tillit-intro'))).to.contain('You will no longer be able to log in with Phone');
    await submit(el);
    await answerStepUp(el, be, { email });
    await until(el, () => stepTitle(el) === 'What changed', 'removed');
    expect(text(light(el, '.tillit-done'))).to.contain('The passkey was removed');
    expect((await be.client.getSecurityOverview({})).passkeys).to.deep.equal([]);
  });

  it('says so when the prompt is cancelled, and tries again with the same options, without another step-up', async () => {
    const email = await freshAccount(be, 'cancel');
    const el = await mount(be.client);
    await press(el, 'Add a passkey');
    type(light(el, 'input[name=passkey-name]'), 'Laptop');
    const restore = stubCreateOnce(new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError'));
    try {
      await submit(el);
      await answerStepUp(el, be, { email });
      await until(el, () => summary(el).includes('Creating the passkey was cancelled or took too long'), 'cancelled');
      expect(stepTitle(el)).to.equal('Add a passkey');
      expect(light<HTMLButtonElement>(el, 'button[type=submit]')!.getAttribute('aria-busy')).to.equal('false');
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
    const creates = stub.log.creates;
    await submit(el);
    await until(el, () => stepTitle(el) === 'What changed', 'added on the second try');
    expect(light(el, '.tillit-step-up'), 'no second step-up').to.equal(null);
    expect(stub.log.creates).to.equal(creates + 1);
  });

  it('refuses to remove the only way in of a passwordless account (last_factor), before any step-up', async () => {
    const email = `nopw-${crypto.randomUUID().slice(0, 8)}@example.com`;
    const account = await be.testing.createTestAccount({ email, passwordless: true, emailTwoFactor: true });
    const { token } = await be.testing.createTestSession({ userId: account.userId });
    const client = createClient({ baseUrl: DEMO_BASE_URL, fetch: (input, init) => be.demo.backend.fetch(new Request(input, init)), getToken: () => token });
    // Register its one passkey through the client (a step-up by e-mail code first).
    const started = await client.startStepUp({ action: 'register_passkey' });
    await client.sendStepUpCode({ stepUpId: started.stepUpId, channel: 'email' });
    const progress = await client.verifyStepUp({ stepUpId: started.stepUpId, factor: 'email', code: await be.outboxCode(email) });
    const { registrationId, options } = await client.passkeyRegistrationOptions({ verificationToken: progress.verificationToken });
    await client.registerPasskey({ registrationId, name: 'Only', response: await authenticator.register(options) });

    const el = await mount(client);
    await press(el, 'Remove Only');
    await submit(el);
    await until(el, () => summary(el) !== '', 'refused');
    expect(summary(el)).to.contain('last way to log in');
    expect(light(el, '.tillit-step-up')).to.equal(null);
  });
});
