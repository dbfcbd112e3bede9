// References from a request body to other records of the tenant: read them, or name every one that is missing.
import { ValidationError } from '@koberollen/shared/errors';

import type { Services } from '../services';
import type { DocKind } from '../store/types';

/** A record id found in a body, with the field path it came from, e.g. `sections.0.clauses.1.clauseId`. */
export interface Reference {
  field: string;
  id: string;
}

/**
 * Reads the referenced records of one kind from the tenant, by id. Throws a ValidationError naming the field of every
 * reference that does not exist (another tenant's ids do not exist here either).
 */
export async function readReferences<T>(
  services: Services,
  tenantId: string,
  kind: DocKind,
  refs: Reference[],
  missing: string,
): Promise<Map<string, T>> {
  const ids = [...new Set(refs.map((ref) => ref.id))];
  const docs = await Promise.all(ids.map((id) => services.store.get<T>(tenantId, kind, id)));
  const found = new Map(docs.flatMap((doc) => (doc ? [[doc.id, doc.body] as const] : [])));
  const fields = Object.fromEntries(refs.filter((ref) => !found.has(ref.id)).map((ref) => [ref.field, missing]));
  if (Object.keys(fields).length > 0) throw new ValidationError('Der henvises til noget, der ikke findes.', fields);
  return found;
}
