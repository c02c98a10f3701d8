import type { RecoveryPhraseMessages } from './recovery-phrase.js';

export const recoveryPhrase: RecoveryPhraseMessages = {
  legend: 'Gjenopprettingsfrasen din',
  hint: (p) => `Skriv inn de ${p.count} ordene i riktig rekkefølge. Du kan lime inn hele frasen i den første ruten.`,
  someHint: (p) => `Skriv inn ord ${p.list} i gjenopprettingsfrasen din. Du kan også lime inn hele frasen.`,
  wordLabel: (p) => `Ord ${p.position} av ${p.total}`,
  missing: (p) => `Skriv inn ord ${p.list}`,
  missingMany: (p) => `Skriv inn de ${p.count} ordene som mangler`,
  allMissing: (p) => `Skriv inn de ${p.count} ordene i gjenopprettingsfrasen din`,
  filled: (p) => `${p.count} ord er fylt inn`,
};
