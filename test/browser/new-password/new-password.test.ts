import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './test-new-password.js';
import type { TestNewPassword } from './test-new-password.js';

/*
 * The shared new-password fields through a minimal host: the policy ticked and announced as the user types, no
 * error before submit, errors and the mismatch on submit through the form feedback, show/hide, Caps Lock, backend
 * refusals on the field, autofill, en/sv/nb, axe.
 */

async function mount(o: { lang?: string; identifiers?: string[]; username?: string } = {}): Promise<TestNewPassword> {
  const el = await fixture<TestNewPassword>(
    html`<test-new-password lang=${o.lang ?? 'en'} .identifiers=${o.identifiers ?? []} .username=${o.username}></test-new-password>`,
  );
  await el.i18n.ready;
  await settle(el);
  return el;
}

async function settle(el: TestNewPassword): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const input = (el: TestNewPassword, which: 'new-password' | 'repeat-password') => el.querySelector<HTMLInputElement>(`input[name=${which}]`)!;
const rules = (el: TestNewPassword) =>
  [...el.querySelectorAll<HTMLElement>('.tillit-rule')].map((li) => `${li.dataset['rule']}:${li.hasAttribute('data-met') ? 'met' : 'open'}`);
const live = (el: TestNewPassword) => text(el.shadowRoot!.querySelector('[aria-live=polite]'));
/** The summary's items, '' when there is none. */
const summary = (el: TestNewPassword) => [...el.shadowRoot!.querySelectorAll('[data-error-summary] li')].map(text).join(' | ');
const errorOf = (el: TestNewPassword, which: 'new-password' | 'repeat-password') =>
  text(input(el, which).closest('.tillit-field')!.querySelector('.tillit-error'));

async function typeInto(el: TestNewPassword, which: 'new-password' | 'repeat-password', value: string): Promise<void> {
  input(el, which).focus();
  await sendKeys({ type: value });
  await settle(el);
}

async function submit(el: TestNewPassword): Promise<void> {
  el.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await settle(el);
  await nextFrame();
}

describe('new-password fields', () => {
  it('are two labelled new-password inputs in a real form, the rules in the first one’s description, axe clean', async () => {
    const el = await mount();
    const form = el.querySelector('[data-tillit-light] form')!;
    const [first, second] = [input(el, 'new-password'), input(el, 'repeat-password')];
    expect(first.form).to.equal(form);
    expect(second.form).to.equal(form);
    expect([first.autocomplete, second.autocomplete]).to.deep.equal(['new-password', 'new-password']);
    expect([first.type, second.type]).to.deep.equal(['password', 'password']);
    expect(text(el.querySelector(`label[for="${first.id}"]`))).to.equal('New password');
    expect(text(el.querySelector(`label[for="${second.id}"]`))).to.equal('Confirm new password');
    const described = el.querySelector(`#${first.getAttribute('aria-describedby')!.split(' ')[0]}`)!;
    expect(text(described)).to.equal(
      'Rules for your new password Has 10 to 128 characters, not yet Is not one character repeated, not yet ' +
        'Avoid common passwords and passwords you use on other sites.',
    );
    expect(rules(el)).to.deep.equal(['length:open', 'notRepeated:open']);
    await expect(el).to.be.accessible();
  });

  it('ticks the rules as the user types and says so politely, never an error before submit', async () => {
    const el = await mount();
    await typeInto(el, 'new-password', 'a');
    expect(rules(el)).to.deep.equal(['length:open', 'notRepeated:open']);
    await typeInto(el, 'new-password', 'b');
    expect(rules(el)).to.deep.equal(['length:open', 'notRepeated:met']);
    await waitUntil(() => live(el) === 'Done: Is not one character repeated', `announced: ${live(el)}`);
    await typeInto(el, 'new-password', 'cdefghij');
    expect(rules(el)).to.deep.equal(['length:met', 'notRepeated:met']);
    await waitUntil(() => live(el) === 'Done: Has 10 to 128 characters', `announced: ${live(el)}`);
    expect(input(el, 'new-password').closest('.tillit-field')!.querySelector('[data-met]')).to.not.equal(null);
    await sendKeys({ press: 'Backspace' });
    await settle(el);
    await waitUntil(() => live(el) === 'Not done any more: Has 10 to 128 characters', `announced: ${live(el)}`);
    input(el, 'repeat-password').focus();
    input(el, 'new-password').focus();
    await settle(el);
    expect(summary(el), 'nothing checked on blur').to.equal('');
    expect(input(el, 'new-password').hasAttribute('aria-invalid')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('shows what is wrong on submit, in the summary and on the fields, and keeps what was typed', async () => {
    const el = await mount();
    await typeInto(el, 'new-password', 'short');
    await submit(el);
    expect(summary(el)).to.equal('Enter a password with at least 10 characters | Enter the new password again');
    expect(errorOf(el, 'new-password')).to.equal('Error: Enter a password with at least 10 characters');
    expect(input(el, 'new-password').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'new-password').value).to.equal('short');
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[data-error-summary]'));
    await expect(el).to.be.accessible();
  });

  it('says the repeat does not match on submit, and accepts a matching pair', async () => {
    const el = await mount();
    await typeInto(el, 'new-password', 'correct horse battery');
    await typeInto(el, 'repeat-password', 'correct horse batery');
    expect(summary(el), 'no mismatch while typing').to.equal('');
    await submit(el);
    expect(errorOf(el, 'repeat-password')).to.equal('Error: The passwords do not match. Enter the same new password in both fields');
    expect(errorOf(el, 'new-password')).to.equal('');
    input(el, 'repeat-password').select();
    await typeInto(el, 'repeat-password', 'correct horse battery');
    await submit(el);
    expect(el.accepted).to.deep.equal(['correct horse battery']);
    expect(summary(el)).to.equal('');
    expect([input(el, 'new-password').value, input(el, 'repeat-password').value], 'cleared after the step').to.deep.equal(['', '']);
  });

  it('refuses one character repeated, and the account’s e-mail name or phone number', async () => {
    const el = await mount({ identifiers: ['alva.berg@example.com', '+46731112233'] });
    expect(rules(el)).to.deep.equal(['length:open', 'notRepeated:open', 'notIdentifier:open']);
    await typeInto(el, 'new-password', 'aaaaaaaaaaaa');
    await submit(el);
    expect(errorOf(el, 'new-password')).to.equal('Error: Choose a password that is not one character repeated');
    input(el, 'new-password').select();
    await typeInto(el, 'new-password', 'my 0731112233 pin');
    expect(rules(el)).to.deep.equal(['length:met', 'notRepeated:met', 'notIdentifier:open']);
    await submit(el);
    expect(errorOf(el, 'new-password')).to.equal(
      'Error: Choose a password that does not contain the name in your email address or your phone number',
    );
  });

  it('shows and hides each password, says so, and hides them again on submit', async () => {
    const el = await mount();
    await typeInto(el, 'new-password', 'correct horse battery');
    const [showFirst, showSecond] = el.querySelectorAll<HTMLButtonElement>('.tillit-reveal');
    showFirst!.click();
    await settle(el);
    expect(input(el, 'new-password').type).to.equal('text');
    expect(input(el, 'repeat-password').type).to.equal('password');
    expect(showFirst!.getAttribute('aria-pressed')).to.equal('true');
    expect(showFirst!.getAttribute('aria-controls')).to.equal(input(el, 'new-password').id);
    await waitUntil(() => live(el) === 'Your password is shown', 'announced');
    showSecond!.click();
    await settle(el);
    expect(input(el, 'repeat-password').type).to.equal('text');
    await submit(el);
    expect([input(el, 'new-password').type, input(el, 'repeat-password').type]).to.deep.equal(['password', 'password']);
  });

  it('says Caps Lock is on under the field being typed in', async () => {
    const el = await mount();
    const repeat = input(el, 'repeat-password');
    repeat.focus();
    repeat.dispatchEvent(new KeyboardEvent('keydown', { key: 'A', bubbles: true, composed: true, modifierCapsLock: true }));
    await settle(el);
    const notice = repeat.closest('.tillit-field')!.querySelector('.tillit-notice');
    expect(text(notice)).to.equal('Caps Lock is on');
    expect(repeat.getAttribute('aria-describedby')).to.contain(notice!.id);
    expect(input(el, 'new-password').closest('.tillit-field')!.querySelector('.tillit-notice')).to.equal(null);
  });

  it('puts a backend refusal on the new password field', async () => {
    const el = await mount();
    await typeInto(el, 'new-password', 'password1234');
    await typeInto(el, 'repeat-password', 'password1234');
    el.refusal = { code: 'password_too_weak', fields: [{ path: 'newPassword', code: 'not_allowed' }] };
    await submit(el);
    await waitUntil(() => errorOf(el, 'new-password').startsWith('Error: Choose a stronger password'), errorOf(el, 'new-password'));
    el.refusal = { code: 'validation_failed', fields: [{ path: 'newPassword', code: 'too_short' }] };
    await submit(el);
    await waitUntil(() => errorOf(el, 'new-password') === 'Error: Enter a password with at least 10 characters', errorOf(el, 'new-password'));
    expect(input(el, 'new-password').value, 'kept').to.equal('password1234');
  });

  it('reads what a password manager filled in without an input event', async () => {
    const el = await mount({ username: 'alva@example.com' });
    const user = el.querySelector<HTMLInputElement>('input[autocomplete=username]')!;
    expect(user.value).to.equal('alva@example.com');
    expect(user.hidden).to.equal(true);
    input(el, 'new-password').value = 'generated-Xy7#kL9pQ2';
    input(el, 'repeat-password').value = 'generated-Xy7#kL9pQ2';
    await submit(el);
    expect(el.accepted).to.deep.equal(['generated-Xy7#kL9pQ2']);
  });

  it('speaks Swedish and Norwegian', async () => {
    const el = await mount({ lang: 'sv' });
    expect(text(el.querySelector(`label[for="${input(el, 'new-password').id}"]`))).to.equal('Nytt lösenord');
    expect(text(el.querySelector('.tillit-rule'))).to.equal('Har 10 till 128 tecken, inte än');
    await submit(el);
    expect(summary(el)).to.equal('Ange ett nytt lösenord | Ange det nya lösenordet igen');
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'nb');
    await waitUntil(() => text(el.querySelector(`label[for="${input(el, 'repeat-password').id}"]`)) === 'Bekreft nytt passord', 'nb');
    await settle(el);
    expect(summary(el), 're-worded').to.equal('Skriv inn et nytt passord | Skriv inn det nye passordet igjen');
    await expect(el).to.be.accessible();
  });
});
