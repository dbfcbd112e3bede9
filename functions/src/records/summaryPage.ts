// A page of records as the summaries a result list shows, each summary kept per stored version so a page reads few bodies.
import type { DocKind, ListQuery, Repository } from '../store/types';

const CACHE_LIMIT = 20_000;

/**
 * The summary JSON of each record's version last summarised, by kind and id; the tenant and version tag are checked on
 * every read, so an entry is never stale or another municipality's. The oldest entries are dropped beyond the limit.
 * A page then reads no record it has summarised before. Kept as text, so a page's answer is joined into one string
 * and written with its headers in one write, with no byte buffers to copy together per request.
 */
const cache = new Map<string, { tenantId: string; etag: string; json: string }>();

function cached(tenantId: string, key: string, etag: string): string | undefined {
  const entry = cache.get(key);
  return entry?.tenantId === tenantId && entry.etag === etag ? entry.json : undefined;
}

function remember(tenantId: string, key: string, etag: string, json: string): void {
  cache.delete(key);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, { tenantId, etag, json });
}

/**
 * One page of the tenant's records of `kind` as summaries, each as JSON text: the page's ids and version tags from
 * the store, the summaries from the cache, and the records not summarised yet read whole in one request. One changed
 * or deleted since it was listed is summarised as it is now, or left out.
 */
export async function summaryPage<T>(
  store: Repository,
  tenantId: string,
  kind: DocKind,
  query: ListQuery,
  summarise: (body: T) => unknown,
): Promise<{ items: string[]; continuationToken?: string }> {
  const page = await store.listVersions(tenantId, kind, query);
  const known = new Map(page.items.map(({ id, etag }) => [id, cached(tenantId, `${kind}/${id}`, etag)]));
  const missing = [...known].filter(([, json]) => json === undefined).map(([id]) => id);
  const docs = missing.length ? await store.getMany<T>(tenantId, kind, missing) : [];
  for (const doc of docs) {
    const json = JSON.stringify(summarise(doc.body));
    remember(tenantId, `${kind}/${doc.id}`, doc.etag, json);
    known.set(doc.id, json);
  }
  const items = page.items.map(({ id }) => known.get(id)).filter((json) => json !== undefined);
  return { items, continuationToken: page.continuationToken };
}
