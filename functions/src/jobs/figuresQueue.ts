// The figures a settings change moves, derived by a job rather than in the request: the settings write queues a
// request (a job-state document written in the same batch), the `figures-refresh` timer derives the figures of each
// municipality that has one (see refreshFigures.ts, resumable after a kill), and a status document records when
// they were last derived to the end, which the settings' figures status answers.
import type { FiguresStatus } from '@koberollen/shared/domain/figuresStatus';
import { NotFoundError, PreconditionFailedError } from '@koberollen/shared/errors';

import { collectAll } from '../records/collect';
import { type Repository, SYSTEM_PARTITION, type WriteOp } from '../store/types';
import { refreshFigures } from './refreshFigures';

/** The job-state documents, in the municipality's partition: the queued request and the last run's end. */
const REQUEST_ID = 'figuresRequest';
const STATUS_ID = 'figuresStatus';

interface FiguresRequest {
  requestedAt: string;
}

/** The write that queues a derivation, to go in the same batch as the settings change that calls for it. */
export function queueFiguresOp(now: Date): WriteOp {
  const body: FiguresRequest = { requestedAt: now.toISOString() };
  return { op: 'upsert', kind: 'jobState', id: REQUEST_ID, body };
}

/** When the figures were last derived and whether a derivation waits. */
export async function readFiguresStatus(store: Repository, tenantId: string): Promise<FiguresStatus> {
  const [request, status] = await store
    .getMany<{ requestedAt?: string; updatedAt?: string }>(tenantId, 'jobState', [REQUEST_ID, STATUS_ID])
    .then((docs) => [docs.find((d) => d.id === REQUEST_ID), docs.find((d) => d.id === STATUS_ID)]);
  return {
    ...(status?.body.updatedAt ? { updatedAt: status.body.updatedAt } : {}),
    ...(request?.body.requestedAt ? { pendingSince: request.body.requestedAt } : {}),
  };
}

/**
 * Derives the municipality's figures on `now` to the end and records it: the request that was waiting when the run
 * began is removed, one queued during the run is kept for the next. Returns how many documents the run wrote.
 */
export async function refreshFiguresRecorded(store: Repository, tenantId: string, now: Date): Promise<number> {
  const request = await store.get<FiguresRequest>(tenantId, 'jobState', REQUEST_ID);
  const written = await refreshFigures(store, tenantId, now);
  const status: WriteOp = { op: 'upsert', kind: 'jobState', id: STATUS_ID, body: { updatedAt: now.toISOString() } };
  const done: WriteOp[] = request ? [{ op: 'delete', kind: 'jobState', id: REQUEST_ID, ifMatch: request.etag }] : [];
  try {
    await store.write(tenantId, [status, ...done]);
  } catch (error) {
    if (!(error instanceof PreconditionFailedError || error instanceof NotFoundError)) throw error;
    await store.write(tenantId, [status]);
  }
  return written;
}

/** Derives the figures of each municipality with a queued request; returns how many it derived. */
export async function refreshQueuedFigures(store: Repository, now: Date): Promise<number> {
  const tenants = await collectAll<{ id: string }>(store, SYSTEM_PARTITION, 'tenant');
  let derived = 0;
  for (const tenant of tenants) {
    if (!(await store.get(tenant.id, 'jobState', REQUEST_ID))) continue;
    await refreshFiguresRecorded(store, tenant.id, now);
    derived += 1;
  }
  return derived;
}
