/**
 * Puts the page under a Content-Security-Policy from now on, as a host's header would: Chromium enforces a
 * `<meta http-equiv>` policy from the moment it is inserted. One policy per test file (it cannot be removed).
 */
export function enforceCsp(policy: string): void {
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = policy;
  document.head.append(meta);
}

/** Whether the page now refuses a plain string where a TrustedScriptURL is required. */
export function trustedTypesEnforced(): boolean {
  try {
    new Worker('data:text/javascript,', { type: 'module' }).terminate();
    return false;
  } catch (error) {
    return error instanceof TypeError;
  }
}
