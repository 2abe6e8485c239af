/**
 * A bad-input error that carries its message in Chinese and English. The CLI
 * prints `zh / en` on one line and exits 2; the API passes both to the UI.
 */
export class InputError extends Error {
  constructor(
    readonly code: string,
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
    this.name = 'InputError';
  }
}

/** True for an InputError, also one that crossed a module boundary. */
export function isInputError(error: unknown): error is InputError {
  return error instanceof Error && error.name === 'InputError' && 'zh' in error && 'en' in error;
}
