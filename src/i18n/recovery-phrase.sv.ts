import type { RecoveryPhraseMessages } from './recovery-phrase.js';

export const recoveryPhrase: RecoveryPhraseMessages = {
  legend: 'Din återställningsfras',
  hint: (p) => `Ange de ${p.count} orden i rätt ordning. Du kan klistra in hela frasen i den första rutan.`,
  someHint: (p) => `Ange ord ${p.list} i din återställningsfras. Du kan också klistra in hela frasen.`,
  wordLabel: (p) => `Ord ${p.position} av ${p.total}`,
  missing: (p) => `Ange ord ${p.list}`,
  missingMany: (p) => `Ange de ${p.count} ord som saknas`,
  allMissing: (p) => `Ange de ${p.count} orden i din återställningsfras`,
  filled: (p) => `${p.count} ord har fyllts i`,
};
