/** The messages between the main process and the engine worker. */

/** A call of a named service. */
export interface EngineRequest {
  readonly id: number;
  readonly name: string;
  readonly args: readonly unknown[];
}

/** An error as it crosses the thread: an InputError keeps its code and both messages. */
export type EngineError =
  | { readonly input: true; readonly code: string; readonly zh: string; readonly en: string; readonly message: string }
  | { readonly input: false; readonly message: string };

/** The answer to one request. */
export type EngineReply =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: EngineError };
