// What every generator needs to know: the tenant, the clock (all demo dates are relative to it) and KL's rates.
import type { UserRef } from '@koberollen/shared/domain/common';
import type { RegulationRate } from '@koberollen/shared/domain/settings';
import { compareDates, isoDateOf, yearOf } from '@koberollen/shared/rules/dates';

import { demoRegulationRates } from './settings';

export interface SeedContext {
  tenantId: string;
  now: Date;
  /** `now` as a calendar day in Denmark. */
  today: string;
  year: number;
  klRates: RegulationRate[];
}

export function seedContext(tenantId: string, now: Date): SeedContext {
  const today = isoDateOf(now);
  const year = yearOf(today);
  return { tenantId, now, today, year, klRates: demoRegulationRates(year) };
}

/** A timestamp on the given day (mid-morning), never later than now, so nothing seems to happen in the future. */
export function timestampOn(ctx: SeedContext, date: string): string {
  return compareDates(date, ctx.today) < 0 ? `${date}T08:30:00.000Z` : ctx.now.toISOString();
}

/** Creation and update stamps for a record made by `by` on `date`. */
export function stampsOn(ctx: SeedContext, by: UserRef, date: string) {
  const at = timestampOn(ctx, date);
  return { createdAt: at, createdBy: by, updatedAt: at, updatedBy: by };
}
