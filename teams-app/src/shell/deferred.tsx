// Parts of a view that its first data does not need (filters, actions, forms, side panels), loaded once that data is
// on screen: the view's first records wait only for the code that shows them.
import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';

import { whenFirstData } from './firstData';

/** Loads the part anyway this long after it was first rendered, e.g. when the view's data failed to load. */
const AT_THE_LATEST_MS = 1500;

const afterFirstData = () =>
  Promise.race([whenFirstData(), new Promise<void>((resolve) => setTimeout(resolve, AT_THE_LATEST_MS))]);

/**
 * A component whose code is fetched after the view's first data; until then it renders `fallback` (nothing unless
 * told), in a boundary of its own, so the view around it never waits for it. Its props are the loaded component's.
 */
export function deferred<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = null,
): ComponentType<P> {
  // A lazy component takes the props of the component it loads.
  const Part = lazy(() =>
    afterFirstData()
      .then(load)
      .then((component) => ({ default: component })),
  ) as unknown as ComponentType<P>;
  return function Deferred(props: P) {
    return (
      <Suspense fallback={fallback}>
        <Part {...props} />
      </Suspense>
    );
  };
}
