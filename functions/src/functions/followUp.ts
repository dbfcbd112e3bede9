// GET /api/follow-up: follow-up at a glance for the tenant, from its active contracts, open milestones and providers
// (held in memory: see records/overviewSets.ts).
import { followUpRoutes } from '@koberollen/shared/api/followUp.contract';
import type { Milestone } from '@koberollen/shared/domain/contract';
import type { FollowUpOverview } from '@koberollen/shared/domain/followUp';
import type { Settings } from '@koberollen/shared/domain/settings';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import {
  costliestCases,
  dueGroups,
  expensiveCases,
  specialRateAlerts,
} from '@koberollen/shared/rules/followUpOverview';
import { regulationAlerts } from '@koberollen/shared/rules/regulationAlerts';

import { declare } from '../http/declare';
import { ok } from '../http/responses';
import { milestoneFields } from '../indexes/milestone';
import { collectAll, readSettings } from '../records/collect';
import { tenantMemo } from '../records/memo';
import {
  openMilestonesDueSoon,
  type OverviewContract,
  overviewContracts,
  overviewProviders,
} from '../records/overviewSets';
import type { Services } from '../services';
import type { Repository } from '../store/types';

/** What the overview uses of a tenant not yet onboarded: no KL rates, the schema's defaults otherwise. */
const FALLBACK: Pick<Settings, 'regulationRates' | 'expensiveCases' | 'dueSoonDays'> = {
  regulationRates: [],
  expensiveCases: { topN: 10, followUpsPerYear: 4 },
  dueSoonDays: 30,
};

/** The overview read from the tenant's contracts, milestones, providers and settings, kept while they are unchanged. */
const overviews = tenantMemo<FollowUpOverview>(['contract', 'milestone', 'provider', 'settings']);

/**
 * The tenant's follow-up overview today, listing at most `items` milestones of each due group (all without it);
 * computed, or kept since it last was.
 */
export function followUpOverview(services: Services, tenantId: string, items?: number): Promise<FollowUpOverview> {
  const today = isoDateOf(services.now());
  const key = `${today}/${items ?? 'all'}`;
  return overviews.get(services.store, tenantId, key, () => overview(services.store, tenantId, today, items));
}

export const getFollowUpOverview = declare('follow-up', followUpRoutes.overview, async ({ query, user, services }) =>
  ok(await followUpOverview(services, user.tenantId, query.items)),
);

async function overview(
  store: Repository,
  tenantId: string,
  today: string,
  itemsPerGroup?: number,
): Promise<FollowUpOverview> {
  const [settings, contracts, providers, open] = await Promise.all([
    readSettings(store, tenantId).then((s) => s ?? FALLBACK),
    overviewContracts.read(store, tenantId),
    overviewProviders.read(store, tenantId),
    openMilestonesDueSoon(store, tenantId, today),
  ]);
  // Drafts and ended contracts call for nothing now.
  const active = contracts.filter((c) => c.status === 'active');
  const costliest = costliestCases(active, settings.expensiveCases.topN);
  const followUps = await Promise.all(
    costliest
      .flatMap(([, own]) => own)
      .map((c) =>
        collectAll<Milestone>(store, tenantId, 'milestone', [
          ...milestoneFields.eq('contractId', c.id),
          ...milestoneFields.eq('kind', 'followUp'),
        ]),
      ),
  );
  const providerById = new Map(providers.map((p) => [p.id, p]));
  // Of offers sharing an id, the last.
  const offerOf = (c: OverviewContract) => providerById.get(c.providerId)?.offers.findLast((o) => o.id === c.offerId);
  const titles = new Map(active.map((c) => [c.id, c.title]));
  const due = open.filter((m) => titles.has(m.contractId));
  return {
    asOf: today,
    dueGroups: dueGroups(due, titles, today, itemsPerGroup),
    specialRates: specialRateAlerts(active, due, today, settings.dueSoonDays),
    regulations: active.flatMap((c) => regulationAlerts(c, offerOf(c), settings.regulationRates, today)),
    expensiveCases: expensiveCases(active, followUps.flat(), settings, today, costliest),
  };
}

export const routes = [getFollowUpOverview];
