// Price-regulation check, and the overview of a period and its full tables, read from the spend kept on write (see
// records/overviewRead.ts and records/spendTable.ts).
import { analysisRoutes } from '@koberollen/shared/api/analysis.contract';
import type { Contract } from '@koberollen/shared/domain/contract';
import { checkPriceRegulation } from '@koberollen/shared/rules/priceRegulation';

import { declare } from '../http/declare';
import { ok } from '../http/responses';
import { readSettings } from '../records/collect';
import { readOverview } from '../records/overviewRead';
import { readSavingsTable, readSpendTable } from '../records/spendTable';
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

export const spendDashboard = declare('dashboard-spend', analysisRoutes.spend, async ({ query, user, services }) =>
  ok(await readSpendTable(services, user.tenantId, query)),
);

export const savingsDashboard = declare(
  'dashboard-savings',
  analysisRoutes.savings,
  async ({ query, user, services }) => ok(await readSavingsTable(services, user.tenantId, query)),
);

export const dashboardOverview = declare(
  'dashboard-overview',
  analysisRoutes.overview,
  async ({ query, user, services }) => ok(await readOverview(services, user.tenantId, query)),
);

export const routes = [checkRegulation, spendDashboard, savingsDashboard, dashboardOverview];
