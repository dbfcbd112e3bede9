// Demo settings per municipality, including KL's regulation rates as demo values for finance to confirm.
import type { UserRef } from '@koberollen/shared/domain/common';
import type { RegulationRate, Settings } from '@koberollen/shared/domain/settings';

import { SETTINGS_ID } from '../records/collect';
import type { WriteOp } from '../store/types';
import type { DemoTenant } from './tenants';

/** Demo percentages for the four years before the current one and the current year, oldest first. */
const DEMO_PERCENTS = [2.2, 2.6, 3.9, 2.4, 2.1];

const DEMO_SOURCE = 'PL-sats fra økonomiaftalen mellem regeringen og KL, demoværdi — bekræftes af økonomi';

/** Regulation rates for the years leading up to `year`, marked as demo values: never real, never hard-coded. */
export function demoRegulationRates(year: number): RegulationRate[] {
  const first = year - DEMO_PERCENTS.length + 1;
  return DEMO_PERCENTS.map((percent, i) => ({ year: first + i, percent, source: DEMO_SOURCE }));
}

/** The settings record of a demo municipality. */
export function demoSettings(tenant: DemoTenant, year: number, updatedAt: string, updatedBy: UserRef): Settings {
  return {
    name: tenant.name,
    regulationRates: demoRegulationRates(year),
    defaultFollowUpCadenceMonths: 6,
    expensiveCases: { topN: 12, followUpsPerYear: 4 },
    dueSoonDays: 30,
    retentionMonthsAfterClose: 60,
    updatedAt,
    updatedBy,
  };
}

export function settingsOp(settings: Settings): WriteOp {
  return { op: 'upsert', kind: 'settings', id: SETTINGS_ID, body: settings };
}
