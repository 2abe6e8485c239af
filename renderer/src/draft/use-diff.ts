/** Hook: the word diff of a draft measure against its chosen precedent, computed in a worker. */
import { useEffect, useRef, useState } from 'react';
import type { DiffOp } from '../../../shared/model/comparison';
import type { NumberedText } from '../../../shared/engine/diff/numbering';
import { fallbackNote } from '../../../shared/engine/diff/diff-limits';
import { defaultDiffOptions } from '../../../shared/api/views';
import type { DiffRequest, DiffResponse } from './diff-worker';

/** The diff state: not asked, in progress, or done. */
export type DiffState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'done'; readonly ops: readonly DiffOp[]; readonly coarse: boolean; readonly fallbackNote: string | null };

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, (r: DiffResponse) => void>();

function diffWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./diff-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<DiffResponse>) => {
      waiting.get(e.data.id)?.(e.data);
      waiting.delete(e.data.id);
    };
  }
  return worker;
}

/** Diffs `other` against `base` (their numbers left out); idle while the base is missing. */
export function useDiff(base: NumberedText | null, other: NumberedText): DiffState {
  const [state, setState] = useState<DiffState>({ kind: 'idle' });
  const latest = useRef(0);
  const [baseText, baseLabel] = [base?.text ?? null, base?.label ?? ''];
  useEffect(() => {
    if (baseText === null) {
      setState({ kind: 'idle' });
      return;
    }
    const id = nextId++;
    latest.current = id;
    setState({ kind: 'pending' });
    waiting.set(id, (r) => {
      if (latest.current === id) setState({ kind: 'done', ops: r.ops, coarse: r.coarse, fallbackNote: fallbackNote(r) });
    });
    const request: DiffRequest = {
      id,
      base: { text: baseText, label: baseLabel },
      other: { text: other.text, label: other.label },
      options: defaultDiffOptions,
    };
    diffWorker().postMessage(request);
    return () => {
      waiting.delete(id);
    };
  }, [baseText, baseLabel, other.text, other.label]);
  return state;
}
