// A list read a page at a time: pages are appended, a new key starts again, a failed page leaves the list as it was.
import { act, renderHook, waitFor } from '@testing-library/react';

import { type ListPage, usePagedList } from './usePagedList';

/** Pages of two of `total` numbers; the token is where the next page starts. */
function pagesOf(total: number) {
  const asked: (string | undefined)[] = [];
  const read = (token?: string): Promise<ListPage<number>> => {
    asked.push(token);
    const start = Number(token ?? 0);
    const items = Array.from({ length: Math.min(2, total - start) }, (_, i) => start + i);
    return Promise.resolve(start + 2 < total ? { items, continuationToken: String(start + 2) } : { items });
  };
  return { read, asked };
}

describe('usePagedList', () => {
  it('shows the first page, then appends the next until there are no more', async () => {
    const { read, asked } = pagesOf(5);
    const { result } = renderHook(() => usePagedList(read, 'all'));
    await waitFor(() => expect(result.current.first.state).toBe('ready'));
    expect(result.current.items).toEqual([0, 1]);
    expect(result.current.hasMore).toBe(true);
    await act(() => result.current.loadMore());
    await act(() => result.current.loadMore());
    expect(result.current.items).toEqual([0, 1, 2, 3, 4]);
    expect(result.current.hasMore).toBe(false);
    expect(asked).toEqual([undefined, '2', '4']);
  });

  it('starts from the first page again when the key changes', async () => {
    const { read } = pagesOf(5);
    const { result, rerender } = renderHook(({ key }) => usePagedList(read, key), { initialProps: { key: 'a' } });
    await waitFor(() => expect(result.current.first.state).toBe('ready'));
    await act(() => result.current.loadMore());
    expect(result.current.items).toHaveLength(4);
    rerender({ key: 'b' });
    await waitFor(() => expect(result.current.first.state).toBe('ready'));
    expect(result.current.items).toEqual([0, 1]);
  });

  it('keeps the list and reports the error when a further page fails', async () => {
    const { read } = pagesOf(5);
    const failing = async (token?: string) => {
      if (token) throw new Error('Forbindelsen blev afbrudt');
      return read(token);
    };
    const { result } = renderHook(() => usePagedList(failing, 'all'));
    await waitFor(() => expect(result.current.first.state).toBe('ready'));
    await act(() => result.current.loadMore());
    expect(result.current.items).toEqual([0, 1]);
    expect(result.current.moreError).toBeInstanceOf(Error);
    expect(result.current.hasMore).toBe(true);
    expect(result.current.loadingMore).toBe(false);
  });
});
