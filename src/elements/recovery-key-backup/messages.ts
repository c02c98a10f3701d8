import { defineMessages } from '../../i18n/define.js';

/**
 * The `<recovery-key-backup>` section, English (bundled). The step-up is the shared `stepUp` section (with `code`
 * for its code factors). Swedish and Norwegian load on first use.
 */
const en = {
  title: 'Recovery phrase',
  startTitle: 'Save a recovery phrase',
  startIntro:
    'A recovery phrase is 12 words that let you restore your authenticator app if you lose your phone, without waiting for a review. First we check that it is you.',
  issuing: 'Creating your recovery phrase…',
  showTitle: 'Write down your recovery phrase',
  onlyOnce: 'This is the only time we show it.',
  notKept: 'We do not keep a copy, so we cannot show it to you again.',
  storeOffline:
    'Store it offline, on paper, or encrypted. Never in a screenshot, a cloud note, an email or a chat.',
  phraseLabel: 'Your recovery phrase, 12 words in order',
  qrLabel: 'Your recovery phrase as a QR code',
  qrHint: 'To keep it offline: print this QR code, or scan it with a device that is never online.',
  copy: 'Copy',
  copied: 'The recovery phrase was copied. Paste it somewhere offline, then clear your clipboard.',
  copyFailed: 'It could not be copied. Write the words down instead.',
  download: 'Download as a text file',
  downloaded: 'The recovery phrase was downloaded. Move the file somewhere offline.',
  fileName: 'recovery-phrase.txt',
  fileTitle: 'Recovery phrase',
  print: 'Print',
  written: 'I have written it down',
  proveTitle: 'Check your recovery phrase',
  proveIntro: 'Enter these words from your recovery phrase, to show that you have saved it.',
  wordWrong: (p: { position: number }) => `Word ${p.position} does not match your recovery phrase. Check what you wrote down`,
  wrongWords: 'The words do not match your recovery phrase. Check what you wrote down and try again.',
  backToPhrase: 'Show my recovery phrase again',
  confirming: 'Checking…',
  expired: 'This recovery phrase can no longer be confirmed. Start again to get a new one.',
  startAgain: 'Start again',
  leaveTitle: 'Your recovery phrase is not saved yet',
  leaveIntro:
    'If you leave now, this phrase will not work and you will need a new one. Your authenticator app stays as it is.',
  leave: 'Leave without saving',
  stay: 'Go back to my phrase',
  doneTitle: 'Your recovery phrase is saved',
  doneIntro:
    'Keep it safe and offline. If you lose your phone, it lets you restore your authenticator app without waiting for a review.',
};

export type RecoveryKeyBackupMessages = typeof en;

export const recoveryKeyBackupMessages = defineMessages({
  en,
  sv: () => import('./messages.sv.js').then((m) => m.recoveryKeyBackup),
  nb: () => import('./messages.nb.js').then((m) => m.recoveryKeyBackup),
});

declare module '../../i18n/types.js' {
  interface MessageSections {
    recoveryKeyBackup: RecoveryKeyBackupMessages;
  }
}
