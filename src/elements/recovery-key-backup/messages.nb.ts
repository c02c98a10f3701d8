import type { RecoveryKeyBackupMessages } from './messages.js';

export const recoveryKeyBackup: RecoveryKeyBackupMessages = {
  title: 'Gjenopprettingsfrase',
  startTitle: 'Lagre en gjenopprettingsfrase',
  startIntro:
    'En gjenopprettingsfrase er 12 ord som lar deg gjenopprette autentiseringsappen hvis du mister telefonen, uten å vente på en gjennomgang. Først sjekker vi at det er deg.',
  issuing: 'Lager gjenopprettingsfrasen din …',
  showTitle: 'Skriv ned gjenopprettingsfrasen din',
  onlyOnce: 'Dette er eneste gang vi viser den.',
  notKept: 'Vi tar ikke vare på noen kopi, så vi kan ikke vise den til deg igjen.',
  storeOffline:
    'Oppbevar den frakoblet, på papir, eller kryptert. Aldri i et skjermbilde, et notat i skyen, en e-post eller en chat.',
  phraseLabel: 'Gjenopprettingsfrasen din, 12 ord i rekkefølge',
  qrLabel: 'Gjenopprettingsfrasen din som QR-kode',
  qrHint: 'For å holde den frakoblet: skriv ut QR-koden, eller skann den med en enhet som aldri er på nett.',
  copy: 'Kopier',
  copied: 'Gjenopprettingsfrasen ble kopiert. Lim den inn et sted uten nett, og tøm deretter utklippstavlen.',
  copyFailed: 'Den kunne ikke kopieres. Skriv ned ordene i stedet.',
  download: 'Last ned som tekstfil',
  downloaded: 'Gjenopprettingsfrasen ble lastet ned. Flytt filen til et sted uten nett.',
  fileName: 'gjenopprettingsfrase.txt',
  fileTitle: 'Gjenopprettingsfrase',
  print: 'Skriv ut',
  written: 'Jeg har skrevet den ned',
  proveTitle: 'Sjekk gjenopprettingsfrasen din',
  proveIntro: 'Skriv inn disse ordene fra gjenopprettingsfrasen, for å vise at du har lagret den.',
  wordWrong: (p) => `Ord ${p.position} stemmer ikke med gjenopprettingsfrasen. Sjekk det du skrev ned`,
  wrongWords: 'Ordene stemmer ikke med gjenopprettingsfrasen. Sjekk det du skrev ned, og prøv igjen.',
  backToPhrase: 'Vis gjenopprettingsfrasen igjen',
  confirming: 'Sjekker …',
  expired: 'Denne gjenopprettingsfrasen kan ikke lenger bekreftes. Start på nytt for å få en ny.',
  startAgain: 'Start på nytt',
  leaveTitle: 'Gjenopprettingsfrasen din er ikke lagret ennå',
  leaveIntro:
    'Hvis du går nå, virker ikke frasen, og du trenger en ny. Autentiseringsappen din forblir som den er.',
  leave: 'Gå uten å lagre',
  stay: 'Tilbake til frasen',
  doneTitle: 'Gjenopprettingsfrasen din er lagret',
  doneIntro:
    'Oppbevar den trygt og frakoblet. Hvis du mister telefonen, kan du gjenopprette autentiseringsappen med den, uten å vente på en gjennomgang.',
};
