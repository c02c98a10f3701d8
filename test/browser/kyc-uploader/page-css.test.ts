/**
 * The light part of <kyc-uploader> lives in the host page's tree: a CSS reset (Tailwind's real preflight, and
 * Tailwind 3's transparent buttons) must not undo it, and in forced colours the chosen document type is still
 * shown by more than colour.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { choosePassport, click, demoBackend, mount, q } from './helpers.js';

describe('<kyc-uploader> under a page reset and in forced colours', () => {
  let added: HTMLElement[] = [];
  afterEach(async () => {
    for (const node of added) node.remove();
    added = [];
    await emulateMedia({ forcedColors: 'none' });
  });

  it('keeps its buttons, table and choices under Tailwind’s preflight', async () => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/node_modules/tailwindcss/preflight.css' });
    const loaded = new Promise((resolve, reject) => ((link.onload = resolve), (link.onerror = reject)));
    const v3 = Object.assign(document.createElement('style'), {
      textContent: "button,[type='button'],[type='reset'],[type='submit']{-webkit-appearance:button;background-color:transparent;background-image:none}",
    });
    document.head.append(link, v3);
    added = [link, v3];
    await loaded;
    const be = demoBackend();
    await be.signInAs('ebba@example.com');
    const el = await mount(be.client);
    const start = q<HTMLButtonElement>(el, '.tillit-kyc-actions .tillit-button')!;
    expect(getComputedStyle(start).backgroundColor).to.equal('rgb(11, 87, 208)');
    expect(getComputedStyle(q(el, '.tillit-kyc-table td')!).paddingLeft).to.not.equal('0px');
    expect(getComputedStyle(q(el, '.tillit-kyc-state')!).borderTopWidth).to.equal('1px');
    await click(el, 'Start level 2');
    const back = q<HTMLButtonElement>(el, '.tillit-kyc-secondary')!;
    expect(getComputedStyle(back).borderTopWidth).to.equal('1px');
    expect(getComputedStyle(back).paddingLeft).to.not.equal('0px');
  });

  it('shows the chosen document type by a thicker border in forced colours, and stays accessible', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const be = demoBackend();
    await be.signInAs('ebba@example.com');
    const el = await mount(be.client);
    await choosePassport(el, { open: false });
    const [chosen, other] = [q(el, 'label:has(input[value=passport])')!, q(el, 'label:has(input[value=national_id])')!];
    expect(getComputedStyle(chosen).borderTopWidth).to.equal('3px');
    expect(getComputedStyle(other).borderTopWidth).to.equal('1px');
    await expect(el).to.be.accessible();
  });
});
