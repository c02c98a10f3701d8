import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeWord, splitPhrase, spreadWords } from '../../../src/elements/shared/recovery-phrase.js';

const phrase = 'abandon ability able about above absent absorb abstract absurd abuse access accident'.split(' ');
const all = [...Array(12).keys()];
const empty = (n: number) => Array<string>(n).fill('');

describe('normalizeWord', () => {
  it('trims, lower-cases, applies NFKC and drops inner white space', () => {
    assert.equal(normalizeWord('  Abandon \n'), 'abandon');
    assert.equal(normalizeWord('ＡＢＬＥ'), 'able', 'full-width letters');
    assert.equal(normalizeWord('ﬁnd'), 'find', 'a ligature');
    assert.equal(normalizeWord('ab\u00a0out'), 'about');
    assert.equal(normalizeWord('Écrou'), 'écrou');
  });
});

describe('splitPhrase', () => {
  it('splits on any white space, lower-cased', () => {
    assert.deepEqual(splitPhrase(' Abandon\tABILITY\n\nable\u00a0about  '), ['abandon', 'ability', 'able', 'about']);
    assert.deepEqual(splitPhrase(''), []);
    assert.deepEqual(splitPhrase('   '), []);
  });

  it('drops list numbering copied with the words', () => {
    assert.deepEqual(splitPhrase('1. abandon 2. ability 3) able 4:about'), ['abandon', 'ability', 'able', 'about']);
    const grid = phrase.map((w, i) => `${i + 1} ${w}`).join('\n');
    assert.deepEqual(splitPhrase(grid, 12), phrase);
    assert.deepEqual(splitPhrase('7 abandon', 12), ['7', 'abandon'], 'bare numbers stay unless dropping them gives the phrase');
  });
});

describe('spreadWords', () => {
  it('puts a whole phrase into every box by position, wherever it was pasted', () => {
    assert.deepEqual(spreadWords(empty(12), 5, phrase, all, 12), { words: phrase, focus: 11 });
  });

  it('takes only the asked words out of a whole phrase (words 3, 7 and 10)', () => {
    assert.deepEqual(spreadWords(empty(3), 1, phrase, [2, 6, 9], 12), { words: ['able', 'absorb', 'abuse'], focus: 2 });
  });

  it('fills a few words from the box they arrived in, keeping the others, dropping what does not fit', () => {
    const current = ['abandon', '', '', '', '', '', '', '', '', '', '', 'accident'];
    const { words, focus } = spreadWords(current, 1, ['ability', 'able', 'about'], all, 12);
    assert.deepEqual(words.slice(0, 5), ['abandon', 'ability', 'able', 'about', '']);
    assert.equal(words[11], 'accident');
    assert.equal(focus, 4, 'the box after the last filled');
    assert.deepEqual(spreadWords(empty(3), 2, ['x', 'y', 'z'], [0, 1, 2], 12), { words: ['', '', 'x'], focus: 2 });
  });
});
