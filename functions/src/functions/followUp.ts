// GET /api/follow-up: follow-up at a glance for the tenant, from its active contracts, open milestones and providers.
import { followUpRoutes } from '@koberollen/shared/api/followUp.contract';
import type { Contract, Milestone } from '@koberollen/shared/domain/contract';
import type { FollowUpOverview } from '@koberollen/shared/domain/followUp';
import type { Provider } from '@koberollen/shared/domain/provider';
import type { Settings } from '@koberollen/shared/domain/settings';
import { addDays, isoDateOf } from '@koberollen/shared/rules/dates';
import {
  costliestCases,
  DUE_HORIZON_DAYS,
  dueGroups,
  expensiveCases,
  specialRateAlerts,
} from '@koberollen/shared/rules/followUpOverview';
import { regulationAlerts } from '@koberollen/shared/rules/regulationAlerts';

import { declare } from '../http/declare';
import { ok } from '../http/responses';
import { contractFields } from '../indexes/contract';
import { milestoneFields, openDueBy } from '../indexes/milestone';
import { collectAll, readSettings } from '../records/collect';
import { tenantMemo } from '../records/memo';
import type { Repository } from '../store/types';

/** What the overview uses of a tenant not yet onboarded: no KL rates, the schema's defaults otherwise. */
const FALLBACK: Pick<Settings, 'regulationRates' | 'expensiveCases' | 'dueSoonDays'> = {
  regulationRates: [],
  expensiveCases: { topN: 10, followUpsPerYear: 4 },
  dueSoonDays: 30,
};

/** The overview read from the tenant's contracts, milestones, providers and settings, kept while they are unchanged. */
const overviews = tenantMemo<FollowUpOverview>(['contract', 'milestone', 'provider', 'settings']);

export const getFollowUpOverview = declare('follow-up', followUpRoutes.overview, async ({ query, user, services }) => {
  const today = isoDateOf(services.now());
  const key = `${today}/${query.items ?? 'all'}`;
  return ok(
    await overviews.get(services.store, user.tenantId, key, () =>
      overview(services.store, user.tenantId, today, query.items),
    ),
  );
});

async function overview(
  store: Repository,
  tenantId: string,
  today: string,
  itemsPerGroup?: number,
): Promise<FollowUpOverview> {
  const [settings, contracts, open] = await Promise.all([
    readSettings(store, tenantId).then((s) => s ?? FALLBACK),
    collectAll<Contract>(store, tenantId, 'contract', contractFields.eq('status', 'active')),
    // In due date order, so the walk reads the open milestones up to the horizon and stops there.
    collectAll<Milestone>(store, tenantId, 'milestone', openDueBy(addDays(today, DUE_HORIZON_DAYS)), 'openDueDate'),
  ]);
  const providerIds = [...new Set(contracts.map((c) => c.providerId))];
  const costliest = costliestCases(contracts, settings.expensiveCases.topN).flatMap(([, own]) => own);
  const [providers, followUps] = await Promise.all([
    Promise.all(providerIds.map((id) => store.get<Provider>(tenantId, 'provider', id))),
    Promise.all(
      costliest.map((c) =>
        collectAll<Milestone>(store, tenantId, 'milestone', [
          ...milestoneFields.eq('contractId', c.id),
          ...milestoneFields.eq('kind', 'followUp'),
        ]),
      ),
    ),
  ]);
  const offers = new Map(providers.flatMap((doc) => (doc ? doc.body.offers.map((o) => [`${doc.id}/${o.id}`, o]) : [])));
  const titles = new Map(contracts.map((c) => [c.id, c.title]));
  // Drafts and ended contracts call for nothing now.
  const active = open.filter((m) => titles.has(m.contractId));
  return {
    asOf: today,
    dueGroups: dueGroups(active, titles, today, itemsPerGroup),
    specialRates: specialRateAlerts(contracts, active, today, settings.dueSoonDays),
    regulations: contracts.flatMap((c) =>
      regulationAlerts(c, offers.get(`${c.providerId}/${c.offerId}`), settings.regulationRates, today),
    ),
    expensiveCases: expensiveCases(contracts, followUps.flat(), settings, today),
  };
}

export const routes = [getFollowUpOverview];
