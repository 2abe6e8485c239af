/**
 * Runs one API call for a transport (IPC or HTTP): validates the argument,
 * calls the implementation and wraps the outcome in an `ApiEnvelope`. Never
 * throws: an unexpected failure becomes an 'internal' error envelope.
 */
import { channels, type ApiEnvelope, type ApiMethod, type PrecedentApi } from '../../../shared/api/contract';
import { validateArgs } from '../../../shared/api/validate';
import { isInputError } from '../../../shared/errors';

/** True when `name` is a method of the API (an own key of `channels`). */
export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(channels, name);
}

/** An error envelope the UI can show as it is. */
export function errorEnvelope(code: string, zh: string, en: string): ApiEnvelope<never> {
  return { ok: false, error: { code, zh, en } };
}

/** Validates, calls and wraps; logs unexpected errors through `log`. */
export async function invokeApi(
  api: PrecedentApi,
  method: ApiMethod,
  arg: unknown,
  log: (error: unknown) => void = () => undefined,
): Promise<ApiEnvelope<unknown>> {
  try {
    const checked = validateArgs(method, arg);
    const call = api[method] as (a: unknown) => Promise<unknown>;
    const value = await call(checked ?? undefined);
    return { ok: true, value: value ?? null };
  } catch (error) {
    if (isInputError(error)) return errorEnvelope(error.code, error.zh, error.en);
    log(error);
    const message = error instanceof Error ? error.message : String(error);
    return errorEnvelope('internal', `内部错误:${message}`, `internal error: ${message}`);
  }
}
