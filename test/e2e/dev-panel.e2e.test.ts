/**
 * The demo tools, end to end: the outbox shows codes without internal ids, the clock moves the backend's time,
 * pending reviews created through the API are decided from the panel, and a reset brings the seeded data back.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { pendingKycReview, pendingTwoFactorReset } from './fixtures.js';
import { axeViolations, codeInput, logIn, openSite, startE2e, stopE2e, submitPassword, type E2e } from './site.js';

let e2e: E2e;

before(async () => {
  e2e = await startE2e();
});

after(() => stopE2e(e2e));

const panel = (page: Page) => page.locator('demo-dev-panel');
const reviewOf = (page: Page, list: 'kyc' | 'two-factor', name: string) =>
  page.locator(`#dev-${list}-reviews demo-review-item`).filter({ hasText: name });

async function backendOffsetSeconds(e2e: E2e): Promise<number> {
  const { now } = await e2e.testing.readClock({});
  return (Date.parse(now) - Date.now()) / 1000;
}

describe('the demo tools', () => {
  it('show each code the backend sent, readable and without internal ids', async () => {
    const { page, problems } = await openSite(e2e, '/sign-in');
    await submitPassword(page, 'dag@example.com'); // e-mail 2FA: a code goes out at once
    await page.waitForSelector(codeInput);
    const item = panel(page).locator('#dev-outbox .outbox__item').first();
    await item.waitFor();
    const [message] = (await e2e.testing.readOutbox({ to: 'dag@example.com' })).messages.slice(-1);
    assert.ok(message?.code);
    assert.equal(await item.locator('.outbox__code').textContent(), message.code);
    assert.match(await item.innerText(), /^Email\s+Login code\s+[^\n]+\nto dag@example\.com\n/);
    // The message's purpose carries the challenge id: it must not reach the panel.
    const ids = message.purpose.split(':').filter((part) => part.length > 8);
    assert.ok(ids.length > 0, `the purpose ${message.purpose} names an id`);
    const text = await panel(page).innerText();
    for (const id of ids) assert.ok(!text.includes(id), `the panel shows the internal id ${id}`);
    // The code works.
    await page.fill(codeInput, message.code);
    await page.waitForSelector('demo-account-overview h1');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('moves the backend clock by an hour, a day and 30 days', async () => {
    const { page, problems } = await openSite(e2e, '/sign-in');
    const offset = panel(page).locator('#dev-clock-offset');
    await offset.waitFor();
    const before = await backendOffsetSeconds(e2e);
    assert.equal(await offset.textContent(), 'Same as real time');
    await panel(page).locator('button[data-advance="day"]').click();
    await page.waitForFunction(() => document.querySelector('#dev-clock-offset')?.textContent?.includes('day'));
    assert.equal(await offset.textContent(), '1 day ahead of real time');
    await panel(page).locator('button[data-advance="hour"]').click();
    await page.waitForFunction(() => document.querySelector('#dev-clock-offset')?.textContent?.includes('hour'));
    assert.equal(await offset.textContent(), '1 day, 1 hour ahead of real time');
    await panel(page).locator('button[data-advance="month"]').click();
    await page.waitForFunction(() => document.querySelector('#dev-clock-offset')?.textContent?.startsWith('31'));
    const moved = (await backendOffsetSeconds(e2e)) - before;
    assert.ok(Math.abs(moved - (31 * 86400 + 3600)) < 5, `the backend moved ${moved} s`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('approves and rejects lost-2FA requests made through the API', async () => {
    const approved = await pendingTwoFactorReset(e2e, 'bjorn@example.com');
    const rejected = await pendingTwoFactorReset(e2e, 'greta@example.com');
    const { page, problems } = await openSite(e2e, '/sign-in');

    await reviewOf(page, 'two-factor', 'Bjørn').getByRole('button', { name: 'Approve' }).click();
    await reviewOf(page, 'two-factor', 'Bjørn').waitFor({ state: 'detached' });
    assert.equal(await panel(page).locator('.dev-notice').textContent(), 'Decision sent for Bjørn.');
    const bjorn = await e2e.api.getTwoFactorResetStatus({ requestId: approved.requestId, statusToken: approved.statusToken });
    assert.equal(bjorn.status, 'approved');
    await panel(page).locator('#dev-outbox').getByText('Decision on a lost-authenticator request: Approved').waitFor();

    const greta = reviewOf(page, 'two-factor', 'Greta');
    await greta.getByRole('button', { name: 'Reject' }).click();
    assert.deepEqual(await axeViolations(page), [], 'the panel with a decision form open');
    await greta.getByRole('button', { name: 'Reject with these reasons' }).click();
    assert.equal(await greta.getByRole('alert').textContent(), 'Choose at least one.');
    await greta.getByLabel('Identity not confirmed').check();
    await greta.getByRole('button', { name: 'Reject with these reasons' }).click();
    await greta.waitFor({ state: 'detached' });
    const state = await e2e.api.getTwoFactorResetStatus({ requestId: rejected.requestId, statusToken: rejected.statusToken });
    assert.equal(state.status, 'rejected');
    assert.deepEqual(state.rejectionReasons, ['identity_not_confirmed']);
    assert.equal(await panel(page).locator('#dev-two-factor-reviews').innerText(), 'Nothing waiting.');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('approves, rejects and asks for documents on KYC reviews', async () => {
    const [approve, reject, ask] = await Promise.all(
      ['Kari Approve', 'Kari Reject', 'Kari Ask'].map((name) => pendingKycReview(e2e, name)),
    );
    const { page, problems } = await openSite(e2e, '/sign-in');
    const waiting = async (userId: string) => {
      const reviews = await fetch(`${e2e.demo.url}/demo/reviews`).then((r) => r.json() as Promise<{ kyc: { userId: string }[] }>);
      return reviews.kyc.some((r) => r.userId === userId);
    };
    assert.ok(approve && reject && ask && (await waiting(approve.userId)));

    await reviewOf(page, 'kyc', 'Kari Approve').getByRole('button', { name: 'Approve' }).click();
    await reviewOf(page, 'kyc', 'Kari Approve').waitFor({ state: 'detached' });

    const rejecting = reviewOf(page, 'kyc', 'Kari Reject');
    await rejecting.getByRole('button', { name: 'Reject' }).click();
    await rejecting.getByLabel('Document expired').check();
    await rejecting.getByLabel('Edited image').check();
    await rejecting.getByRole('button', { name: 'Reject with these reasons' }).click();
    await rejecting.waitFor({ state: 'detached' });

    const asking = reviewOf(page, 'kyc', 'Kari Ask');
    await asking.getByRole('button', { name: 'Ask for documents' }).click();
    await asking.getByLabel('Proof of address').check();
    await asking.getByRole('button', { name: 'Ask for these documents' }).click();
    await asking.waitFor({ state: 'detached' });

    for (const { userId } of [approve, reject, ask]) assert.ok(!(await waiting(userId)), `${userId} still waits`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('resets the demo data: sessions, outbox, reviews and clock', async () => {
    await pendingTwoFactorReset(e2e, 'greta@example.com').catch(() => undefined); // may already be decided
    await e2e.testing.advanceClock({ seconds: 3600 });
    const { page, problems } = await openSite(e2e, '/sign-in');
    await logIn(page, 'alva@example.com');
    assert.ok((await e2e.testing.readOutbox({})).messages.length > 0);

    await panel(page).locator('#dev-reset').click();
    await panel(page).locator('#dev-reset-confirm').click();
    // Every session went with the old data: the account page gives way to the login page.
    await page.waitForSelector('login-form form');
    assert.equal(new URL(page.url()).pathname, '/sign-in');
    await panel(page).getByText('The demo data was reset.').waitFor();
    assert.deepEqual((await e2e.testing.readOutbox({})).messages, []);
    assert.ok(Math.abs(await backendOffsetSeconds(e2e)) < 5, 'the clock is back');
    await page.waitForFunction(() => document.querySelector('#dev-clock-offset')?.textContent === 'Same as real time');
    assert.equal(await panel(page).locator('#dev-two-factor-reviews').innerText(), 'Nothing waiting.');
    // The seeded accounts are there again.
    await logIn(page, 'alva@example.com');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
