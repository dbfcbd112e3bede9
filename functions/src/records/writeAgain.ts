// Writes a record with what it keeps in step (figures, spend), again when only what it keeps in step had moved.
import { ConflictError, PreconditionFailedError } from '@koberollen/shared/errors';

import type { Repository, StoredDoc, WriteOp } from '../store/types';

/** Attempts when other writes keep moving the shared documents (a year's spend) between our read and our write. */
const ATTEMPTS = 4;

/**
 * Writes the ops `build` gives; when the store refuses them for a stale version or an existing id (412/409) and
 * `ownUnchanged` says the record itself is as the caller read it, the conflict was on a document kept in step with
 * it, so the ops are built again from a fresh read and written again. Otherwise the refusal stands.
 */
export async function writeAgainOnShared(
  store: Repository,
  tenantId: string,
  build: () => Promise<WriteOp[]>,
  ownUnchanged: () => Promise<boolean>,
): Promise<StoredDoc[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await store.write(tenantId, await build());
    } catch (error) {
      const conflict = error instanceof PreconditionFailedError || error instanceof ConflictError;
      if (!conflict || attempt >= ATTEMPTS || !(await ownUnchanged())) throw error;
    }
  }
}
