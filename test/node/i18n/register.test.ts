import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { coreMessages } from '../../../src/i18n/core.js';
import { cachedMessages, loadMessages } from '../../../src/i18n/define.js';
import { matchLocale } from '../../../src/i18n/locale.js';
import { onMessagesRegistered, registerMessages } from '../../../src/i18n/register.js';
import { codeMessages } from '../../../src/i18n/code.js';

describe('registerMessages', () => {
  it('adds a language: matched from its tags, missing messages from English', async () => {
    registerMessages('de', { common: { errorSummaryTitle: 'Es gibt ein Problem' }, code: { label: 'Bestätigungscode' } });
    assert.equal(matchLocale('de'), 'de');
    assert.equal(matchLocale('de-AT'), 'de');
    assert.equal(matchLocale('DE_ch'), 'de');
    const t = await loadMessages({ ...coreMessages, code: codeMessages }, 'de');
    assert.equal(t.common.errorSummaryTitle, 'Es gibt ein Problem');
    assert.equal(t.code.label, 'Bestätigungscode');
    assert.equal(t.code.hint, codeMessages.en.hint, 'what the host left out is English');
    assert.equal(cachedMessages({ code: codeMessages }, 'de')!.code.label, 'Bestätigungscode', 'ready at once, no chunk to load');
  });

  it('prefers a registered region tag to its language, and leaves unregistered ones to the shipped locales', () => {
    registerMessages('pt-BR', { common: { cancel: 'Cancelar' } });
    assert.equal(matchLocale('pt-br'), 'pt-BR');
    assert.equal(matchLocale('pt-PT'), 'en');
    assert.equal(matchLocale('sv-FI'), 'sv');
    assert.equal(matchLocale('nn'), 'nb');
    assert.equal(matchLocale('fr'), 'en');
  });

  it('changes messages of a shipped language on top of its translation, later calls adding up', async () => {
    registerMessages('sv', { code: { label: 'Engångskod' } });
    registerMessages('sv', { code: { verify: 'Bekräfta' } });
    const { code } = await loadMessages({ code: codeMessages }, 'sv');
    assert.equal(code.label, 'Engångskod');
    assert.equal(code.verify, 'Bekräfta');
    assert.equal(code.hint, 'Den sexsiffriga koden', 'the rest stays Swedish');
    assert.equal(matchLocale('sv-SE'), 'sv');
  });

  it('tells subscribers (elements on the page) so they re-render, and refuses a tag that is not BCP 47', () => {
    let calls = 0;
    const off = onMessagesRegistered(() => (calls += 1));
    registerMessages('en', { code: { label: 'One-time code' } });
    off();
    registerMessages('en', { code: { label: 'Code' } });
    assert.equal(calls, 1);
    assert.throws(() => registerMessages('not a tag!', {}), RangeError);
  });

  it('keeps one registry for every copy of tillit on the page', () => {
    const registry = (globalThis as Record<symbol, { locales: Map<string, unknown> }>)[Symbol.for('tillit.messages')];
    assert.ok(registry?.locales.has('de'));
  });
});
