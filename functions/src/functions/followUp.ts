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
import { collectAll, readSettings } from '../records/collect';
import type { Services } from '../services';
import type { Filter, Repository } from '../store/types';

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

/** One page of a list, bodies only. */
async function firstPage<T>(
  store: Repository,
  tenantId: string,
  kind: 'milestone' | 'contractFigures' | 'caseFigures',
  filters: Filter[],
  orderBy: string | undefined,
  limit: number,
): Promise<T[]> {
  if (limit === 0) return [];
  return (await store.list<T>(tenantId, kind, { filters, orderBy, limit })).items.map((doc) => doc.body);
}

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

/**
 * Each kind's open milestones of active contracts due within the horizon: counted per window in one request, and
 * the soonest `items` of each kind listed (one request per kind).
 */
async function dueMilestones(store: Repository, tenantId: string, today: string, items: number) {
  const horizon = milestoneFields.bound('activeDueDate', 'lte', addDays(today, DUE_HORIZON_DAYS));
  const windows = windowFilters(today);
  const groups: Record<string, Filter[]> = {};
  for (const kind of KINDS) {
    for (const [window, filters] of Object.entries(windows)) {
      groups[`${kind}/${window}`] = [...milestoneFields.eq('kind', kind), ...filters];
    }
  }
  const [counts, ...lists] = await Promise.all([
    store.countEach(tenantId, 'milestone', horizon, groups),
    ...KINDS.map((kind) =>
      firstPage<Milestone>(
        store,
        tenantId,
        'milestone',
        [...milestoneFields.eq('kind', kind), ...horizon],
        'activeDueDate',
        items,
      ),
    ),
  ]);
  return { counts, listed: lists.flat() };
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
  const settings = (await readSettings(store, tenantId)) ?? FALLBACK;
  const topN = settings.expensiveCases.topN;
  const [due, expiring, reviews, regulated, costliest] = await Promise.all([
    dueMilestones(store, tenantId, today, items),
    firstPage<ContractFigures>(
      store,
      tenantId,
      'contractFigures',
      [
        ...contractFiguresFields.bound('specialRateEnd', 'gte', today),
        ...contractFiguresFields.bound('specialRateEnd', 'lte', addDays(today, settings.dueSoonDays)),
      ],
      'specialRateEnd',
      ALERT_LIMIT,
    ),
    firstPage<Milestone>(
      store,
      tenantId,
      'milestone',
      [
        ...milestoneFields.eq('kind', 'specialRateReview'),
        ...milestoneFields.bound('activeDueDate', 'lte', addDays(today, -1)),
      ],
      'activeDueDate',
      ALERT_LIMIT,
    ),
    firstPage<ContractFigures>(
      store,
      tenantId,
      'contractFigures',
      contractFiguresFields.eq('regulated', true),
      undefined,
      ALERT_LIMIT,
    ),
    firstPage<CaseFigures>(store, tenantId, 'caseFigures', [], caseFiguresFields.order('costRank'), topN),
  ]);
  // The contracts the listed milestones belong to, for their titles and special rates: one read.
  const known = new Map(expiring.map((f) => [f.contract.id, f.contract]));
  const wanted = [...new Set([...due.listed, ...reviews].map((m) => m.contractId))].filter((id) => !known.has(id));
  for (const doc of await store.getMany<ContractFigures>(tenantId, 'contractFigures', wanted)) {
    known.set(doc.id, doc.body.contract);
  }
  const titles = new Map([...known.values()].map((c) => [c.id, c.title]));
  const followUps = await Promise.all(
    costliest.map((c) =>
      collectAll<Milestone>(store, tenantId, 'milestone', [
        ...milestoneFields.eq('caseId', c.caseId),
        ...milestoneFields.eq('kind', 'followUp'),
      ]),
    ),
  );
  const contracts = costliest.flatMap((c) => c.contracts);
  return {
    asOf: today,
    dueGroups: groupsOf(due.counts, dueGroups(due.listed, titles, today, items)),
    specialRates: specialRateAlerts([...known.values()], reviews, today, settings.dueSoonDays).slice(0, ALERT_LIMIT),
    regulations: regulated.flatMap((f) => f.regulations),
    expensiveCases: expensiveCases(
      contracts,
      followUps.flat(),
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
