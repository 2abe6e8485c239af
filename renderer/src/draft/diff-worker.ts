/** Web worker: word diff of a draft measure against a precedent, off the renderer's main thread. */
import { diffNumberedTexts, type NumberedText } from '../../../shared/engine/diff/numbering';
import type { DiffOp, DiffOptions } from '../../../shared/model/comparison';

/** A request: diff `other` (the draft) against `base` (the precedent). */
export interface DiffRequest {
  readonly id: number;
  readonly base: NumberedText;
  readonly other: NumberedText;
  readonly options: DiffOptions;
}

/** The answer to one request. */
export interface DiffResponse {
  readonly id: number;
  readonly ops: readonly DiffOp[];
  readonly coarse: boolean;
  readonly hitTimeout: boolean;
  readonly hitEditLimit: boolean;
}

const scope = self as unknown as { onmessage: ((e: MessageEvent<DiffRequest>) => void) | null; postMessage(message: DiffResponse): void };

scope.onmessage = (event) => {
  const { id, base, other, options } = event.data;
  const { ops, coarse, hitTimeout, hitEditLimit } = diffNumberedTexts(base, other, options);
  scope.postMessage({ id, ops, coarse, hitTimeout, hitEditLimit });
};
