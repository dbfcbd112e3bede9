// Follow-up at a glance computed the plain way, from a full read of the municipality's records: what the bounded
// answer must equal.
import type { Contract, Milestone } from '@koberollen/shared/domain/contract';
import type { FollowUpOverview } from '@koberollen/shared/domain/followUp';
import type { Provider } from '@koberollen/shared/domain/provider';
import {
  costliestCases,
  dueGroups,
  expensiveCases,
  specialRateAlerts,
} from '@koberollen/shared/rules/followUpOverview';
import { regulationAlerts } from '@koberollen/shared/rules/regulationAlerts';

import { collectAll, readSettings } from '../../../functions/src/records/collect';
import type { Repository } from '../../../functions/src/store/types';

export async function followUpFromFullRead(
  store: Repository,
  tenantId: string,
  today: string,
  items: number,
): Promise<FollowUpOverview> {
  const [settings, contracts, providers, milestones] = await Promise.all([
    readSettings(store, tenantId),
    collectAll<Contract>(store, tenantId, 'contract'),
    collectAll<Provider>(store, tenantId, 'provider'),
    collectAll<Milestone>(store, tenantId, 'milestone'),
  ]);
  if (!settings) throw new Error('Not onboarded');
  const active = contracts.filter((c) => c.status === 'active');
  const titles = new Map(active.map((c) => [c.id, c.title]));
  const due = milestones.filter((m) => m.status !== 'done' && titles.has(m.contractId));
  const offers = new Map(providers.map((p) => [p.id, p.offers]));
  const costliest = costliestCases(active, settings.expensiveCases.topN);
  return {
    asOf: today,
    dueGroups: dueGroups(due, titles, today, items),
    specialRates: specialRateAlerts(active, due, today, settings.dueSoonDays),
    regulations: active.flatMap((c) =>
      regulationAlerts(
        c,
        offers.get(c.providerId)?.findLast((o) => o.id === c.offerId),
        settings.regulationRates,
        today,
      ),
    ),
    expensiveCases: expensiveCases(
      active,
      milestones.filter((m) => m.kind === 'followUp'),
      settings,
      today,
      costliest,
    ),
  };
}
