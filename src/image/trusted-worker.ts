/**
 * Creates our own image worker, also on pages that enforce Trusted Types (`require-trusted-types-for
 * 'script'`), where `new Worker(url)` only takes a TrustedScriptURL.
 *
 * The `tillit` policy is created on first use and converts exactly one string: the URL of our worker file, as
 * computed at the single `new Worker(new URL(...))` below. A host allows it with `trusted-types lit-html tillit`.
 * When the host's policy does not name `tillit`, creating it fails, the plain URL is refused too, the
 * constructor throws and `prepareImage` runs on the main thread instead.
 */

interface TrustedTypePolicyLike {
  createScriptURL(input: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createScriptURL(input: string): string }): TrustedTypePolicyLike;
}

/** undefined: not tried yet; null: the page does not allow a `tillit` policy. */
let policy: TrustedTypePolicyLike | null | undefined;
let ownWorkerHref: string | undefined;

function trustedWorkerUrl(url: URL): unknown {
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!trustedTypes) return url;
  if (policy === undefined) {
    try {
      policy = trustedTypes.createPolicy('tillit', {
        createScriptURL(input) {
          if (input !== ownWorkerHref) throw new TypeError('The tillit Trusted Types policy only allows the tillit image worker.');
          return input;
        },
      });
    } catch {
      policy = null;
    }
  }
  ownWorkerHref = url.href;
  return policy ? policy.createScriptURL(url.href) : url;
}

/**
 * Shadows the global `Worker` in this module on purpose, so the call below keeps the literal
 * `new Worker(new URL('./x', import.meta.url), { type: 'module' })` that bundlers look for: Vite finds it by
 * its text and bundles the worker as a chunk of its own; webpack sees a local binding and handles the
 * `new URL(...)` alone, copying the (self-contained) worker file as an asset. Both hand us the final URL here.
 * For the name to survive the build, no module bundled with this one may use the bare global `Worker` (rollup
 * would rename this one to avoid the clash): they write `globalThis.Worker`. terser keeps the name
 * (rollup.config.mjs), and test/node/image/bundlers.test.ts checks the published file says `new Worker(new URL(`.
 */
const Worker = function TrustedWorker(url: URL, options: WorkerOptions) {
  return new globalThis.Worker(trustedWorkerUrl(url) as string | URL, options);
} as unknown as new (url: URL, options: WorkerOptions) => globalThis.Worker;

export function createOwnImageWorker(): globalThis.Worker {
  return new Worker(new URL('./image-worker.ts', import.meta.url), { type: 'module', name: 'tillit-image' });
}
