import { defineMessages } from './define.js';
import { plural } from './format/plural.js';

/**
 * The `recoveryPhrase` section: the word boxes for entering a recovery phrase (restoring an authenticator with all
 * 12 words, proving a new phrase was saved with some of them). Its own chunks per language: a page that only signs
 * in never shows it.
 */
const en = {
  legend: 'Your recovery phrase',
  /** All the words, in order. */
  hint: (p: { count: number }) => `Enter the ${p.count} words in order. You can paste the whole phrase into the first box.`,
  /** Some of the words, by their position. */
  someHint: (p: { list: string }) => `Enter words ${p.list} of your recovery phrase. You can also paste the whole phrase.`,
  /** Each box's name: "Word 3 of 12". */
  wordLabel: (p: { position: number; total: number }) => `Word ${p.position} of ${p.total}`,
  /** On submit, for the boxes left empty; `list`: "3, 5 and 7". */
  missing: (p: { count: number; list: string }) => `Enter ${plural('en', p.count, { one: 'word', other: 'words' })} ${p.list}`,
  /** More than three boxes left empty: the list would be too long to read. */
  missingMany: (p: { count: number }) => `Enter the ${p.count} missing words`,
  allMissing: (p: { count: number }) => `Enter the ${p.count} words of your recovery phrase`,
  /** Announced after a paste spread words over the boxes. */
  filled: (p: { count: number }) => `${p.count} ${plural('en', p.count, { one: 'word', other: 'words' })} filled in`,
};

export type RecoveryPhraseMessages = typeof en;

export const recoveryPhraseMessages = defineMessages({
  en,
  sv: () => import('./recovery-phrase.sv.js').then((m) => m.recoveryPhrase),
  nb: () => import('./recovery-phrase.nb.js').then((m) => m.recoveryPhrase),
});

declare module './types.js' {
  interface MessageSections {
    recoveryPhrase: RecoveryPhraseMessages;
  }
}
