// GET /api/follow-up: follow-up at a glance for the tenant, from the day buckets of due milestones the store keeps on
// write (store/tallies.ts), one indexed query with a limit for the soonest of them, and its contracts' and cases'
// figures (see records/figures.ts): a bounded read however large the municipality.
import { followUpRoutes } from '@koberollen/shared/api/followUp.contract';
import type { Milestone, MilestoneKind } from '@koberollen/shared/domain/contract';
import type { DueGroup, DueWindow, FollowUpOverview } from '@koberollen/shared/domain/followUp';
import type { Settings } from '@koberollen/shared/domain/settings';
import type { CaseFigures, ContractFigures } from '@koberollen/shared/rules/contractFigures';
import { addDays, isoDateOf } from '@koberollen/shared/rules/dates';
import { bucketsOf, type DueBucket, soonestLists, windowCounts } from '@koberollen/shared/rules/dueBuckets';
import { dueGroups, expensiveCases, specialRateAlerts } from '@koberollen/shared/rules/followUpOverview';
import { MILESTONE_TITLES } from '@koberollen/shared/rules/milestones';

import { declare } from '../http/declare';
import { ok } from '../http/responses';
import { caseFiguresFields, contractFiguresFields } from '../indexes/figures';
import { milestoneFields } from '../indexes/milestone';
import { readSettings } from '../records/collect';
import type { Services } from '../services';
import type { ListOf, Page, Repository } from '../store/types';

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

/** What follow-up lists besides the due milestones. */
interface Alerts {
  expiring: ContractFigures[];
  regulated: ContractFigures[];
  costliest: CaseFigures[];
  /** The monthly reviews of special rates that are overdue. */
  reviews: Milestone[];
}

/** Lists of a kind's last bucket of its own at most (Cosmos DB sends a query per list; see soonestLists). */
const OWN_BUCKET_LISTS = 3;

/** A page's documents and the rest the store cut short of `limit` (a Cosmos DB page ends at its response size). */
async function whole(store: Repository, tenantId: string, list: ListOf, page: Page<unknown> | undefined) {
  const items = [...(page?.items ?? [])];
  let continuationToken = page?.continuationToken;
  while (continuationToken && items.length < list.limit) {
    const next = await store.list(tenantId, list.kind, {
      ...list,
      limit: list.limit - items.length,
      continuationToken,
    });
    items.push(...next.items);
    continuationToken = next.continuationToken;
  }
  return items.map((doc) => doc.body as Milestone);
}

/**
 * What follow-up lists, in one call: the soonest `items` of each kind's milestones due within the horizon (overdue
 * first), the special rates ending soon, the contracts regulated above what they allow and the costliest cases. The
 * milestones are one list: those of the day buckets that hold each kind's soonest, in due date order. The overdue
 * monthly reviews of special rates are the head of their kind's list, so that list is as long as either needs.
 */
async function listed(
  store: Repository,
  tenantId: string,
  today: string,
  items: number,
  settings: Pick<Settings, 'dueSoonDays' | 'expensiveCases'>,
  buckets: readonly DueBucket[],
): Promise<Alerts & { due: Milestone[] }> {
  const limitOf = (kind: string) => (kind === 'specialRateReview' ? Math.max(items, ALERT_LIMIT) : items);
  const soonest = soonestLists(buckets, today, limitOf, OWN_BUCKET_LISTS);
  const byDueDate = milestoneFields.order('activeDueDate');
  const due = [
    { filters: milestoneFields.oneOf('dueKey', soonest.whole.keys), limit: soonest.whole.total },
    // A bucket alone as a range of its own order: a seek to its first milestones, however many it holds.
    ...soonest.parts.map((part) => ({
      filters: [
        ...milestoneFields.bound('dueKey', 'gte', part.key),
        ...milestoneFields.bound('dueKey', 'lte', part.key),
      ],
      orderBy: milestoneFields.order('dueKey'),
      limit: part.need,
    })),
  ].map((list): ListOf => ({ kind: 'milestone', orderBy: byDueDate, ...list }));
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
  const soonestDue = (await Promise.all(due.map((list) => whole(store, tenantId, list, pages[asked.indexOf(list)]))))
    .flat()
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ofKind = (kind: string) => soonestDue.filter((m) => m.kind === kind).slice(0, limitOf(kind));
  const reviewList = ofKind('specialRateReview');
  const yesterday = addDays(today, -1);
  return {
    due: KINDS.flatMap((kind) => ofKind(kind).slice(0, items)),
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
  const [stored, tally] = await Promise.all([readSettings(store, tenantId), store.tally(tenantId, 'milestone')]);
  const settings = stored ?? FALLBACK;
  const buckets = bucketsOf(tally);
  const counts = windowCounts(buckets, today);
  const lists = await listed(store, tenantId, today, items, settings, buckets);
  const { due, reviews, expiring, regulated, costliest } = lists;
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
