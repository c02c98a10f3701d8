/**
 * Identity verification end to end, through the demo exchange in Chromium under its strict CSP (Trusted Types
 * with the image worker's `tillit` policy): level 1, level 2 with photos made by ImageMagick and tagged by
 * exiftool (EXIF orientation 6 and a GPS position), a rejection resubmitted with only the faulted photo, and the
 * approval decided in the demo tools.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { axeViolations, logIn, openSite, PASSWORD, startE2e, stopE2e, type E2e } from './site.js';

let e2e: E2e;
let dir: string;
const photos = { card: '', selfie: '' };

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  assert.equal(result.status, 0, `${command} ${args.join(' ')}: ${result.stderr}`);
}

/** A passport page on a dark table, stored turned as a phone does (orientation 6) with GPS; a selfie. */
function makePhotos(): void {
  const upright = join(dir, 'upright.jpg');
  photos.card = join(dir, 'passport.jpg');
  photos.selfie = join(dir, 'selfie.jpg');
  run('convert', [
    '-size', '2400x1800', 'xc:#2b2f33', '-attenuate', '0.4', '+noise', 'Gaussian',
    '(', '-size', '1488x938', 'xc:#ece7da', '-fill', '#30405a', '-draw', 'rectangle 60,220 460,760', '-fill', '#1b1f24',
    '-pointsize', '56', '-draw', "text 520,300 'PASSPORT'", '-pointsize', '40', '-draw', "text 520,400 'NORDMANN KARI'",
    '-draw', "text 520,480 'NOR 1990-02-01'", '-draw', "text 60,880 'P<NOR1234567<<<<<<<<<<<<<<<<<<<<'",
    '-attenuate', '0.3', '+noise', 'Gaussian', ')',
    '-gravity', 'center', '-composite', '-quality', '90', upright,
  ]);
  run('convert', [upright, '-rotate', '-90', photos.card]);
  run('exiftool', ['-q', '-overwrite_original', '-Orientation=6', '-n', '-GPSLatitude=59.3', '-GPSLatitudeRef=N', '-GPSLongitude=18.07', '-GPSLongitudeRef=E', photos.card]);
  run('convert', [
    '-size', '1280x1600', 'gradient:#c9c2b8-#8f877d', '-fill', '#2f4a66', '-draw', 'ellipse 640,1630 614,480 0,360',
    '-fill', '#3a2a1e', '-draw', 'ellipse 640,600 310,340 0,360', '-fill', '#d9a88a', '-draw', 'ellipse 640,700 240,310 0,360',
    '-fill', '#2b1d14', '-draw', 'ellipse 540,640 30,17 0,360', '-draw', 'ellipse 740,640 30,17 0,360',
    '-draw', 'rectangle 490,590 590,604', '-draw', 'rectangle 690,590 790,604',
    '-attenuate', '0.3', '+noise', 'Gaussian', '-quality', '90', photos.selfie,
  ]);
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tillit-kyc-'));
  makePhotos();
  e2e = await startE2e();
});

after(async () => {
  await stopE2e(e2e);
  rmSync(dir, { recursive: true, force: true });
});

const kyc = 'kyc-uploader';
const heading = (page: Page) => page.locator(`${kyc} [part=heading]`).innerText();
const press = (page: Page, name: string) => page.locator(kyc).getByRole('button', { name, exact: true }).click();

async function photoStep(page: Page, file: string, title: string): Promise<void> {
  await page.waitForFunction((t) => document.querySelector('kyc-uploader')?.shadowRoot?.querySelector('[part=heading]')?.textContent?.trim() === t, title);
  await page.locator(`${kyc} input[type=file]`).setInputFiles(file);
  await page.locator(`${kyc} [data-upload=done]`).waitFor({ timeout: 30_000 });
  await press(page, 'Next');
}

describe('identity verification on the demo exchange', () => {
  it('level 1, level 2 with photos, a rejection resubmitted, approved in the demo tools', async () => {
    const account = await e2e.testing.createTestAccount({ kycLevel: 0, displayName: 'Kari Nordmann', password: PASSWORD });
    assert.ok(account.email);
    const { page, problems } = await openSite(e2e, '/sign-in');
    await logIn(page, account.email);
    await page.goto(`${e2e.demo.url}/account/verification`);
    await page.locator(`${kyc} table`).waitFor();
    assert.equal(await heading(page), 'Verify your identity');

    // Level 1
    await press(page, 'Start level 1');
    await page.locator(`${kyc} input[type=search]`).fill('norw');
    await page.locator(`${kyc} select[name=country]`).selectOption('NO');
    await page.locator(`${kyc} input[name=firstName]`).fill('Kari');
    await page.locator(`${kyc} input[name=lastName]`).fill('Nordmann');
    await page.locator(`${kyc} input[name=dateOfBirth]`).fill('1990-02-01');
    // The demo's level 1 requires the home address too; each field says what it is to the browser's autofill.
    const address = { addressLine1: ['Storgata 1', 'address-line1'], addressLine2: ['', 'address-line2'], postalCode: ['0155', 'postal-code'], city: ['Oslo', 'address-level2'] };
    for (const [name, [value, autocomplete]] of Object.entries(address)) {
      const input = page.locator(`${kyc} input[name=${name}]`);
      assert.equal(await input.getAttribute('autocomplete'), autocomplete);
      await input.fill(value!);
    }
    await press(page, 'Save and continue');
    await page.locator(kyc).getByText('You are verified to level 1').waitFor();

    // Level 2: passport, then a selfie; the photos are checked in the worker (CSP allows the `tillit` policy).
    await press(page, 'Start level 2');
    await page.locator(`${kyc} input[value=passport]`).check();
    await press(page, 'Next');
    await photoStep(page, photos.card, 'Your passport photo page');
    await photoStep(page, photos.selfie, 'A selfie');
    assert.equal(await heading(page), 'Check and send');
    assert.deepEqual(await axeViolations(page), []);
    await press(page, 'Send for review');
    await page.locator(kyc).getByText('We are checking your documents').waitFor();

    // Rejected: the document photo was incomplete. Only that photo is taken again.
    await e2e.testing.decideKycReview({ userId: account.userId, decision: 'reject', reasons: ['document_incomplete'] });
    await press(page, 'Check now');
    await page.locator(kyc).getByText('Retake it with all four edges in the picture').waitFor();
    await press(page, 'Fix and send again');
    await photoStep(page, photos.card, 'Your passport photo page');
    assert.equal(await heading(page), 'Check and send');
    await page.locator(kyc).getByText('Only the parts below need doing again').waitFor();
    await press(page, 'Send for review');
    await page.locator(kyc).getByText('We are checking your documents').waitFor();

    // The reviewer approves in the demo tools.
    await page.evaluate(() => localStorage.setItem('tillit-demo:dev-panel', 'open'));
    await page.reload();
    await page.locator(`${kyc} table`).waitFor();
    const review = page.locator('demo-dev-panel #dev-kyc-reviews demo-review-item').filter({ hasText: 'Kari Nordmann' });
    await review.getByRole('button', { name: 'Approve' }).click();
    await review.waitFor({ state: 'detached' });
    await press(page, 'Check now');
    await page.locator(kyc).getByText('You are verified to level 2').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, [], 'no CSP, Trusted Types or script problems');
    await page.close();
  });
});
