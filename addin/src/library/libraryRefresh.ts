// Keeps an open pane's library current without a reload: when the pane gets focus or becomes visible, and every few
// minutes, the library is fetched again (at most once a minute) and, when clauses got new versions or were retired,
// kept, cached and announced. Without network the pane keeps the copy it has, as the offline cache's rules say.
import { useEffect, useRef, useState } from 'react';

import type { ApiClient } from '@koberollen/shared/api/client';

import { changesNotice, indexLibrary, libraryChanges } from './library';
import { fetchLibrary, type LibraryCache, type LoadedLibrary } from './libraryStore';

/** How often an open pane checks the library without being focused. */
export const REFRESH_EVERY_MS = 5 * 60_000;
/** The least time between two checks. */
export const REFRESH_AT_MOST_EVERY_MS = 60_000;

/** The library fetched again, with the notice of what changed; undefined when nothing changed or the fetch failed. */
export async function refreshLibrary(
  api: ApiClient,
  cache: LibraryCache,
  key: string,
  current: LoadedLibrary,
): Promise<{ loaded: LoadedLibrary; notice: string } | undefined> {
  const library = await fetchLibrary(api).catch(() => undefined);
  if (!library) return undefined;
  const notice = changesNotice(libraryChanges(current.library, library));
  if (!notice && current.source === 'network') return undefined;
  await cache.set(key, library).catch(() => undefined);
  const loaded: LoadedLibrary = { library, index: indexLibrary(library), source: 'network' };
  return { loaded, notice: notice ?? 'Forbindelsen er tilbage, og biblioteket er hentet igen.' };
}

/** Checks for a newer library on focus, on becoming visible and on a timer; answers the last notice to show. */
export function useLibraryRefresh(
  api: ApiClient,
  cache: LibraryCache,
  key: string,
  loaded: LoadedLibrary | undefined,
  update: (loaded: LoadedLibrary) => void,
): string | undefined {
  const [notice, setNotice] = useState<string>();
  const current = useRef(loaded);
  current.current = loaded;
  const lastCheck = useRef(Date.now());
  useEffect(() => {
    let busy = false;
    const check = async () => {
      const held = current.current;
      if (!held || busy || Date.now() - lastCheck.current < REFRESH_AT_MOST_EVERY_MS) return;
      busy = true;
      lastCheck.current = Date.now();
      try {
        const fresh = await refreshLibrary(api, cache, key, held);
        if (fresh) {
          update(fresh.loaded);
          setNotice(fresh.notice);
        }
      } finally {
        busy = false;
      }
    };
    const onVisible = () => document.visibilityState === 'visible' && void check();
    const onFocus = () => void check();
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    const timer = window.setInterval(() => void check(), REFRESH_EVERY_MS);
    return () => {
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
      window.clearInterval(timer);
    };
    // `update` is a new function every render; the check reads the current library through the ref.
  }, [api, cache, key]);
  return notice;
}
