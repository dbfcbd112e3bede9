// The daily milestone job: marks overdue milestones and keeps one notification per assignee for each due soon, a page at
// a time and resumable after a kill (see milestonePages.ts); then the figures a day moves.
import { addDays, isoDateOf } from '@koberollen/shared/rules/dates';

import { collectAll, readSettings } from '../records/collect';
import { type Repository, SYSTEM_PARTITION } from '../store/types';
import { refreshFiguresRecorded } from './figuresQueue';
import { type MilestoneContext, type MilestoneCounts, milestonePage, notificationPage } from './milestonePages';
import { refreshContractCosts } from './refreshCosts';
import { runPasses } from './resumable';

const DEFAULT_DUE_SOON_DAYS = 30;
/** The job-state document that keeps where a run stands, in the municipality's partition. */
const STATE_ID = 'milestoneJob';

export interface MilestoneJobResult extends MilestoneCounts {
  tenants: number;
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
    await refreshFiguresRecorded(store, tenant.id, now);
    result.tenants += 1;
    result.markedOverdue += counts.markedOverdue;
    result.notificationsWritten += counts.notificationsWritten;
    result.notificationsRemoved += counts.notificationsRemoved;
  }
  return result;
}

/**
 * The milestones of one municipality, then its notifications, a page at a time (see milestonePages.ts), resumable
 * from the page a stopped run reached on the same day (see resumable.ts).
 */
export async function runForTenant(store: Repository, tenantId: string, now: Date): Promise<MilestoneCounts> {
  const today = isoDateOf(now);
  const dueSoonDays = (await readSettings(store, tenantId))?.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const counts: MilestoneCounts = { markedOverdue: 0, notificationsWritten: 0, notificationsRemoved: 0 };
  const context: MilestoneContext = { store, tenantId, now, today, horizon: addDays(today, dueSoonDays), counts };
  const passes = [
    ['milestones', (cursor?: string) => milestonePage(context, cursor)],
    ['notifications', (cursor?: string) => notificationPage(context, cursor)],
  ] as const;
  await runPasses(store, tenantId, STATE_ID, { day: today, horizon: context.horizon }, passes);
  return counts;
}
