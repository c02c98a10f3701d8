/**
 * "Lost your authenticator app?" end to end: from the second-factor step to the lost-2FA page with the sign-in
 * challenge carried over, a reset request, its status in review, the approval from the dev panel, the approved
 * status leading back to log in, and a new authenticator bound. <totp-setup> is not on this branch, so the new
 * authenticator is bound through the typed client (bearer session) with a code from oathtool.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { createClient } from '../../src/client/index.js';
import { axeViolations, codeInput, openSite, PASSWORD, startE2e, stopE2e, submitPassword, type E2e } from './site.js';

let e2e: E2e;

before(async () => {
  e2e = await startE2e();
});

after(() => stopE2e(e2e));

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const oathtool = (secret: string) => execFileSync('oathtool', ['--totp', '-b', secret], { encoding: 'utf8' }).trim();

describe('lost authenticator, end to end', () => {
  it('asks for a reset from the code step, is approved in the dev panel, logs in and binds a new authenticator', async () => {
    const email = `lost-${Date.now()}@example.com`;
    await e2e.testing.createTestAccount({ email, password: PASSWORD, totpSecret: SECRET, displayName: 'Ivar Lost' });
    const { page, problems } = await openSite(e2e, '/sign-in');
    await submitPassword(page, email);
    await page.waitForSelector(codeInput);
    await page.getByRole('button', { name: 'Lost your authenticator app?' }).click();
    await page.waitForURL('**/two-factor-reset');
    const reset = page.locator('two-factor-reset');
    await reset.getByText('You saved the setup key').waitFor();
    assert.deepEqual(await axeViolations(page), []);

    await reset.getByRole('button', { name: 'Ask for a 2FA reset' }).click();
    await reset.getByLabel('I lost my phone, or it was stolen').check();
    await reset.getByRole('button', { name: 'Send request' }).click();
    await reset.getByRole('heading', { name: 'We got your request' }).waitFor();
    assert.match(await reset.innerText(), /1–3 business days/);
    await reset.getByRole('button', { name: 'See the status of your request' }).click();
    await reset.locator('.tillit-status', { hasText: 'In review' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);

    // The exchange's review team, played by the dev panel.
    const review = page.locator('#dev-two-factor-reviews demo-review-item').filter({ hasText: 'Ivar Lost' });
    await review.getByRole('button', { name: 'Approve' }).click();
    await review.waitFor({ state: 'detached' });

    // The status page, opened again later from its address: the ticket kept on this device shows the decision.
    await page.goto(`${e2e.demo.url}/sign-in`);
    await page.goto(`${e2e.demo.url}/two-factor-reset`);
    await reset.locator('.tillit-status', { hasText: 'Approved' }).waitFor();
    assert.match(await reset.innerText(), /set up a new authenticator at once/);
    await reset.getByRole('button', { name: 'Log in and set up an authenticator' }).click();
    await page.waitForURL('**/sign-in');
    await submitPassword(page, email);
    await page.waitForSelector('demo-account-overview h1');

    // Bind a new authenticator at once (through the client: <totp-setup> is another branch's element).
    const bearer: { token?: string } = {};
    const user = createClient({ baseUrl: e2e.demo.url, getToken: () => bearer.token });
    const signedIn = await user.signIn({ identifier: { type: 'email', email }, password: PASSWORD });
    assert.equal(signedIn.status, 'signed_in', 'no authenticator any more: the password is enough');
    bearer.token = signedIn.session.token;
    assert.equal((await user.getSecurityOverview({})).totp, null);
    const { stepUpId, factors } = await user.startStepUp({ action: 'setup_totp' });
    let verificationToken: string | undefined;
    for (const { factor } of factors) {
      assert.ok(factor === 'email', `a step-up by ${factor} the test did not expect`);
      await user.sendStepUpCode({ stepUpId, channel: 'email' });
      const { messages } = await e2e.testing.readOutbox({ to: email });
      ({ verificationToken } = await user.verifyStepUp({ stepUpId, factor, code: messages.at(-1)!.code }));
    }
    const setup = await user.startTotpSetup({ verificationToken: verificationToken! });
    await user.confirmTotpSetup({ setupId: setup.setupId, code: oathtool(setup.secret) });
    assert.ok((await user.getSecurityOverview({})).totp, 'the new authenticator is bound');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
