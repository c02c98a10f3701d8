type Library = typeof import('@simplewebauthn/browser');

/**
 * Runs one ceremony through @simplewebauthn/browser, imported now (a ceremony is starting) rather than at page
 * load. An abort of `signal` cancels the browser's prompt through the library's abort service, so the ceremony
 * fails with `ERROR_CEREMONY_ABORTED`.
 */
export async function withWebAuthnLibrary<T>(signal: AbortSignal, ceremony: (library: Library) => Promise<T>): Promise<T> {
  const library = await import('@simplewebauthn/browser');
  signal.throwIfAborted();
  const cancel = () => library.WebAuthnAbortService.cancelCeremony();
  signal.addEventListener('abort', cancel, { once: true });
  try {
    return await ceremony(library);
  } finally {
    signal.removeEventListener('abort', cancel);
  }
}
