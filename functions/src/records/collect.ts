// Reads every record of a kind (through all pages) and the tenant's settings, for computations over a whole tenant.
import type { Settings } from '@koberollen/shared/domain/settings';

import type { DocKind, Filter, Repository, StoredDoc } from '../store/types';

const PAGE = 200;

/**
 * Lets queued I/O and timers run. The embedded store answers synchronously, so a walk over a whole municipality would
 * otherwise run as one chain of resolved promises and hold the host's event loop until it ends (at 20 000 contracts
 * the daily job kept a freshly started host from answering for minutes).
 */
export const letOthersRun = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Every stored document of a kind matching the filters, each mapped as its page arrives (a page's documents are let go
 * once mapped), page by page, letting other work run between pages; in the order of an index field when given (range
 * filters on it then bound the walk instead of being checked on every document).
 */
export async function mapAllDocs<T, R>(
  store: Repository,
  tenantId: string,
  kind: DocKind,
  map: (doc: StoredDoc<T>) => R,
  filters: Filter[] = [],
  orderBy?: string,
  limit = PAGE,
): Promise<R[]> {
  const mapped: R[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await store.list<T>(tenantId, kind, { filters, orderBy, limit, continuationToken });
    for (const doc of page.items) mapped.push(map(doc));
    continuationToken = page.continuationToken;
    if (continuationToken) await letOthersRun();
  } while (continuationToken);
  return mapped;
}

/** All stored documents of a kind matching the filters, with their version tags (see mapAllDocs). */
export function collectAllDocs<T>(
  store: Repository,
  tenantId: string,
  kind: DocKind,
  filters: Filter[] = [],
  orderBy?: string,
): Promise<StoredDoc<T>[]> {
  return mapAllDocs<T, StoredDoc<T>>(store, tenantId, kind, (doc) => doc, filters, orderBy);
}

/**
 * All records of a kind matching the filters, page by page (in the order of an index field when given); `limit` per
 * page when a caller expects more than a page and knows it to be bounded.
 */
export function collectAll<T>(
  store: Repository,
  tenantId: string,
  kind: DocKind,
  filters: Filter[] = [],
  orderBy?: string,
  limit = PAGE,
): Promise<T[]> {
  return mapAllDocs<T, T>(store, tenantId, kind, (doc) => doc.body, filters, orderBy, limit);
}

/** The ids of every stored document of a kind matching the filters, page by page, without their bodies. */
export async function collectIds(
  store: Repository,
  tenantId: string,
  kind: DocKind,
  filters: Filter[] = [],
  limit = PAGE,
): Promise<string[]> {
  const ids: string[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await store.listVersions(tenantId, kind, { filters, limit, continuationToken });
    for (const item of page.items) ids.push(item.id);
    continuationToken = page.continuationToken;
  } while (continuationToken);
  return ids;
}

/** The id of the one settings record in each tenant partition. */
export const SETTINGS_ID = 'settings';

/** The tenant's settings, or undefined before onboarding wrote them. */
export async function readSettings(store: Repository, tenantId: string): Promise<Settings | undefined> {
  return (await store.get<Settings>(tenantId, 'settings', SETTINGS_ID))?.body;
}
