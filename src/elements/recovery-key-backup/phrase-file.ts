/** The words numbered one per line ("1. apple"), as the text file and the clipboard carry them. */
export function numberedWords(words: readonly string[]): string {
  return words.map((word, i) => `${i + 1}. ${word}`).join('\n');
}

/**
 * Saves `text` as a file through a Blob URL and a download link: no request, nothing `eval`ed or injected, so it
 * works under a strict CSP. The URL is revoked at once after the click (the download has its own copy).
 */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
