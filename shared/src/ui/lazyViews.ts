// Views loaded when first shown, made once per key and forgotten on request, so that a view whose code failed to load
// (no network, or a chunk gone after a deploy) is fetched anew when the user tries again.
import { type ComponentType, lazy, type LazyExoticComponent } from 'react';

export interface LazyViews<K, P> {
  /** The lazily loaded component for `key`, the same one each time until forgotten. */
  get(key: K): LazyExoticComponent<ComponentType<P>>;
  /** Forgets the component for `key`: the next `get` loads its code again. */
  forget(key: K): void;
}

export function lazyViews<K, P>(load: (key: K) => Promise<ComponentType<P>>): LazyViews<K, P> {
  const made = new Map<K, LazyExoticComponent<ComponentType<P>>>();
  return {
    get(key) {
      let view = made.get(key);
      if (!view) {
        view = lazy(() => load(key).then((component) => ({ default: component })));
        made.set(key, view);
      }
      return view;
    },
    forget(key) {
      made.delete(key);
    },
  };
}
