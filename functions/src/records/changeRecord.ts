// Changes one stored record atomically with its audit event: with the caller's If-Match, or re-applied on a fresh read.
import type { User } from '@koberollen/shared/domain/user';
import { NotFoundError, PreconditionFailedError } from '@koberollen/shared/errors';

import type { Services } from '../services';
import type { DocKind, IndexFields, StoredDoc, WriteOp } from '../store/types';
import { type AuditEntry, auditOp } from './audit';

/** Attempts when no If-Match was given and other writes keep coming between our read and our write. */
const ATTEMPTS = 3;

export interface RecordChange<E> {
  kind: DocKind;
  id: string;
  /** Danish noun with article for the 404 message, e.g. `Sagen`. */
  noun: string;
  index: (entity: E) => IndexFields;
  /**
   * The caller's If-Match. Without it the change is an append that cannot lose anyone's work, so when another write
   * came first it is applied again to the fresh record.
   */
  ifMatch?: string;
  /** The record as the caller already read it, used for the first attempt instead of reading it again. */
  current?: StoredDoc<E>;
  /** The changed record; may throw a domain error to refuse the change. */
  apply: (current: E, now: Date) => E | Promise<E>;
  audit: (changed: E, current: E) => Pick<AuditEntry, 'action' | 'summary'>;
  /** Further writes made atomically with the change (e.g. the follow-up a done milestone creates). */
  companions?: (changed: E, current: E) => WriteOp[] | Promise<WriteOp[]>;
}

/** Applies the change to the user's tenant's record and returns the stored result and its version tag. */
export async function changeRecord<E>(services: Services, user: User, change: RecordChange<E>) {
  for (let attempt = 1; ; attempt++) {
    const current =
      attempt === 1 && change.current
        ? change.current
        : await services.store.get<E>(user.tenantId, change.kind, change.id);
    if (!current) throw new NotFoundError(`${change.noun} findes ikke.`);
    const now = services.now();
    const entity = await change.apply(current.body, now);
    const entry = { ...change.audit(entity, current.body), entityKind: change.kind, entityId: change.id };
    try {
      const [doc] = await services.store.write(user.tenantId, [
        {
          op: 'replace',
          kind: change.kind,
          id: change.id,
          body: entity,
          index: change.index(entity),
          ifMatch: change.ifMatch ?? current.etag,
        },
        ...((await change.companions?.(entity, current.body)) ?? []),
        auditOp(user, now, entry),
      ]);
      return { entity, etag: doc!.etag };
    } catch (error) {
      const retry = change.ifMatch === undefined && error instanceof PreconditionFailedError && attempt < ATTEMPTS;
      if (!retry) throw error;
    }
  }
}
