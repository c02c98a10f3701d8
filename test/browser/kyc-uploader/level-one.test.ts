import { expect } from '@open-wc/testing';
import { createClient } from '../../../src/client/index.js';
import { DEMO_BASE_URL } from '../../../demo/browser/index.js';
import { problemResponse } from '../../../demo/core/problem.js';
import type { KycUploader } from '../../../src/elements/kyc-uploader/kyc-uploader.js';
import { anAddress, click, demoBackend, fillLevelOne, freshKey, mount, q, settle, summary, text, type, until } from './helpers.js';

const value = (el: KycUploader, name: string) => q<HTMLInputElement>(el, `input[name=${name}]`)?.value;

describe('<kyc-uploader> level 1: the extra fields the backend requires', function () {
  this.timeout(60_000);
  it('asks for the date of birth and the home address the overview names, each with the right autocomplete', async () => {
    const be = demoBackend();
    await be.signInAs('alva@example.com');
    const level = (await be.client.getKycOverview({})).levels[0]!;
    expect(level.fields).to.deep.equal(['dateOfBirth', 'address']);
    const el = await mount(be.client);
    expect(text(el)).to.contain('Home address');
    await click(el, 'Start level 1');
    const autocomplete = Object.fromEntries(
      [...el.querySelectorAll<HTMLInputElement | HTMLSelectElement>('form input[name], form select[name]')].map((i) => [i.name, i.autocomplete]),
    );
    expect(autocomplete).to.deep.equal({
      country: 'country',
      firstName: 'given-name',
      lastName: 'family-name',
      dateOfBirth: 'bday',
      addressLine1: 'address-line1',
      addressLine2: 'address-line2',
      postalCode: 'postal-code',
      city: 'address-level2',
    });
    expect(q(el, 'fieldset legend')?.textContent).to.equal('Home address');
    await expect(el).to.be.accessible();
  });

  it('refuses a missing address and a malformed postal code with specific messages before sending', async () => {
    const be = demoBackend();
    await be.signInAs('alva@example.com');
    let sent = 0;
    const client = createClient({
      baseUrl: DEMO_BASE_URL,
      fetch: (input, init) => ((sent += new Request(input, init).url.endsWith('/v1/kyc/level-1') ? 1 : 0), be.demo.fetch(input, init)),
    });
    const el = await mount(client);
    await click(el, 'Start level 1');
    q<HTMLFormElement>(el, 'form')!.requestSubmit();
    await until(el, () => summary(el) !== '', 'the errors showed');
    expect(summary(el)).to.contain('Enter your street address').and.to.contain('Enter your town or city').and.to.contain('Enter your postal code');
    expect(summary(el)).not.to.contain('Flat, floor');
    expect(q(el, 'input[name=addressLine1]')!.getAttribute('aria-invalid')).to.equal('true');
    expect(q(el, 'input[name=addressLine2]')!.getAttribute('aria-invalid')).to.equal(null);

    await fillLevelOne(el, { country: 'SE', firstName: 'Alva', lastName: 'Ek', dateOfBirth: '1990-04-12', postalCode: '753_20' });
    await until(el, () => summary(el).includes('Enter the postal code in letters and digits'), 'the postal code refused');
    expect(sent).to.equal(0);
  });

  it('a backend refusal of the address is shown at its field', async () => {
    const be = demoBackend();
    await be.signInAs('alva@example.com');
    // A backend whose postal-code rule is stricter than the contract's (e.g. it checks the code exists).
    const client = createClient({
      baseUrl: DEMO_BASE_URL,
      fetch: async (input, init) =>
        new Request(input, init).url.endsWith('/v1/kyc/level-1')
          ? problemResponse('validation_failed', { fields: [{ path: 'address.postalCode', code: 'invalid_format' }] })
          : be.demo.fetch(input, init),
    });
    const el = await mount(client);
    await click(el, 'Start level 1');
    await fillLevelOne(el);
    await until(el, () => summary(el) !== '', 'the refusal showed');
    expect(summary(el)).to.contain('Enter the postal code in letters and digits');
    expect(q(el, 'input[name=postalCode]')!.getAttribute('aria-invalid')).to.equal('true');
    // Nothing typed is lost.
    expect(value(el, 'addressLine1')).to.equal(anAddress.addressLine1);
  });

  it('the address typed is kept in the draft across a reload, and sent with level 1', async () => {
    const be = demoBackend();
    await be.signInAs('alva@example.com');
    const key = freshKey();
    const first = await mount(be.client, { draftKey: key });
    await click(first, 'Start level 1');
    type(q(first, 'input[name=addressLine1]'), 'Storgatan 1');
    type(q(first, 'input[name=addressLine2]'), 'lgh 1101');
    type(q(first, 'input[name=postalCode]'), '753 20');
    type(q(first, 'input[name=city]'), 'Uppsala');
    await settle(first);
    first.remove();
    const second = await mount(be.client, { draftKey: key });
    await click(second, 'Start level 1');
    expect(['addressLine1', 'addressLine2', 'postalCode', 'city'].map((n) => value(second, n))).to.deep.equal(['Storgatan 1', 'lgh 1101', '753 20', 'Uppsala']);
    await fillLevelOne(second, { country: 'SE', firstName: 'Alva', lastName: 'Ek', dateOfBirth: '1990-04-12', addressLine2: 'lgh 1101' });
    await until(second, () => text(second).includes('You are verified to level 1'), 'level 1 done');
  });

  it('the minimum age comes from the overview', async () => {
    const be = demoBackend();
    await be.signInAs('alva@example.com');
    // A backend that verifies from 21.
    const client = createClient({
      baseUrl: DEMO_BASE_URL,
      fetch: async (input, init) => {
        const answer = await be.demo.fetch(input, init);
        if (!new Request(input, init).url.endsWith('/v1/kyc')) return answer;
        const overview = (await answer.json()) as { levels: { minimumAge?: number }[] };
        overview.levels[0]!.minimumAge = 21;
        return new Response(JSON.stringify(overview), { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    const el = await mount(client);
    await click(el, 'Start level 1');
    const twenty = new Date();
    twenty.setFullYear(twenty.getFullYear() - 20);
    await fillLevelOne(el, { country: 'SE', firstName: 'Alva', lastName: 'Ek', dateOfBirth: twenty.toISOString().slice(0, 10) });
    await until(el, () => summary(el) !== '', 'refused');
    expect(summary(el)).to.contain('You must be 21 or older');
  });
});
