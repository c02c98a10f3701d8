/** The contract runtime, loaded once on first use and shared by every client on the page. */
export type ContractRuntime = typeof import('./contract-runtime.js');

let loading: Promise<ContractRuntime> | undefined;

export function loadContract(): Promise<ContractRuntime> {
  loading ??= import('./contract-runtime.js').catch((error: unknown) => {
    loading = undefined; // a failed chunk load (offline) may succeed on the next call
    throw error;
  });
  return loading;
}
