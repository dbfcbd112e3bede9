// GET /api/follow-up: follow-up at a glance for the tenant, from indexed queries with limits over its open
// milestones and its contracts' and cases' figures (see records/figures.ts): a bounded read however large the
// municipality.
import { followUpRoutes } from '@koberollen/shared/api/followUp.contract';
import type { Milestone, MilestoneKind } from '@koberollen/shared/domain/contract';
import type { DueGroup, DueWindow, FollowUpOverview } from '@koberollen/shared/domain/followUp';
import type { Settings } from '@koberollen/shared/domain/settings';
import type { CaseFigures, ContractFigures } from '@koberollen/shared/rules/contractFigures';
import { addDays, isoDateOf } from '@koberollen/shared/rules/dates';
import {
  DUE_HORIZON_DAYS,
  dueGroups,
  expensiveCases,
  specialRateAlerts,
} from '@koberollen/shared/rules/followUpOverview';
import { MILESTONE_TITLES } from '@koberollen/shared/rules/milestones';

import { declare } from '../http/declare';
import { ok } from '../http/responses';
import { caseFiguresFields, contractFiguresFields } from '../indexes/figures';
import { milestoneFields } from '../indexes/milestone';
import { readSettings } from '../records/collect';
import type { Services } from '../services';
import type { Filter, ListOf, Repository } from '../store/types';

/** What the overview uses of a tenant not yet onboarded: no KL rates, the schema's defaults otherwise. */
const FALLBACK: Pick<Settings, 'regulationRates' | 'expensiveCases' | 'dueSoonDays'> = {
  regulationRates: [],
  expensiveCases: { topN: 10, followUpsPerYear: 4 },
  dueSoonDays: 30,
};

/** Milestones listed per due group when the query names no number: the most the query may ask for. */
const DEFAULT_ITEMS = 1000;
/** The most special rates and regulations listed, the most urgent first. */
export const ALERT_LIMIT = 100;

const KINDS = Object.keys(MILESTONE_TITLES) as MilestoneKind[];

/** The day ranges of each due window, as bounds on a milestone's due date. */
function windowFilters(today: string): Record<DueWindow, Filter[]> {
  const due = (op: 'lte' | 'gte', days: number) => milestoneFields.bound('activeDueDate', op, addDays(today, days));
  return {
    overdue: due('lte', -1),
    days30: [...due('gte', 0), ...due('lte', 30)],
    days60: [...due('gte', 31), ...due('lte', 60)],
    days90: [...due('gte', 61), ...due('lte', DUE_HORIZON_DAYS)],
  };
}

/** Each kind's open milestones of active contracts due within the horizon, counted per window in one request. */
function dueCounts(store: Repository, tenantId: string, today: string): Promise<Record<string, number>> {
  const horizon = milestoneFields.bound('activeDueDate', 'lte', addDays(today, DUE_HORIZON_DAYS));
  const windows = windowFilters(today);
  const groups: Record<string, Filter[]> = {};
  for (const kind of KINDS) {
    for (const [window, filters] of Object.entries(windows)) {
      groups[`${kind}/${window}`] = [...milestoneFields.eq('kind', kind), ...filters];
    }
  }
  return store.countEach(tenantId, 'milestone', horizon, groups);
}

/** What follow-up lists besides the due milestones. */
interface Alerts {
  expiring: ContractFigures[];
  regulated: ContractFigures[];
  costliest: CaseFigures[];
  /** The monthly reviews of special rates that are overdue. */
  reviews: Milestone[];
}

/**
 * What follow-up lists, in one call: the soonest `items` of each kind's milestones due within the horizon (overdue
 * first), the special rates ending soon, the contracts regulated above what they allow and the costliest cases. The
 * overdue monthly reviews of special rates are the head of their kind's list, so that list is as long as either
 * needs.
 */
async function listed(
  store: Repository,
  tenantId: string,
  today: string,
  items: number,
  settings: Pick<Settings, 'dueSoonDays' | 'expensiveCases'>,
): Promise<Alerts & { due: Milestone[] }> {
  const horizon = milestoneFields.bound('activeDueDate', 'lte', addDays(today, DUE_HORIZON_DAYS));
  const byDueDate = milestoneFields.order('activeDueDate');
  const due = KINDS.map((kind): ListOf => ({
    kind: 'milestone',
    filters: [...milestoneFields.eq('kind', kind), ...horizon],
    orderBy: byDueDate,
    limit: kind === 'specialRateReview' ? Math.max(items, ALERT_LIMIT) : items,
  }));
  const expiring: ListOf = {
    kind: 'contractFigures',
    filters: [
      ...contractFiguresFields.bound('specialRateEnd', 'gte', today),
      ...contractFiguresFields.bound('specialRateEnd', 'lte', addDays(today, settings.dueSoonDays)),
    ],
    orderBy: contractFiguresFields.order('specialRateEnd'),
    limit: ALERT_LIMIT,
  };
  const regulated: ListOf = {
    kind: 'contractFigures',
    filters: contractFiguresFields.eq('regulated', true),
    limit: ALERT_LIMIT,
  };
  const costliest: ListOf = {
    kind: 'caseFigures',
    orderBy: caseFiguresFields.order('costRank'),
    limit: settings.expensiveCases.topN,
  };
  const asked = [...due, expiring, regulated, costliest].filter((list) => list.limit > 0);
  const pages = await store.listEach(tenantId, asked);
  const bodies = <T>(list: ListOf): T[] => pages[asked.indexOf(list)]?.items.map((doc) => doc.body as T) ?? [];
  const reviewList = bodies<Milestone>(due[KINDS.indexOf('specialRateReview')]!);
  const yesterday = addDays(today, -1);
  return {
    due: due.flatMap((list) => bodies<Milestone>(list).slice(0, items)),
    reviews: reviewList.filter((m) => m.dueDate <= yesterday).slice(0, ALERT_LIMIT),
    expiring: bodies(expiring),
    regulated: bodies(regulated),
    costliest: bodies(costliest),
  };
}

/** The due groups: counts from the store, items as the rule lists them. */
function groupsOf(counts: Record<string, number>, listed: DueGroup[]): DueGroup[] {
  const itemsOf = new Map(listed.map((group) => [group.kind, group.items]));
  return KINDS.flatMap((kind): DueGroup[] => {
    const windows = ['overdue', 'days30', 'days60', 'days90'] as const;
    const own = Object.fromEntries(windows.map((w) => [w, counts[`${kind}/${w}`] ?? 0])) as Record<DueWindow, number>;
    if (windows.every((w) => own[w] === 0)) return [];
    return [{ kind, counts: own, items: itemsOf.get(kind) ?? [] }];
  });
}

/** The tenant's follow-up overview today, listing at most `items` milestones of each due group. */
export async function followUpOverview(
  services: Services,
  tenantId: string,
  items = DEFAULT_ITEMS,
): Promise<FollowUpOverview> {
  const { store } = services;
  const today = isoDateOf(services.now());
  const [stored, counts] = await Promise.all([readSettings(store, tenantId), dueCounts(store, tenantId, today)]);
  const settings = stored ?? FALLBACK;
  const { due, reviews, expiring, regulated, costliest } = await listed(store, tenantId, today, items, settings);
  // The contracts the listed milestones belong to, for their titles and special rates: one read. The costliest cases'
  // follow-ups are kept with their figures.
  const known = new Map(expiring.map((f) => [f.contract.id, f.contract]));
  const wanted = [...new Set([...due, ...reviews].map((m) => m.contractId))].filter((id) => !known.has(id));
  const figures = await store.getMany<ContractFigures>(tenantId, 'contractFigures', wanted);
  for (const doc of figures) known.set(doc.id, doc.body.contract);
  const followUps = costliest.flatMap((c) => c.followUps.entries);
  const titles = new Map([...known.values()].map((c) => [c.id, c.title]));
  const contracts = costliest.flatMap((c) => c.contracts);
  return {
    asOf: today,
    dueGroups: groupsOf(counts, dueGroups(due, titles, today, items)),
    specialRates: specialRateAlerts([...known.values()], reviews, today, settings.dueSoonDays).slice(0, ALERT_LIMIT),
    regulations: regulated.flatMap((f) => f.regulations),
    expensiveCases: expensiveCases(
      contracts,
      followUps,
      settings,
      today,
      costliest.map((c) => [c.caseId, c.contracts]),
    ),
  };
}

export const getFollowUpOverview = declare('follow-up', followUpRoutes.overview, async ({ query, user, services }) =>
  ok(await followUpOverview(services, user.tenantId, query.items)),
);

export const routes = [getFollowUpOverview];
