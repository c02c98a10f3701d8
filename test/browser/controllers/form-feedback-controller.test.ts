import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement } from 'lit';
import { showBackendFieldErrors } from '../../../src/controllers/backend-field-errors.js';
import { FormFeedbackController } from '../../../src/controllers/form-feedback-controller.js';
import { LightDomController } from '../../../src/controllers/light-dom-controller.js';
import { LocalizeController } from '../../../src/controllers/localize-controller.js';
import { defineElement } from '../../../src/elements/define-element.js';
import { errorSummary } from '../../../src/elements/shared/error-summary.js';
import { fieldStyles } from '../../../src/elements/shared/field-styles.js';

type Field = 'name' | 'secret';

/** A form with two light-DOM inputs, a shadow heading, the summary and the live region: nothing else. */
class FeedbackHost extends LitElement {
  showSecret = true;
  readonly i18n = new LocalizeController(this);
  readonly light: LightDomController = new LightDomController(this, {
    styles: [fieldStyles],
    render: () => html`<form id=${this.feedback.ids.form}>
      <label for=${this.feedback.ids.name}>Name</label>
      <input id=${this.feedback.ids.name} .value=${this.feedback.value('name')} />
      ${this.showSecret
        ? html`<label for=${this.feedback.ids.secret}>Secret</label><input id=${this.feedback.ids.secret} .value=${this.feedback.value('secret')} />`
        : ''}
    </form>`,
  });
  readonly feedback: FormFeedbackController<Field> = new FormFeedbackController<Field>(this, {
    name: 'test',
    fields: ['name', 'secret'],
    root: () => this.light.root,
    words: this.i18n,
  });
  override render() {
    return html`<div role="heading" aria-level="2" tabindex="-1" data-tillit-heading>Heading</div>
      ${errorSummary({ id: 's', title: 'There is a problem', items: this.feedback.summary(), level: 3, activate: (id) => this.feedback.focusControl(id) })}
      <slot></slot>
      <div role="status">${this.feedback.announcement}</div>`;
  }
}
defineElement('feedback-host', FeedbackHost);

async function host(): Promise<FeedbackHost> {
  const el = await fixture<FeedbackHost>(html`<feedback-host lang="en"></feedback-host>`);
  await settle(el);
  return el;
}

async function settle(el: FeedbackHost): Promise<void> {
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}

const summaryText = (el: FeedbackHost) => el.shadowRoot!.querySelector('[data-error-summary]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('FormFeedbackController', () => {
  it('gives every instance its own ids', async () => {
    const [a, b] = [await host(), await host()];
    expect(a.feedback.ids.name).to.not.equal(b.feedback.ids.name);
    expect(a.feedback.ids.form).to.match(/^tillit-test-\d+-form$/);
    expect(a.querySelector(`#${a.feedback.ids.name}`)).to.not.equal(null);
  });

  it('reads what a password manager filled in without an input event', async () => {
    const el = await host();
    el.querySelector<HTMLInputElement>(`#${el.feedback.ids.secret}`)!.value = 'autofilled';
    expect(el.feedback.value('secret')).to.equal('');
    el.feedback.readFields('name', 'secret');
    expect(el.feedback.value('secret')).to.equal('autofilled');
  });

  it('empties a field on screen too, even one that was filled without an input event', async () => {
    const el = await host();
    const input = el.querySelector<HTMLInputElement>(`#${el.feedback.ids.secret}`)!;
    input.value = 'autofilled';
    el.feedback.clear('secret');
    await settle(el);
    expect(input.value).to.equal('');
  });

  it('lists the alert first, then field errors in the form’s order, and focuses the summary', async () => {
    const el = await host();
    el.feedback.showFieldErrors({ secret: () => 'Enter the secret', name: () => 'Enter your name' });
    await settle(el);
    const items = [...el.shadowRoot!.querySelectorAll('[data-error-summary] li')].map((li) => li.textContent);
    expect(items).to.deep.equal(['Enter your name', 'Enter the secret']);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[data-error-summary]'));
    el.feedback.showAlert(() => 'Something else', 'name');
    await settle(el);
    expect(summaryText(el)).to.equal('There is a problem Something else');
    expect(el.feedback.error('name'), 'an alert replaces the field errors').to.equal(undefined);
  });

  it('resolves a summary link when it is followed, so a field rendered after the summary is reached', async () => {
    const el = await host();
    el.showSecret = false;
    el.feedback.showFieldErrors({ secret: () => 'Enter the secret' });
    await settle(el);
    expect(el.querySelector(`#${el.feedback.ids.secret}`)).to.equal(null);
    el.showSecret = true;
    el.requestUpdate();
    await settle(el);
    el.shadowRoot!.querySelector<HTMLAnchorElement>('[data-error-summary] a')!.click();
    expect(document.activeElement).to.equal(el.querySelector(`#${el.feedback.ids.secret}`));
  });

  it('re-words errors and announcements on every render (a language switch, a ticking count)', async () => {
    const el = await host();
    let n = 1;
    el.feedback.showFieldErrors({ name: () => `Wait ${n} sec` });
    el.feedback.announce(() => `Said ${n}`);
    await settle(el);
    n = 2;
    el.requestUpdate();
    await settle(el);
    expect(summaryText(el)).to.contain('Wait 2 sec');
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('Said 2');
  });

  it('maps a backend validation_failed onto the fields it knows, with the catalog’s field messages (showBackendFieldErrors)', async () => {
    const el = await host();
    const shown = showBackendFieldErrors(
      el.feedback,
      el.i18n,
      { code: 'validation_failed', fields: [{ path: 'profile.name', code: 'too_long' }, { path: 'secret', code: 'required' }] },
      (path) => ({ 'profile.name': 'name', secret: 'secret' })[path] as Field | undefined,
      (field, code) => (field === 'secret' && code === 'required' ? () => 'Enter the secret' : undefined),
    );
    expect(shown).to.equal(true);
    expect(el.feedback.error('name')).to.equal('Enter fewer characters');
    expect(el.feedback.error('secret')).to.equal('Enter the secret');
    await el.i18n.errorsReady();
    showBackendFieldErrors(el.feedback, el.i18n, { code: 'validation_failed', fields: [{ path: 'elsewhere', code: 'required' }] }, () => undefined);
    await settle(el);
    expect(summaryText(el), 'a path the form does not show gets the generic alert').to.contain('Some of the information you entered');
    expect(showBackendFieldErrors(el.feedback, el.i18n, { code: 'invalid_code' }, () => undefined)).to.equal(false);
  });

  it('lets the summary win over a field and a field over the heading when focus is asked for in one update', async () => {
    const el = await host();
    el.feedback.focusAfterUpdate('heading');
    el.feedback.focusAfterUpdate('name');
    await settle(el);
    expect(document.activeElement).to.equal(el.querySelector(`#${el.feedback.ids.name}`));
    el.feedback.focusAfterUpdate('summary');
    el.feedback.focusAfterUpdate('heading');
    el.feedback.showFieldErrors({ name: () => 'x' });
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('[data-error-summary]'));
  });

  it('announces the same words twice when they are said twice', async () => {
    const el = await host();
    const status = el.shadowRoot!.querySelector('[role=status]')!;
    const seen: string[] = [];
    new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { subtree: true, characterData: true, childList: true });
    el.feedback.announce(() => 'Sent');
    await settle(el);
    el.feedback.announce(() => 'Sent');
    await settle(el);
    expect(seen.filter((t) => t === 'Sent')).to.have.length(2);
  });
});
