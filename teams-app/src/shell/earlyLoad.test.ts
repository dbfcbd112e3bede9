// Reads started early are taken by the view's first call for the same request, once, checked against the contract.
import { z } from 'zod';

import { ApiError, createApiClient, type FetchLike } from '@koberollen/shared/api/client';
import { defineRoute, type RouteHead } from '@koberollen/shared/api/route';

import { startEarly, withEarlyAnswers } from './earlyLoad';

const listItems = defineRoute({
  method: 'GET',
  path: '/api/items/{id}/parts',
  operationId: 'listItemParts',
  summary: 'Parts of an item',
  access: 'user',
  params: z.object({ id: z.string() }),
  query: z.object({ q: z.string().optional(), limit: z.number().optional() }),
  responses: { 200: z.object({ items: z.array(z.string()) }) },
});
const head: RouteHead<typeof listItems> = {
  method: 'GET',
  path: listItems.path,
  operationId: listItems.operationId,
  access: 'user',
};

/** A client whose every answer is the given body; the URLs asked for are recorded. */
function clientAnswering(body: unknown) {
  const urls: string[] = [];
  const fetch: FetchLike = (url) => {
    urls.push(url);
    return Promise.resolve({
      ok: true,
      status: 200,
      headers: { get: () => null },
      text: () => Promise.resolve(JSON.stringify(body)),
    });
  };
  const api = withEarlyAnswers(
    createApiClient({ baseUrl: 'http://host', getToken: () => Promise.resolve('t'), fetch }),
  );
  return { api, urls };
}

describe('reads started early', () => {
  it('answer the first call for the same request, whatever the order of its query, and only that one', async () => {
    const { api, urls } = clientAnswering({ items: ['a'] });
    startEarly(api, head, { params: { id: 'x' }, query: { limit: 5, q: 'ord' } });
    const first = await api.call(listItems, { params: { id: 'x' }, query: { q: 'ord', limit: 5 } });
    expect(first.data.items).toEqual(['a']);
    expect(urls).toHaveLength(1);
    await api.call(listItems, { params: { id: 'x' }, query: { q: 'ord', limit: 5 } });
    expect(urls).toHaveLength(2);
  });

  it('leave another request to the API', async () => {
    const { api, urls } = clientAnswering({ items: [] });
    startEarly(api, head, { params: { id: 'x' }, query: { limit: 5 } });
    await api.call(listItems, { params: { id: 'y' }, query: { limit: 5 } });
    expect(urls).toEqual(['http://host/api/items/x/parts?limit=5', 'http://host/api/items/y/parts?limit=5']);
  });

  it('are checked against the contract when taken', async () => {
    const { api } = clientAnswering({ items: [1] });
    startEarly(api, head, { params: { id: 'z' } });
    await expect(api.call(listItems, { params: { id: 'z' } })).rejects.toBeInstanceOf(ApiError);
  });

  it('are not used once stale', async () => {
    jest.useFakeTimers({ now: 0, doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      const { api, urls } = clientAnswering({ items: [] });
      startEarly(api, head, { params: { id: 'w' } });
      jest.setSystemTime(60_000);
      await api.call(listItems, { params: { id: 'w' } });
      expect(urls).toHaveLength(2);
    } finally {
      jest.useRealTimers();
    }
  });
});
