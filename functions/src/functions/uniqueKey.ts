// One record per key in a tenant, for the records the library names by key (topics, contract types): clauses,
// checklist items and templates refer to them by it. A name may be unique as well, so no two read alike.
import type { User } from '@koberollen/shared/domain/user';
import { ConflictError } from '@koberollen/shared/errors';

import { eq } from '../records/search';
import type { Services } from '../services';
import type { DocKind } from '../store/types';

type Prepare<E> = (record: E, services: Services, user: User) => Promise<E>;

/**
 * A `prepare` step that refuses a record when another record of the tenant has the same value in the index field
 * `field` (`valueOf` gives it as the index holds it), with `taken` as why, on that field.
 */
function uniqueIndexed<E extends { id: string }>(
  kind: DocKind,
  field: string,
  valueOf: (record: E) => string,
  taken: string,
): Prepare<E> {
  return async (record, services, user) => {
    const same = await services.store.list<E>(user.tenantId, kind, { filters: eq(field, valueOf(record)), limit: 2 });
    if (same.items.some((doc) => doc.id !== record.id)) throw new ConflictError(taken, { [field]: taken });
    return record;
  };
}

/** A `prepare` step that refuses a record whose key another record of the tenant already has, with `taken` as why. */
export function uniqueKey<E extends { id: string; key: string }>(kind: DocKind, taken: string): Prepare<E> {
  return uniqueIndexed<E>(kind, 'key', (record) => record.key, taken);
}

/**
 * A `prepare` step that refuses a record whose name another record of the tenant has, whatever the case (the index
 * holds the name as `nameKey` gives it), with `taken` as why.
 */
export function uniqueName<E extends { id: string; name: string }>(
  kind: DocKind,
  nameKey: (name: string) => string,
  taken: string,
): Prepare<E> {
  return uniqueIndexed<E>(kind, 'name', (record) => nameKey(record.name), taken);
}

/** Runs `prepare` steps one after the other, each on what the one before returned. */
export function inTurn<E>(...steps: Prepare<E>[]): Prepare<E> {
  return async (record, services, user) => {
    let prepared = record;
    for (const step of steps) prepared = await step(prepared, services, user);
    return prepared;
  };
}
