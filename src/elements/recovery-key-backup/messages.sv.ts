import type { RecoveryKeyBackupMessages } from './messages.js';

export const recoveryKeyBackup: RecoveryKeyBackupMessages = {
  title: 'Återställningsfras',
  startTitle: 'Spara en återställningsfras',
  startIntro:
    'En återställningsfras är 12 ord som låter dig återställa din autentiseringsapp om du tappar bort telefonen, utan att vänta på en granskning. Först kontrollerar vi att det är du.',
  issuing: 'Skapar din återställningsfras …',
  showTitle: 'Skriv ner din återställningsfras',
  onlyOnce: 'Det här är enda gången vi visar den.',
  notKept: 'Vi sparar ingen kopia, så vi kan inte visa den för dig igen.',
  storeOffline:
    'Förvara den offline, på papper, eller krypterad. Aldrig i en skärmbild, en molnanteckning, ett mejl eller en chatt.',
  phraseLabel: 'Din återställningsfras, 12 ord i ordning',
  qrLabel: 'Din återställningsfras som QR-kod',
  qrHint: 'För att hålla den offline: skriv ut QR-koden, eller skanna den med en enhet som aldrig är ansluten till internet.',
  copy: 'Kopiera',
  copied: 'Återställningsfrasen kopierades. Klistra in den någonstans offline och töm sedan urklippet.',
  copyFailed: 'Det gick inte att kopiera. Skriv ner orden i stället.',
  download: 'Ladda ner som textfil',
  downloaded: 'Återställningsfrasen laddades ner. Flytta filen till en plats offline.',
  fileName: 'aterstallningsfras.txt',
  fileTitle: 'Återställningsfras',
  print: 'Skriv ut',
  written: 'Jag har skrivit ner den',
  proveTitle: 'Kontrollera din återställningsfras',
  proveIntro: 'Ange de här orden ur din återställningsfras för att visa att du har sparat den.',
  wordWrong: (p) => `Ord ${p.position} stämmer inte med din återställningsfras. Kontrollera det du skrev ner`,
  wrongWords: 'Orden stämmer inte med din återställningsfras. Kontrollera det du skrev ner och försök igen.',
  backToPhrase: 'Visa min återställningsfras igen',
  confirming: 'Kontrollerar …',
  expired: 'Den här återställningsfrasen kan inte längre bekräftas. Börja om för att få en ny.',
  startAgain: 'Börja om',
  leaveTitle: 'Din återställningsfras är inte sparad än',
  leaveIntro:
    'Om du lämnar nu fungerar inte frasen och du behöver en ny. Din autentiseringsapp påverkas inte.',
  leave: 'Lämna utan att spara',
  stay: 'Tillbaka till min fras',
  doneTitle: 'Din återställningsfras är sparad',
  doneIntro:
    'Förvara den säkert och offline. Om du tappar bort telefonen kan du återställa din autentiseringsapp med den, utan att vänta på en granskning.',
};
