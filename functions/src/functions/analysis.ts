// Price-regulation check, the spend and savings dashboards and the overview of a period, computed by the shared rules over the tenant's data.
import { analysisRoutes, type DashboardAnswer } from '@koberollen/shared/api/analysis.contract';
import type { Case } from '@koberollen/shared/domain/case';
import type { Contract, Milestone } from '@koberollen/shared/domain/contract';
import type { Provider } from '@koberollen/shared/domain/provider';
import { aggregateDashboard, type DashboardContract } from '@koberollen/shared/rules/dashboard';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { followUpStatus } from '@koberollen/shared/rules/followUpStatus';
import { roundKr } from '@koberollen/shared/rules/money';
import { listPriceOf } from '@koberollen/shared/rules/offerPrices';
import { type Period, periodOf } from '@koberollen/shared/rules/periodCost';
import { checkPriceRegulation } from '@koberollen/shared/rules/priceRegulation';
import { negotiatedSaving, sumSavings } from '@koberollen/shared/rules/savings';
import { aggregateSpend, type SpendContract } from '@koberollen/shared/rules/spend';

import { declare } from '../http/declare';
import { ok } from '../http/responses';
import { milestoneFields } from '../indexes/milestone';
import { collectAll, readSettings } from '../records/collect';
import { tenantMemo } from '../records/memo';
import {
  type OverviewCase,
  overviewCases,
  type OverviewContract,
  overviewContracts,
  type OverviewProvider,
  overviewProviders,
} from '../records/overviewSets';
import type { Services } from '../services';
import { keepFiguresInTurns, keptFigures } from './dashboardFigures';
import { readOwn } from './resource';

export const checkRegulation = declare('price-regulation-check', analysisRoutes.checkPriceRegulation, async (call) => {
  const { body, user, services } = call;
  const { contractId, ...rates } = body;
  const contract = contractId
    ? (await readOwn<Contract>(services, user, 'contract', contractId, 'Kontrakten')).body
    : undefined;
  const settings = await readSettings(services.store, user.tenantId);
  return ok(
    checkPriceRegulation({ ...rates, klRates: settings?.regulationRates ?? [], basis: contract?.priceRegulation }),
  );
});

/** Each contract with its provider (contracts without one are left out), its offer and its case, in contract order. */
function withParties<C extends Pick<OverviewContract, 'providerId' | 'offerId' | 'caseId'>>(
  contracts: C[],
  providers: OverviewProvider[],
  cases: OverviewCase[],
) {
  const providerById = new Map(providers.map((p) => [p.id, p]));
  const caseById = new Map(cases.map((c) => [c.id, c]));
  return contracts.flatMap((contract) => {
    const provider = providerById.get(contract.providerId);
    return provider
      ? [
          {
            contract,
            provider,
            offer: provider.offers.find((o) => o.id === contract.offerId),
            caseRecord: caseById.get(contract.caseId),
          },
        ]
      : [];
  });
}

/** The tenant's contracts with their provider and case loaded once each. */
async function contractsWithParties(services: Services, tenantId: string) {
  const [contracts, providers, cases] = await Promise.all([
    collectAll<Contract>(services.store, tenantId, 'contract'),
    collectAll<Provider>(services.store, tenantId, 'provider'),
    collectAll<Case>(services.store, tenantId, 'case'),
  ]);
  return withParties(contracts, providers, cases);
}

export const spendDashboard = declare('dashboard-spend', analysisRoutes.spend, async ({ query, user, services }) => {
  const asOf = query.asOf ?? isoDateOf(services.now());
  const joined = await contractsWithParties(services, user.tenantId);
  const contracts: SpendContract[] = joined.map(({ contract, provider, offer, caseRecord }) => ({
    ...contract,
    providerName: provider.name,
    ownership: provider.ownership,
    paragraph: offer?.paragraph,
    targetGroup: caseRecord?.targetGroup ?? 'Ukendt målgruppe',
  }));
  const rows = aggregateSpend(contracts, query.groupBy, asOf);
  return ok({ asOf, groupBy: query.groupBy, total: roundKr(rows.reduce((sum, r) => sum + r.annualCost, 0)), rows });
});

export const savingsDashboard = declare('dashboard-savings', analysisRoutes.savings, async ({ user, services }) => {
  const joined = await contractsWithParties(services, user.tenantId);
  const rows = joined.flatMap(({ contract, offer }) =>
    contract.rates.flatMap((rate) => {
      const listRate = listPriceOf(offer, rate.type);
      if (listRate === undefined) return [];
      const saving = negotiatedSaving({ before: listRate, after: rate.amount, rateType: rate.type });
      const { id: contractId, title, providerId } = contract;
      return [{ contractId, title, providerId, rateType: rate.type, listRate, contractRate: rate.amount, ...saving }];
    }),
  );
  rows.sort((a, b) => b.annual - a.annual);
  return ok({ totalAnnual: sumSavings(rows), rows });
});

/** A case's follow-up status from its milestones, read by the indexed case id. */
async function caseFollowUp(services: Services, tenantId: string, caseId: string, today: string) {
  const milestones = await collectAll<Milestone>(
    services.store,
    tenantId,
    'milestone',
    milestoneFields.eq('caseId', caseId),
  );
  return followUpStatus(milestones, today);
}

/** Each period's overview, read from the tenant's contracts, providers, cases, milestones and settings, kept while
 * they are unchanged. */
const overviews = tenantMemo<DashboardAnswer>(['contract', 'provider', 'case', 'milestone', 'settings']);

/** The tenant's overview of the period asked for (see periodOf); computed, or kept since it last was. */
export function periodOverview(services: Services, tenantId: string, asked: Partial<Period>): Promise<DashboardAnswer> {
  const today = isoDateOf(services.now());
  const period = periodOf(asked, today);
  const key = `${today}/${period.from}/${period.to}`;
  return overviews.get(services.store, tenantId, key, () => overview(services, tenantId, period, today));
}

export const dashboardOverview = declare(
  'dashboard-overview',
  analysisRoutes.overview,
  async ({ query, user, services }) => ok(await periodOverview(services, user.tenantId, query)),
);

async function overview(services: Services, tenantId: string, period: Period, today: string): Promise<DashboardAnswer> {
  const { store } = services;
  // All contracts: the overview itself passes over those that do not run in the period, and drafts.
  const [contracts, providers, cases, settings] = await Promise.all([
    overviewContracts.read(store, tenantId),
    overviewProviders.read(store, tenantId),
    overviewCases.read(store, tenantId),
    readSettings(store, tenantId),
  ]);
  const items: DashboardContract[] = withParties(contracts, providers, cases).map(
    ({ contract, provider, offer, caseRecord }) => ({
      contract,
      providerName: provider.name,
      ownership: provider.ownership,
      own: provider.ownership === 'public' && provider.municipality === settings?.name,
      offer,
      caseRecord,
    }),
  );
  const figuresOf = keptFigures(period);
  await keepFiguresInTurns(items, figuresOf);
  const dashboard = aggregateDashboard(items, period, figuresOf, settings?.expensiveCases.topN);
  const expensive = await Promise.all(
    dashboard.expensive.map(async (c) => ({
      ...c,
      followUp: await caseFollowUp(services, tenantId, c.caseId, today),
    })),
  );
  return { ...period, ...dashboard, expensive };
}

export const routes = [checkRegulation, spendDashboard, savingsDashboard, dashboardOverview];
