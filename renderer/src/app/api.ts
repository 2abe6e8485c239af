/** The renderer's handle on `window.api` and how its failures read. */
import type { PrecedentApi } from '../../../shared/api/contract';

/** The typed API; every call resolves with a value or throws an Error whose message is `zh / en`. */
export function api(): PrecedentApi {
  return window.api;
}

/** The message of an API failure, as the UI shows it. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The key under which a note on a unit is kept in memory. */
export function noteKey(docId: string, unitId: string): string {
  return `${docId}\u0000${unitId}`;
}
