// The library cache in IndexedDB (idb-keyval), one entry per municipality.
import { createStore, get, set } from 'idb-keyval';

import type { Library } from './library';
import type { LibraryCache } from './libraryStore';

let store: ReturnType<typeof createStore> | undefined;

/** Opened on first use; a browser without IndexedDB (private modes) simply has no cache. */
export const idbLibraryCache: LibraryCache = {
  get: (key) => get<Library>(key, (store ??= createStore('koberollen', 'library'))),
  set: (key, library) => set(key, library, (store ??= createStore('koberollen', 'library'))),
};
