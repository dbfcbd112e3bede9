// Loads data for a view of the Teams tab or the Word pane: loading, ready or failed, reloadable; a stale answer never
// overwrites a newer one.
import { useCallback, useEffect, useState } from 'react';

export type Loaded<T> =
  { state: 'loading'; data?: T } | { state: 'ready'; data: T } | { state: 'error'; error: unknown; data?: T };

export type LoadResult<T> = Loaded<T> & {
  /** Loads again. */
  reload: () => void;
  /** Changes the data loaded, e.g. with a record the user has just saved. */
  update: (change: (data: T) => T) => void;
};

/** Runs `load` whenever `key` changes (and on `reload`); keeps the previous data while the next load runs. */
export function useLoad<T>(load: () => Promise<T>, key: string): LoadResult<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let active = true;
    setResult((current) => ({ state: 'loading', data: current.data }));
    load().then(
      (data) => active && setResult({ state: 'ready', data }),
      (error: unknown) => active && setResult((current) => ({ state: 'error', error, data: current.data })),
    );
    return () => {
      active = false;
    };
    // `load` is a new function every render; `key` says when what it loads has changed.
  }, [key, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  const update = useCallback(
    (change: (data: T) => T) =>
      setResult((current) => (current.data === undefined ? current : { ...current, data: change(current.data) })),
    [],
  );
  return { ...result, reload, update };
}
