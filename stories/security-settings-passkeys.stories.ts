import type { Meta } from '@storybook/web-components-vite';
import { createClient } from '../src/client/index.js';
import { createClientFor } from '../src/client/create-client-for.js';
import { testingEndpoints, type SensitiveAction } from '../src/contract/index.js';
import { rememberDevicePasskey } from '../src/passkeys/device-passkeys.js';
import { DEMO_BASE_URL } from '../demo/browser/index.js';
// The software authenticator the browser suites sign passkeys with: a story cannot touch a real one.
import { SoftAuthenticator } from '../test/support/soft-authenticator.js';
import { story, totpNow, type Demo } from './security-settings.stories.js';

/*
 * The passkeys of an account as the overview lists them, against the in-page reference backend: two passkeys
 * registered through the backend before the element loads (a real WebAuthn registration, signed by the software
 * authenticator), one of them remembered as this browser's, as the shared passkey module does after a ceremony.
 */
const meta: Meta = {
  title: 'Elements/security-settings/Passkeys',
  component: 'security-settings',
  parameters: { layout: 'padded' },
};
export default meta;

/**
 * A step-up for `action` answered through the backend: codes from the outbox, the authenticator app's from its
 * secret, a passkey by the software authenticator.
 */
async function verifiedFor(demo: Demo, authenticator: SoftAuthenticator, action: SensitiveAction): Promise<string> {
  const client = createClient({ baseUrl: DEMO_BASE_URL, fetch: demo.fetch });
  const testing = createClientFor(testingEndpoints, { baseUrl: DEMO_BASE_URL, fetch: demo.fetch });
  const { stepUpId, factors } = await client.startStepUp({ action });
  let token: string | undefined;
  for (const { factor } of factors) {
    let answer: { code: string } | { response: Awaited<ReturnType<SoftAuthenticator['authenticate']>> };
    if (factor === 'passkey') {
      const { options } = await client.stepUpPasskeyOptions({ stepUpId });
      answer = { response: await authenticator.authenticate(options) };
    } else if (factor === 'totp') answer = { code: await totpNow(testing) };
    else {
      await client.sendStepUpCode({ stepUpId, channel: factor });
      const { messages } = await testing.readOutbox({});
      answer = { code: messages.findLast((m) => m.purpose.startsWith('step-up') && m.channel === factor)!.code };
    }
    token = (await client.verifyStepUp({ stepUpId, factor, ...answer })).verificationToken ?? token;
  }
  if (!token) throw new Error('the step-up gave no token');
  return token;
}

/** Registers a passkey named `name` for the signed-in account; resolves to its credential id. */
async function registerPasskey(demo: Demo, authenticator: SoftAuthenticator, name: string): Promise<string> {
  const client = createClient({ baseUrl: DEMO_BASE_URL, fetch: demo.fetch });
  const { registrationId, options } = await client.passkeyRegistrationOptions({ verificationToken: await verifiedFor(demo, authenticator, 'register_passkey') });
  const passkey = await client.registerPasskey({ registrationId, name, response: await authenticator.register(options) });
  return passkey.id;
}

/** Two passkeys; the laptop's was made in this browser, so it is marked "This device" in words. */
export const PasskeysThisDevice = story({
  prepare: async (demo) => {
    const authenticator = new SoftAuthenticator(location.origin);
    rememberDevicePasskey(await registerPasskey(demo, authenticator, 'Work laptop'));
    await registerPasskey(demo, authenticator, 'Phone');
  },
  reached: (el, t) => {
    const passkeys = [...el.shadowRoot!.querySelectorAll('.passkey')];
    const marked = passkeys.filter((p) => p.querySelector('[part=this-device]')?.textContent?.trim() === t.securitySettings.thisDevice);
    return passkeys.length === 2 && marked.length === 1 && marked[0]!.textContent!.includes('Work laptop');
  },
});
