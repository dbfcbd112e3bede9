// The daily milestone job: marks overdue milestones and keeps one notification per assignee for each due soon.
import type { Contract, Milestone } from '@koberollen/shared/domain/contract';
import { PENDING_DELIVERY } from '@koberollen/shared/domain/delivery';
import type { Notification } from '@koberollen/shared/domain/notification';
import { addDays, isoDateOf } from '@koberollen/shared/rules/dates';
import { milestoneStatus } from '@koberollen/shared/rules/milestones';

import { milestoneIndex, openDueBy } from '../indexes/milestone';
import { notificationIndex } from '../indexes/notification';
import { auditOp, systemUser } from '../records/audit';
import { collectAll, readSettings } from '../records/collect';
import { type Repository, SYSTEM_PARTITION, type WriteOp } from '../store/types';
import { refreshContractCosts } from './refreshCosts';
import { refreshFigures } from './refreshFigures';

const DEFAULT_DUE_SOON_DAYS = 30;
/** Operations per atomic batch, leaving room for the batch's audit event (Cosmos allows 100). */
const BATCH = 99;

export interface MilestoneJobResult {
  tenants: number;
  markedOverdue: number;
  notificationsWritten: number;
  notificationsRemoved: number;
  /** Contracts whose stored cost of the coming 12 months moved with the day (see refreshCosts.ts). */
  contractCosts: number;
}

/** Runs the job for every onboarded tenant; safe to run more than once a day. */
export async function runMilestoneJob(store: Repository, now: Date): Promise<MilestoneJobResult> {
  const result: MilestoneJobResult = {
    tenants: 0,
    markedOverdue: 0,
    notificationsWritten: 0,
    notificationsRemoved: 0,
    contractCosts: 0,
  };
  const tenants = await collectAll<{ id: string }>(store, SYSTEM_PARTITION, 'tenant');
  for (const tenant of tenants) {
    const counts = await runForTenant(store, tenant.id, now);
    // A day has passed: the contracts' cost of the coming 12 months moves to today, and the regulations in force
    // today, and figures of settings changed since, are derived anew.
    result.contractCosts += await refreshContractCosts(store, tenant.id, now);
    await refreshFigures(store, tenant.id, now);
    result.tenants += 1;
    result.markedOverdue += counts.markedOverdue;
    result.notificationsWritten += counts.notificationsWritten;
    result.notificationsRemoved += counts.notificationsRemoved;
  }
  return result;
}

async function runForTenant(store: Repository, tenantId: string, now: Date) {
  const today = isoDateOf(now);
  const dueSoonDays = (await readSettings(store, tenantId))?.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const [dueOrLate, existing] = await Promise.all([
    collectAll<Milestone>(store, tenantId, 'milestone', openDueBy(addDays(today, dueSoonDays))),
    collectAll<Notification>(store, tenantId, 'notification'),
  ]);

  const ops: WriteOp[] = [];
  const wanted = new Map<string, Notification>();
  let markedOverdue = 0;
  const late = dueOrLate.filter((m) => milestoneStatus(m, today) !== m.status);
  const contracts = await store.getMany<Contract>(tenantId, 'contract', [...new Set(late.map((m) => m.contractId))]);
  const statusOf = new Map(contracts.map((doc) => [doc.id, doc.body.status]));
  for (const milestone of dueOrLate) {
    const status = milestoneStatus(milestone, today);
    if (status !== milestone.status) {
      const updated = { ...milestone, status };
      const index = milestoneIndex(updated, statusOf.get(milestone.contractId) ?? 'ended');
      ops.push({ op: 'upsert', kind: 'milestone', id: milestone.id, body: updated, index });
      markedOverdue += 1;
    }
    for (const assignee of milestone.assignees) {
      const notification: Notification = {
        id: `${milestone.id}-${assignee.userId}`,
        userId: assignee.userId,
        milestoneId: milestone.id,
        contractId: milestone.contractId,
        kind: milestone.kind,
        status,
        title: milestone.title,
        dueDate: milestone.dueDate,
        createdAt: now.toISOString(),
        // Into the outbox: a new or changed notification is delivered to Teams once (notificationDelivery.ts).
        delivery: PENDING_DELIVERY,
      };
      wanted.set(notification.id, notification);
    }
  }
  const existingById = new Map(existing.map((n) => [n.id, n]));
  let notificationsWritten = 0;
  for (const notification of wanted.values()) {
    if (existingById.get(notification.id)?.status === notification.status) continue;
    ops.push({
      op: 'upsert',
      kind: 'notification',
      id: notification.id,
      body: notification,
      index: notificationIndex(notification),
    });
    notificationsWritten += 1;
  }
  const stale = existing.filter((n) => !wanted.has(n.id));
  for (const notification of stale) ops.push({ op: 'delete', kind: 'notification', id: notification.id });

  const actor = systemUser(tenantId);
  for (let i = 0; i < ops.length; i += BATCH) {
    const batch = ops.slice(i, i + BATCH);
    const summary = `Milepælsjob: ${batch.length} ændringer (overskredne milepæle og notifikationer)`;
    await store.write(tenantId, [
      ...batch,
      auditOp(actor, now, { action: 'update', entityKind: 'milestone', entityId: 'milestone-job', summary }),
    ]);
  }
  return { markedOverdue, notificationsWritten, notificationsRemoved: stale.length };
}
