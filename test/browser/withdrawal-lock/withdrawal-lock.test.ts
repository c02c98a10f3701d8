import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { WithdrawalLock } from '../../../src/contract/common.js';
import type { ConsequenceAction } from '../../../src/elements/shared/consequences.js';
import './test-lock-host.js';
import type { TestLockHost } from './test-lock-host.js';

/*
 * The withdrawal-lock notice and the consequences list through a minimal host: what a screen reader finds (a named
 * region with a heading), the words in en/sv/nb with the end in the user's zone, nothing for an open or ended lock,
 * the same look in the light DOM and the shadow root, forced colours, and axe.
 */

const now = new Date('2026-11-26T15:05:30Z');
const lock: WithdrawalLock = { until: '2026-11-27T15:05:30Z', reason: 'contact_unbind' };

async function mount(o: { lock?: WithdrawalLock; action?: ConsequenceAction; lang?: string; place?: string } = {}): Promise<TestLockHost> {
  const el = await fixture<TestLockHost>(
    html`<test-lock-host lang=${o.lang ?? 'en'} .lock=${o.lock ?? null} .action=${o.action} .now=${now} place=${o.place ?? 'light'}></test-lock-host>`,
  );
  await el.i18n.ready;
  await el.updateComplete;
  await nextFrame();
  return el;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const lightLock = (el: TestLockHost) => el.querySelector<HTMLElement>('[data-tillit-light] .tillit-lock');
const shadowLock = (el: TestLockHost) => el.shadowRoot!.querySelector<HTMLElement>('.tillit-lock');

describe('withdrawal-lock notice', () => {
  afterEach(() => emulateMedia({ forcedColors: 'none' }));

  it('is a region named by its heading, saying why and until when, axe clean', async () => {
    const el = await mount({ lock });
    const notice = lightLock(el)!;
    expect(notice.getAttribute('role')).to.equal('region');
    const title = notice.querySelector('[role=heading]')!;
    expect(notice.getAttribute('aria-labelledby')).to.equal(title.id);
    expect(title.getAttribute('aria-level')).to.equal('3');
    expect(text(title)).to.equal('Withdrawals are locked');
    expect(text(notice.querySelector('.tillit-lock-text'))).to.equal(
      'An email address or phone number was removed from your account. To keep your account safe, you can withdraw again ' +
        'from Friday, November 27 at 4:06 PM GMT+1 (in 24 hours).',
    );
    expect(notice.dataset['reason']).to.equal('contact_unbind');
    await expect(el).to.be.accessible();
  });

  it('speaks Swedish and Norwegian, and follows a change of language', async () => {
    const el = await mount({ lock: { ...lock, reason: 'password_reset' }, lang: 'sv' });
    expect(text(lightLock(el))).to.equal(
      'Uttag är spärrade Du har återställt ditt lösenord. För att skydda ditt konto kan du göra uttag igen från ' +
        'fredag 27 november kl. 16:06 CET (om 24 timmar).',
    );
    el.setAttribute('lang', 'nb');
    await waitUntil(() => text(lightLock(el)).startsWith('Uttak er sperret'), 'Norwegian after lang="nb"');
    expect(text(lightLock(el))).to.contain('fredag 27. november kl. 16:06 CET (om 24 timer)');
    await expect(el).to.be.accessible();
  });

  it('shows nothing while withdrawals are open or once the lock has ended', async () => {
    const el = await mount();
    expect(lightLock(el)).to.equal(null);
    el.lock = lock;
    await el.updateComplete;
    expect(lightLock(el)).to.not.equal(null);
    el.place = 'both';
    await el.updateComplete;
    expect(shadowLock(el)).to.not.equal(null);
    el.now = new Date('2026-11-27T15:05:31Z');
    await el.updateComplete;
    expect(lightLock(el)).to.equal(null);
    expect(shadowLock(el)).to.equal(null);
  });

  it('looks the same in the light DOM and in a shadow root, by more than colour', async () => {
    const el = await mount({ lock, place: 'both' });
    for (const notice of [lightLock(el)!, shadowLock(el)!]) {
      const style = getComputedStyle(notice);
      expect(style.borderInlineStartWidth, 'a bar').to.equal('6px');
      expect(style.borderInlineStartStyle).to.equal('solid');
      expect(getComputedStyle(notice.querySelector('.tillit-lock-title')!, '::before').content, 'a "!" mark').to.contain('!');
    }
    expect(getComputedStyle(lightLock(el)!).backgroundColor).to.equal(getComputedStyle(shadowLock(el)!).backgroundColor);
  });

  it('is an accessible notice in a shadow root too', async () => {
    const el = await mount({ lock, place: 'shadow' });
    expect(text(shadowLock(el)!.querySelector('[role=heading]'))).to.equal('Withdrawals are locked');
    await expect(el).to.be.accessible();
  });

  it('is framed in the system colours when forced colours are on', async () => {
    const el = await mount({ lock });
    await emulateMedia({ forcedColors: 'active' });
    const style = getComputedStyle(lightLock(el)!);
    expect(style.borderTopWidth).to.equal('2px');
    expect(style.borderInlineStartWidth).to.equal('6px');
  });
});

describe('consequences list', () => {
  it('states every consequence of unbinding, as a list named by its title, above the button', async () => {
    const el = await mount({ action: 'unbind_email' });
    const list = el.querySelector('.tillit-consequences-list')!;
    const title = el.querySelector('.tillit-consequences-title')!;
    expect(list.getAttribute('aria-labelledby')).to.equal(title.id);
    expect(text(title)).to.equal('Before you continue');
    expect([...list.querySelectorAll('li')].map(text)).to.deep.equal([
      'You will not be able to withdraw for 24 hours. This keeps your account safe if someone else is doing this.',
      'For 30 days after you remove this email address, it cannot be used to open an account or be added to one.',
      'Add a new email address soon, so you can still confirm it is you and get back into your account.',
    ]);
    const button = el.querySelector('button[type=submit]')!;
    expect(list.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING, 'read before the button').to.not.equal(0);
    await expect(el).to.be.accessible();
  });

  it('in Swedish and Norwegian', async () => {
    const el = await mount({ action: 'change_phone', lang: 'sv' });
    expect(text(el.querySelector('.tillit-consequences-title'))).to.equal('Innan du fortsätter');
    expect(el.querySelectorAll('.tillit-consequences-list li')).to.have.length(2);
    expect(text(el.querySelector('.tillit-consequences-list li:last-child'))).to.contain('ditt nuvarande telefonnummer');
    el.setAttribute('lang', 'nb');
    await waitUntil(() => text(el.querySelector('.tillit-consequences-title')) === 'Før du fortsetter', 'Norwegian');
    await expect(el).to.be.accessible();
  });

  it('renders nothing for an action without consequences', async () => {
    const el = await mount({ action: 'register_passkey' });
    expect(el.querySelector('.tillit-consequences')).to.equal(null);
  });
});
