// Runs a timer's latest due occurrence once across every host sharing the store, whichever host's clock fires it.
import { previousOccurrence, scheduleOf } from '@koberollen/shared/rules/ncrontab';

import { claimOccurrence, completeOccurrence } from './timerLease';
import type { JobServices, TimerDeclaration } from './timers';

/** A timer may fire a little before its second by another clock: it then runs the occurrence it was set for. */
const EARLY_MS = 5_000;

export type OccurrenceOutcome =
  | { ran: true; occurrence: Date }
  /** `done`: ran already; `held`: another host runs it (until `leaseUntil`); `lost`: another host took it just now. */
  | { ran: false; reason: 'done' | 'held' | 'lost' | 'never'; leaseUntil?: string };

/**
 * Runs the latest occurrence of the timer's schedule at or before now, unless it ran already or another host holds
 * it. So a host that was down at 05:00 runs the daily job when it starts, and two hosts run each occurrence once.
 * A run that throws keeps its lease until it expires: then the occurrence is taken again.
 */
export async function runDueOccurrence(
  timer: TimerDeclaration,
  services: JobServices,
  holder: string,
  log: (message: string) => void,
): Promise<OccurrenceOutcome> {
  const occurrence = previousOccurrence(scheduleOf(timer.schedule), new Date(services.now().getTime() + EARLY_MS));
  if (!occurrence) return { ran: false, reason: 'never' };
  const claim = await claimOccurrence(services.store, timer.name, occurrence, holder, services.now(), timer.leaseMs);
  if (!claim.taken) return { ran: false, reason: claim.reason, leaseUntil: claim.lease?.leaseUntil };
  await timer.run(services, log);
  const recorded = await completeOccurrence(services.store, timer.name, occurrence, claim.etag, services.now());
  if (!recorded)
    log(`${timer.name} ${occurrence.toISOString()}: the lease expired during the run; another host took it`);
  return { ran: true, occurrence };
}
