// Units of each rate type bought in a year, and the day whose rates a yearly figure uses.
import type { ContractInput } from '../domain/contract';
import type { RateType } from '../domain/rate';
import { compareDates } from './dates';

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

/** The day whose rates the annual cost uses: today, kept within the contract's period. */
export function costDate(contract: Pick<ContractInput, 'startDate' | 'endDate'>, today: string): string {
  if (compareDates(today, contract.startDate) < 0) return contract.startDate;
  if (contract.endDate !== undefined && compareDates(today, contract.endDate) > 0) return contract.endDate;
  return today;
}
