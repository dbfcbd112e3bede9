// Tells Teams (and the view benchmark) when the view on screen first has its data.
import { createContext, useContext, useLayoutEffect } from 'react';

/** The performance mark set when a view first shows its data; `npm run bench:views` reads it. */
export const FIRST_DATA_MARK = 'koberollen:first-data';

const FirstDataContext = createContext<() => void>(() => undefined);

export const FirstDataProvider = FirstDataContext.Provider;

/**
 * Reports once per mount that the view's data is on screen, when `ready` first turns true: in the commit that puts it
 * there, before the browser paints it and before any chunk that render asked for (the first chart) can have arrived.
 */
export function useReportFirstData(ready: boolean): void {
  const report = useContext(FirstDataContext);
  useLayoutEffect(() => {
    if (ready) report();
  }, [ready, report]);
}

/** Called once the first view of the visit shows its data. */
const waiting = new Set<() => void>();

/** Resolves once a view has first shown its data in this visit. */
export function whenFirstData(): Promise<void> {
  if (performance.getEntriesByName(FIRST_DATA_MARK).length > 0) return Promise.resolve();
  return new Promise((resolve) => waiting.add(resolve));
}

/** The reporter the shell provides: a performance mark each time, and `onFirst` once for the whole visit. */
export function firstDataReporter(onFirst: () => void): () => void {
  let told = false;
  return () => {
    if (performance.getEntriesByName(FIRST_DATA_MARK).length === 0) performance.mark(FIRST_DATA_MARK);
    for (const resolve of waiting) resolve();
    waiting.clear();
    if (!told) {
      told = true;
      onFirst();
    }
  };
}
