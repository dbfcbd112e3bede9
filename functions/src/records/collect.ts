// Reads every record of a kind (through all pages) and the tenant's settings, for computations over a whole tenant.
import type { Settings } from '@koberollen/shared/domain/settings';

import type { DocKind, Filter, Repository, StoredDoc } from '../store/types';

const PAGE = 200;

/**
 * All stored documents of a kind matching the filters, page by page, with their version tags; in the order of an index
 * field when given (range filters on it then bound the walk instead of being checked on every document).
 */
export async function collectAllDocs<T>(
  store: Repository,
  tenantId: string,
  kind: DocKind,
  filters: Filter[] = [],
  orderBy?: string,
): Promise<StoredDoc<T>[]> {
  const docs: StoredDoc<T>[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await store.list<T>(tenantId, kind, { filters, orderBy, limit: PAGE, continuationToken });
    docs.push(...page.items);
    continuationToken = page.continuationToken;
  } while (continuationToken);
  return docs;
}

/** All records of a kind matching the filters, page by page (in the order of an index field when given). */
export async function collectAll<T>(
  store: Repository,
  tenantId: string,
  kind: DocKind,
  filters: Filter[] = [],
  orderBy?: string,
): Promise<T[]> {
  return (await collectAllDocs<T>(store, tenantId, kind, filters, orderBy)).map((doc) => doc.body);
}

/** The id of the one settings record in each tenant partition. */
export const SETTINGS_ID = 'settings';

/** The tenant's settings, or undefined before onboarding wrote them. */
export async function readSettings(store: Repository, tenantId: string): Promise<Settings | undefined> {
  return (await store.get<Settings>(tenantId, 'settings', SETTINGS_ID))?.body;
}
