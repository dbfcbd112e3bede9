// Estimated cost per year of a contract's rates in force, plus a special rate while it runs.
import type { ContractInput, ContractRate, SpecialRate } from '../domain/contract';
import type { RateType } from '../domain/rate';
import { compareDates, inClosedPeriod, inHalfOpenPeriod } from './dates';
import { roundKr } from './money';

/** Weeks in a year for hourly rates. */
export const WEEKS_PER_YEAR = 52;

/**
 * Units of a rate type bought in a year: 365 days, 12 months, `hoursPerWeek` × 52 face-to-face hours, or 12
 * packages (a package is priced per month, as the standard service packages are).
 */
export function annualFactor(type: RateType, hoursPerWeek = 0): number {
  switch (type) {
    case 'day':
      return 365;
    case 'month':
    case 'package':
      return 12;
    case 'hour':
      return hoursPerWeek * WEEKS_PER_YEAR;
  }
}

/**
 * Annual cost in kroner, rounded to øre, of the rates in force on `asOf` (validFrom ≤ asOf < validTo) plus the
 * special rate when asOf lies within its start and end date (both inclusive). Without `asOf` every rate given and
 * the special rate count: the caller has already picked them. Hourly rates count `hoursPerWeek` hours a week;
 * with the default 0 they add nothing, as a contract without agreed weekly hours has no predictable hourly cost.
 */
export function annualCost(rates: ContractRate[], specialRate?: SpecialRate, asOf?: string, hoursPerWeek = 0): number {
  const inForce = asOf === undefined ? rates : rates.filter((r) => inHalfOpenPeriod(asOf, r.validFrom, r.validTo));
  const special =
    specialRate !== undefined &&
    (asOf === undefined || inClosedPeriod(asOf, specialRate.startDate, specialRate.endDate))
      ? [specialRate]
      : [];
  return roundKr(
    [...inForce, ...special].reduce((sum, rate) => sum + rate.amount * annualFactor(rate.type, hoursPerWeek), 0),
  );
}

/** The day whose rates the annual cost uses: today, kept within the contract's period. */
export function costDate(contract: Pick<ContractInput, 'startDate' | 'endDate'>, today: string): string {
  if (compareDates(today, contract.startDate) < 0) return contract.startDate;
  if (contract.endDate !== undefined && compareDates(today, contract.endDate) > 0) return contract.endDate;
  return today;
}
