// One run per scheduled occurrence across hosts sharing a store: a lease document per timer, taken by ETag.
//
// The document (kind `timerLease`, system partition, id = the timer's name) holds the last occurrence run to the end
// and the lease of the one running. A host takes an occurrence by creating the document or replacing it with the
// ETag it read; a host that loses that race, or finds a lease not yet expired, leaves the occurrence to its holder.
// A holder that crashes leaves its lease to expire, after which another host takes the occurrence again.
import { randomUUID } from 'node:crypto';
import os from 'node:os';

import { ConflictError, PreconditionFailedError } from '@koberollen/shared/errors';

import { auditOp, systemUser } from '../records/audit';
import { type Repository, SYSTEM_PARTITION, type WriteOp } from '../store/types';

/** How long the audit trail keeps a run's start and end: the jobs' own writes are audited in each municipality. */
const AUDIT_KEPT_MS = 90 * 86_400_000;

export interface TimerLease {
  timer: string;
  /** The latest occurrence (ISO instant) run to the end, and when that run ended. */
  completedOccurrence?: string;
  completedAt?: string;
  /** The occurrence being run, by whom, until when the lease holds. */
  occurrence?: string;
  holder?: string;
  leaseUntil?: string;
}

/** The occurrence is this host's to run; `etag` is the lease's, to record its end with. */
export type Claim =
  { taken: true; etag: string } | { taken: false; reason: 'done' | 'held' | 'lost'; lease?: TimerLease };

/** This process as a lease holder: its machine, process id and a random part, unique among hosts. */
export function timerHolder(): string {
  return `${os.hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`;
}

/** The audit event of a lease write, by the product itself, kept for AUDIT_KEPT_MS. */
function leaseAudit(timer: string, now: Date, summary: string): WriteOp {
  const event = auditOp(systemUser(SYSTEM_PARTITION), now, {
    action: 'update',
    entityKind: 'timerLease',
    entityId: timer,
    summary,
  });
  return { ...event, expiresAt: new Date(now.getTime() + AUDIT_KEPT_MS).toISOString() };
}

export function readLease(store: Repository, timer: string) {
  return store.get<TimerLease>(SYSTEM_PARTITION, 'timerLease', timer);
}

/** Takes `occurrence` of `timer` for `holder` until `now + leaseMs`, unless it ran already or is held. */
export async function claimOccurrence(
  store: Repository,
  timer: string,
  occurrence: Date,
  holder: string,
  now: Date,
  leaseMs: number,
): Promise<Claim> {
  const found = await readLease(store, timer);
  const lease = found?.body;
  const wanted = occurrence.toISOString();
  if (lease?.completedOccurrence && lease.completedOccurrence >= wanted) return { taken: false, reason: 'done', lease };
  if (lease?.leaseUntil && lease.leaseUntil > now.toISOString() && lease.holder !== holder) {
    return { taken: false, reason: 'held', lease };
  }
  const body: TimerLease = {
    ...lease,
    timer,
    occurrence: wanted,
    holder,
    leaseUntil: new Date(now.getTime() + leaseMs).toISOString(),
  };
  const summary = lease?.leaseUntil
    ? `Kørslen ${timer} ${wanted} startet af ${holder}; den forrige lease (${lease.holder ?? ''}) var udløbet`
    : `Kørslen ${timer} ${wanted} startet af ${holder}`;
  const write: WriteOp = found
    ? { op: 'replace', kind: 'timerLease', id: timer, body, ifMatch: found.etag }
    : { op: 'create', kind: 'timerLease', id: timer, body };
  try {
    const [written] = await store.write(SYSTEM_PARTITION, [write, leaseAudit(timer, now, summary)]);
    return { taken: true, etag: written!.etag };
  } catch (error) {
    if (error instanceof ConflictError || error instanceof PreconditionFailedError)
      return { taken: false, reason: 'lost' };
    throw error;
  }
}

/**
 * Records the occurrence as run and releases the lease. False when the lease expired meanwhile and another host took
 * the occurrence over: its run records the end instead.
 */
export async function completeOccurrence(
  store: Repository,
  timer: string,
  occurrence: Date,
  etag: string,
  now: Date,
): Promise<boolean> {
  const body: TimerLease = { timer, completedOccurrence: occurrence.toISOString(), completedAt: now.toISOString() };
  try {
    await store.write(SYSTEM_PARTITION, [
      { op: 'replace', kind: 'timerLease', id: timer, body, ifMatch: etag },
      leaseAudit(timer, now, `Kørslen ${timer} ${body.completedOccurrence} gennemført`),
    ]);
    return true;
  } catch (error) {
    if (error instanceof PreconditionFailedError) return false;
    throw error;
  }
}
