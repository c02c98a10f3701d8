import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { demoBackend, heading, mount, q, settle, text, until } from './helpers.js';

describe('<kyc-uploader> languages and keyboard', () => {
  for (const [lang, title, country] of [
    ['sv', 'Verifiera din identitet', 'Sverige'],
    ['nb', 'Bekreft identiteten din', 'Sverige'],
  ] as const) {
    it(`${lang}: every text of the overview and level 1 in that language, countries named in it`, async () => {
      const be = demoBackend();
      await be.signInAs('alva@example.com');
      const el = await mount(be.client, { lang });
      await until(el, () => heading(el) === title, `${lang} loaded`);
      expect(text(el)).not.to.contain('Level');
      el.querySelector<HTMLButtonElement>('.tillit-button')!.click();
      await settle(el);
      expect([...el.querySelectorAll('select[name=country] option')].map((o) => o.textContent)).to.include(country);
      await expect(el).to.be.accessible();
    });
  }

  it('level 1 by keyboard alone: Tab through the fields, Enter sends', async () => {
    const be = demoBackend();
    await be.signInAs('alva@example.com');
    const el = await mount(be.client);
    el.querySelector<HTMLButtonElement>('.tillit-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(heading(el)).to.equal('Your details');
    q<HTMLInputElement>(el, 'input[type=search]')!.focus();
    await sendKeys({ type: 'norw' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(q<HTMLSelectElement>(el, 'select')!.value).to.equal('NO');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Kari' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Nordmann' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '01021990' });
    // The home address the reference backend requires for level 1: street, (second line left empty), postal code, city.
    // Tab until the field is reached (the date's parts are stops of their own), then type.
    for (const [autocomplete, value] of [['address-line1', 'Storgata 1'], ['postal-code', '0155'], ['address-level2', 'Oslo']]) {
      const field = q<HTMLInputElement>(el, `input[autocomplete=${autocomplete}]`)!;
      for (let presses = 0; document.activeElement !== field && presses < 8; presses += 1) await sendKeys({ press: 'Tab' });
      expect(document.activeElement, `Tab reaches ${autocomplete}`).to.equal(field);
      await sendKeys({ type: value! });
    }
    await sendKeys({ press: 'Enter' });
    await until(el, () => text(el).includes('You are verified to level 1'), 'level 1 saved');
  });
});
