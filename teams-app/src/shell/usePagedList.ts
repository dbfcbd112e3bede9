// A list read a page at a time: the first page is the view's data, each "Vis flere" appends the next one.
import { useState } from 'react';

import { type Loaded, useLoad } from '@koberollen/shared/ui/useLoad';

export interface ListPage<T> {
  items: T[];
  continuationToken?: string;
}

export interface PagedList<T> {
  /** The first page's load: its state is the list's. */
  first: Loaded<ListPage<T>> & { reload: () => void };
  /** The first page and every page added since. */
  items: T[];
  hasMore: boolean;
  loadingMore: boolean;
  moreError: unknown;
  loadMore: () => Promise<void>;
}

/** Reads the first page whenever `key` changes (dropping pages added before) and the next one on `loadMore`. */
export function usePagedList<T>(read: (continuationToken?: string) => Promise<ListPage<T>>, key: string): PagedList<T> {
  const [more, setMore] = useState<{ key: string; items: T[]; token?: string }>();
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>();
  const first = useLoad(() => read(), key);
  const added = more?.key === key ? more : undefined;
  const token = added ? added.token : first.data?.continuationToken;
  const loadMore = async () => {
    if (!token || loadingMore) return;
    setLoadingMore(true);
    setMoreError(undefined);
    try {
      const page = await read(token);
      setMore({ key, items: [...(added?.items ?? []), ...page.items], token: page.continuationToken });
    } catch (failure) {
      setMoreError(failure);
    } finally {
      setLoadingMore(false);
    }
  };
  // A fresh first page starts the list again.
  const reload = () => {
    setMore(undefined);
    first.reload();
  };
  return {
    first: { ...first, reload },
    items: [...(first.data?.items ?? []), ...(added?.items ?? [])],
    hasMore: Boolean(token),
    loadingMore,
    moreError,
    loadMore,
  };
}
