// One record per key in a tenant, for the records the library names by key (topics, contract types): clauses,
// checklist items and templates refer to them by it.
import type { User } from '@koberollen/shared/domain/user';
import { ConflictError } from '@koberollen/shared/errors';

import { eq } from '../records/search';
import type { Services } from '../services';
import type { DocKind } from '../store/types';

/** A `prepare` step that refuses a record whose key another record of the tenant already has, with `taken` as why. */
export function uniqueKey<E extends { id: string; key: string }>(kind: DocKind, taken: string) {
  return async (record: E, services: Services, user: User): Promise<E> => {
    const same = await services.store.list<E>(user.tenantId, kind, { filters: eq('key', record.key), limit: 2 });
    if (same.items.some((doc) => doc.id !== record.id)) throw new ConflictError(taken, { key: taken });
    return record;
  };
}
