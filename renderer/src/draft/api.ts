/** The draft workspace's handle on `window.api` (installed by the preload or the e2e bridge). */
import type { PrecedentApi } from '../../../shared/api/contract';

/** The typed API object; every call resolves with a value or throws an Error whose message is `zh / en`. */
export function draftApi(): PrecedentApi {
  return (window as unknown as { readonly api: PrecedentApi }).api;
}

/** The message of an API failure, as the UI shows it. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
