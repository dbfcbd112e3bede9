// The first view's data, asked for as soon as the session exists rather than once the view's code has loaded and
// rendered: the view then takes the answer already on its way (once), and any later load asks afresh.

const started = new Map<string, Promise<unknown>>();

/** Starts `load` now under `key`; a failure is reported to the view that takes it. */
export function startEarly(key: string, load: () => Promise<unknown>): void {
  const promise = load();
  promise.catch(() => undefined);
  started.set(key, promise);
}

/** The answer started early under `key`, once; afterwards (or without one) `load` runs. */
export function takeEarly<T>(key: string, load: () => Promise<T>): Promise<T> {
  const early = started.get(key) as Promise<T> | undefined;
  started.delete(key);
  return early ?? load();
}
