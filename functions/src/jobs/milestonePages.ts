// One page of the milestone job (see milestoneJob.ts): a page of the open milestones due soon or late, in due date
// order, marked overdue where their day has passed and notified to each assignee; or a page of the stored
// notifications, those no longer wanted removed. Each page reads what it needs by id (a handful of store requests),
// never the whole municipality, and writes only what differs, so a page run twice writes nothing the second time and
// the outbox never holds a notification twice.
import type { Contract, Milestone } from '@koberollen/shared/domain/contract';
import { PENDING_DELIVERY } from '@koberollen/shared/domain/delivery';
import type { Notification } from '@koberollen/shared/domain/notification';
import { milestoneStatus } from '@koberollen/shared/rules/milestones';

import { milestoneIndex, openDueBy } from '../indexes/milestone';
import { notificationIndex } from '../indexes/notification';
import { auditOp, systemUser } from '../records/audit';
import type { Repository, WriteOp } from '../store/types';
import type { PageDone } from './resumable';

/** Records per page: what the job holds at once, however large the municipality. */
export const MILESTONE_PAGE = 200;
/** Operations per atomic batch, leaving room for the batch's audit event (Cosmos allows 100). */
const BATCH = 99;

export interface MilestoneCounts {
  markedOverdue: number;
  notificationsWritten: number;
  notificationsRemoved: number;
}

export interface MilestoneContext {
  store: Repository;
  tenantId: string;
  now: Date;
  today: string;
  /** The last due date notified: today plus the municipality's days of notice. */
  horizon: string;
  /** What the pages did, added up over the run. */
  counts: MilestoneCounts;
}

const notificationId = (milestoneId: string, userId: string) => `${milestoneId}-${userId}`;

async function writeAudited({ store, tenantId, now }: MilestoneContext, ops: WriteOp[]): Promise<void> {
  for (let i = 0; i < ops.length; i += BATCH) {
    const batch = ops.slice(i, i + BATCH);
    const summary = `Milepælsjob: ${batch.length} ${batch.length === 1 ? 'ændring' : 'ændringer'} (overskredne milepæle og notifikationer)`;
    await store.write(tenantId, [
      ...batch,
      auditOp(systemUser(tenantId), now, {
        action: 'update',
        entityKind: 'milestone',
        entityId: 'milestone-job',
        summary,
      }),
    ]);
  }
}

/** The notification of a milestone to one assignee, into the outbox: delivered to Teams once (notificationDelivery.ts). */
function notificationOf(milestone: Milestone, userId: string, status: Milestone['status'], now: Date): Notification {
  return {
    id: notificationId(milestone.id, userId),
    userId,
    milestoneId: milestone.id,
    contractId: milestone.contractId,
    kind: milestone.kind,
    status,
    title: milestone.title,
    dueDate: milestone.dueDate,
    createdAt: now.toISOString(),
    delivery: PENDING_DELIVERY,
  };
}

/** A page of the open milestones due by the horizon: overdue marked, and a notification per assignee where it differs. */
export async function milestonePage(context: MilestoneContext, cursor?: string): Promise<PageDone> {
  const { store, tenantId, today, now, horizon, counts } = context;
  const page = await store.list<Milestone>(tenantId, 'milestone', {
    filters: openDueBy(horizon),
    orderBy: 'openDueDate',
    limit: MILESTONE_PAGE,
    continuationToken: cursor,
  });
  const milestones = page.items.map((doc) => doc.body);
  const late = milestones.filter((m) => milestoneStatus(m, today) !== m.status);
  const wanted = milestones.flatMap((m) =>
    m.assignees.map((a) => notificationOf(m, a.userId, milestoneStatus(m, today), now)),
  );
  const [contracts, existing] = await Promise.all([
    store.getMany<Contract>(tenantId, 'contract', [...new Set(late.map((m) => m.contractId))]),
    store.getMany<Notification>(
      tenantId,
      'notification',
      wanted.map((n) => n.id),
    ),
  ]);
  const statusOf = new Map(contracts.map((doc) => [doc.id, doc.body.status]));
  const ops: WriteOp[] = late.map((milestone) => {
    const updated = { ...milestone, status: milestoneStatus(milestone, today) };
    const index = milestoneIndex(updated, statusOf.get(milestone.contractId) ?? 'ended');
    return { op: 'upsert', kind: 'milestone', id: milestone.id, body: updated, index };
  });
  const notified = new Map(existing.map((doc) => [doc.id, doc.body.status]));
  const changed = wanted.filter((n) => notified.get(n.id) !== n.status);
  for (const notification of changed) {
    ops.push({
      op: 'upsert',
      kind: 'notification',
      id: notification.id,
      body: notification,
      index: notificationIndex(notification),
    });
  }
  await writeAudited(context, ops);
  counts.markedOverdue += late.length;
  counts.notificationsWritten += changed.length;
  return { written: ops.length, continuationToken: page.continuationToken };
}

/** Whether the job wants this notification: its milestone open, due by the horizon and still assigned to its user. */
function stillWanted(notification: Notification, milestone: Milestone | undefined, horizon: string): boolean {
  return (
    milestone !== undefined &&
    milestone.status !== 'done' &&
    milestone.dueDate <= horizon &&
    milestone.assignees.some((a) => notificationId(milestone.id, a.userId) === notification.id)
  );
}

/** A page of the stored notifications: those whose milestone is done, gone, later or reassigned are removed. */
export async function notificationPage(context: MilestoneContext, cursor?: string): Promise<PageDone> {
  const { store, tenantId, horizon, counts } = context;
  const page = await store.list<Notification>(tenantId, 'notification', {
    limit: MILESTONE_PAGE,
    continuationToken: cursor,
  });
  const notifications = page.items.map((doc) => doc.body);
  const milestones = await store.getMany<Milestone>(tenantId, 'milestone', [
    ...new Set(notifications.map((n) => n.milestoneId)),
  ]);
  const byId = new Map(milestones.map((doc) => [doc.id, doc.body]));
  const stale = notifications.filter((n) => !stillWanted(n, byId.get(n.milestoneId), horizon));
  await writeAudited(
    context,
    stale.map((n) => ({ op: 'delete', kind: 'notification', id: n.id })),
  );
  counts.notificationsRemoved += stale.length;
  return { written: stale.length, continuationToken: page.continuationToken };
}
