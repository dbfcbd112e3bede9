// Price-regulation check, the spend and savings dashboards computed by the shared rules over the tenant's data, and
// the overview of a period read from the spend kept on write (see records/overviewRead.ts).
import { analysisRoutes } from '@koberollen/shared/api/analysis.contract';
import type { Case } from '@koberollen/shared/domain/case';
import type { Contract } from '@koberollen/shared/domain/contract';
import type { Provider } from '@koberollen/shared/domain/provider';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { roundKr } from '@koberollen/shared/rules/money';
import { listPriceOf } from '@koberollen/shared/rules/offerPrices';
import { checkPriceRegulation } from '@koberollen/shared/rules/priceRegulation';
import { negotiatedSaving, sumSavings } from '@koberollen/shared/rules/savings';
import { aggregateSpend, type SpendContract } from '@koberollen/shared/rules/spend';

import { declare } from '../http/declare';
import { ok } from '../http/responses';
import { collectAll, readSettings } from '../records/collect';
import { readOverview } from '../records/overviewRead';
import type { Services } from '../services';
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
function withParties(contracts: Contract[], providers: Provider[], cases: Case[]) {
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

export const dashboardOverview = declare(
  'dashboard-overview',
  analysisRoutes.overview,
  async ({ query, user, services }) => ok(await readOverview(services, user.tenantId, query)),
);

export const routes = [checkRegulation, spendDashboard, savingsDashboard, dashboardOverview];
