// The notification outbox: delivers milestone notifications to the Teams activity feed at most once each.
//
// Each notification carries its delivery state in the store. An attempt is recorded (state `sending`, ETag-checked)
// before Graph is called and the outcome after; a notification found still `sending` after the lease was interrupted
// between the two — it may have arrived, so it is marked failed and never sent again. Failures that left it unsent
// (no token, no connection, 429/503) are retried with backoff up to MAX_ATTEMPTS.
import { type Delivery, PENDING_DELIVERY } from '@koberollen/shared/domain/delivery';
import type { Notification } from '@koberollen/shared/domain/notification';
import { PreconditionFailedError } from '@koberollen/shared/errors';

import { activityFor, type GraphAccess, GraphFailure } from '../graph';
import { notificationIndex } from '../indexes/notification';
import { collectAll } from '../records/collect';
import { type Repository, SYSTEM_PARTITION } from '../store/types';

export const MAX_ATTEMPTS = 5;
/** Longer than one Graph call can take with its retries: a `sending` older than this was interrupted. */
export const SENDING_LEASE_MS = 10 * 60_000;
/** Wait before attempt 2, 3, 4, 5 after a failure that left the notification unsent. */
const BACKOFF_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000];
const INTERRUPTED =
  'Afsendelsen blev afbrudt, før resultatet blev gemt. Den gentages ikke, da påmindelsen kan være nået frem.';

export interface DeliveryResult {
  sent: number;
  /** Left pending for a later attempt. */
  retrying: number;
  failed: number;
  /** Found interrupted mid-send and marked failed. */
  interrupted: number;
}

/** Delivers every due notification of every onboarded tenant; with no Graph, everything stays pending. */
export async function deliverNotifications(
  store: Repository,
  graph: GraphAccess | undefined,
  now: () => Date,
): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, retrying: 0, failed: 0, interrupted: 0 };
  if (!graph) return result;
  const tenants = await collectAll<{ id: string }>(store, SYSTEM_PARTITION, 'tenant');
  for (const tenant of tenants) {
    const notifications = await collectAll<Notification>(store, tenant.id, 'notification');
    for (const notification of notifications) {
      const outcome = await deliverOne(store, tenant.id, notification.id, graph, now);
      if (outcome) result[outcome] += 1;
    }
  }
  return result;
}

function isDue(delivery: Delivery, at: Date): boolean {
  return (
    delivery.state === 'pending' && (!delivery.nextAttemptAt || Date.parse(delivery.nextAttemptAt) <= at.getTime())
  );
}

function isInterrupted(delivery: Delivery, at: Date): boolean {
  return (
    delivery.state === 'sending' &&
    at.getTime() - Date.parse(delivery.lastAttemptAt ?? '1970-01-01T00:00:00Z') >= SENDING_LEASE_MS
  );
}

/** Replaces the notification if it is unchanged since `etag`; undefined when someone else changed it first. */
async function record(store: Repository, tenantId: string, notification: Notification, etag: string) {
  try {
    const [doc] = await store.write(tenantId, [
      {
        op: 'replace',
        kind: 'notification',
        id: notification.id,
        body: notification,
        index: notificationIndex(notification),
        ifMatch: etag,
      },
    ]);
    return doc?.etag;
  } catch (error) {
    if (error instanceof PreconditionFailedError) return undefined;
    throw error;
  }
}

/** The delivery after a failed attempt: retried later if Graph cannot have acted, else given up. */
function afterFailure(delivery: Delivery, failure: GraphFailure, at: Date): Delivery {
  const lastError = failure.detail;
  if (failure.kind !== 'notSent' || delivery.attempts >= MAX_ATTEMPTS)
    return { ...delivery, state: 'failed', lastError };
  const backoff = BACKOFF_MS[delivery.attempts - 1] ?? BACKOFF_MS[BACKOFF_MS.length - 1]!;
  const wait = Math.max(backoff, (failure.retryAfterSeconds ?? 0) * 1000);
  return { ...delivery, state: 'pending', lastError, nextAttemptAt: new Date(at.getTime() + wait).toISOString() };
}

async function deliverOne(
  store: Repository,
  tenantId: string,
  id: string,
  graph: GraphAccess,
  now: () => Date,
): Promise<keyof DeliveryResult | undefined> {
  const doc = await store.get<Notification>(tenantId, 'notification', id);
  if (!doc) return undefined;
  const notification = doc.body;
  const delivery = notification.delivery ?? PENDING_DELIVERY;
  const at = now();
  if (isInterrupted(delivery, at)) {
    const failed: Delivery = { ...delivery, state: 'failed', lastError: INTERRUPTED };
    return (await record(store, tenantId, { ...notification, delivery: failed }, doc.etag)) ? 'interrupted' : undefined;
  }
  if (!isDue(delivery, at)) return undefined;

  // Record the attempt first: from here on, a crash leaves `sending`, which is never sent again.
  const attempt: Delivery = {
    ...delivery,
    state: 'sending',
    attempts: delivery.attempts + 1,
    lastAttemptAt: at.toISOString(),
  };
  const etag = await record(store, tenantId, { ...notification, delivery: attempt }, doc.etag);
  if (!etag) return undefined; // another run took it

  let outcome: Delivery;
  try {
    await graph.api.sendActivityNotification(tenantId, notification.userId, activityFor(notification, graph));
    outcome = {
      ...attempt,
      state: 'sent',
      sentAt: now().toISOString(),
      lastError: undefined,
      nextAttemptAt: undefined,
    };
  } catch (error) {
    const failure =
      error instanceof GraphFailure ? error : new GraphFailure('uncertain', 'Ukendt fejl ved afsendelse.');
    outcome = afterFailure(attempt, failure, now());
  }
  const saved = await record(store, tenantId, { ...notification, delivery: withoutUndefined(outcome) }, etag);
  if (!saved) return undefined; // the milestone job replaced the notification meanwhile
  return outcome.state === 'sent' ? 'sent' : outcome.state === 'pending' ? 'retrying' : 'failed';
}

function withoutUndefined(delivery: Delivery): Delivery {
  return Object.fromEntries(Object.entries(delivery).filter(([, value]) => value !== undefined)) as Delivery;
}
