/** Hook: runs an async loader when its key changes and keeps the latest result or error. */
import { useEffect, useState } from 'react';
import { errorText } from './api';

/** What an async load is doing. */
export type AsyncState<T> =
  { readonly kind: 'loading' } | { readonly kind: 'done'; readonly value: T } | { readonly kind: 'failed'; readonly message: string };

/** Loads `load()` whenever `key` changes; stale results are dropped. */
export function useAsync<T>(key: string, load: () => Promise<T>): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    load().then(
      (value) => live && setState({ kind: 'done', value }),
      (error: unknown) => live && setState({ kind: 'failed', message: errorText(error) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
}
