import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { faultClient, problem } from '../password-reset/helpers.js';
import { backend, buttonNamed, heading, idle, lostAuthenticator, mount, q, summary, text } from './helpers.js';

describe('<two-factor-reset> keyboard, faults and languages', () => {
  const be = backend();

  it('the request works with the keyboard alone: arrows choose the reason, Enter sends', async () => {
    const { challenge } = await lostAuthenticator(be);
    const el = await mount(be, { challenge });
    buttonNamed(el, 'Ask for a 2FA reset')!.focus();
    await sendKeys({ press: 'Enter' });
    await idle(el, () => heading(el) === 'Ask for a 2FA reset');
    q<HTMLInputElement>(el, 'input[value=lost_device]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(q<HTMLInputElement>(el, 'input[value=app_deleted]')!.checked).to.equal(true);
    q<HTMLInputElement>(el, 'input[type=email]')!.focus();
    await sendKeys({ press: 'Enter' });
    await idle(el, () => heading(el) === 'We got your request');
  });

  it('a status that cannot be read says why and offers to check again', async () => {
    const el = await mount(be);
    el.client = faultClient(() => problem('service_unavailable'));
    el.ticket = { requestId: 'tfr_x', statusToken: 'y' };
    await idle(el, () => summary(el) !== '');
    expect(summary(el)).to.contain('not available right now');
    expect(buttonNamed(el, 'Check again'), 'no spinner left; the user can try again').to.not.equal(undefined);
    await expect(el).to.be.accessible();
  });

  for (const [lang, title, first] of [
    ['sv', 'Har du tappat bort din autentiseringsapp?', 'Du har sparat inställningsnyckeln'],
    ['nb', 'Har du mistet autentiseringsappen?', 'Du har lagret oppsettsnøkkelen'],
  ] as const) {
    it(`speaks ${lang}`, async () => {
      const el = await mount(be, { lang });
      await idle(el, () => heading(el) === title);
      expect(text(el)).to.contain(first);
      await expect(el).to.be.accessible();
    });
  }
});
