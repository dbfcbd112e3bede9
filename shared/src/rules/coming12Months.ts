// The cost of a contract in the coming 12 months: the one figure the register, follow-up, dashboard and pane show.
import type { ContractInput } from '../domain/contract';
import type { RegulationRate } from '../domain/settings';
import { addDays, addMonths, compareDates, formatIsoDate, yearOf } from './dates';
import { formatDate, formatKr } from './format';
import { roundKr } from './money';
import { addByMonth, contractCharges, type DailyCharge, type Period } from './periodCost';
import { regulationFactor } from './priceRegulation';

/** What the rule reads of a contract. */
export type CostedContract = Pick<
  ContractInput,
  'startDate' | 'endDate' | 'rates' | 'specialRate' | 'priceRegulation' | 'weeklyHours'
>;

/** The 12 months from `from`: that day up to and including the day before the same date a year later. */
export function coming12Months(from: string): Period {
  return { from, to: addDays(addMonths(from, 12), -1) };
}

/** How a figure of the coming 12 months is labelled in the UI, e.g. "12 mdr. fra 07.12.2026". */
export function coming12MonthsLabel(from: string): string {
  return `12 mdr. fra ${formatDate(from)}`;
}

/** The regulation dates (1st of the contract's regulation month) after `first` and within the period. */
function regulationDates(first: string, period: Period, month: number): string[] {
  const dates: string[] = [];
  for (let year = yearOf(first); year <= yearOf(period.to); year++) {
    const date = formatIsoDate(year, month, 1);
    if (compareDates(date, first) > 0 && compareDates(date, period.to) <= 0) dates.push(date);
  }
  return dates;
}

/**
 * The contract's charges with each open-ended rate (no successor known) raised at every regulation date within the
 * period, by as much as the contract allows: the year's PL rate of the economy agreement where an administrator has
 * entered it, the contract's cap, or nothing (also for a contract inside a framework agreement, whose new rate the
 * styringsaftale sets and the municipality records). A year whose PL rate is not entered yet is not guessed. Rates
 * that end, and the special rate, keep their amount.
 */
function regulatedCharges(contract: CostedContract, period: Period, klRates: RegulationRate[]): DailyCharge[] {
  const charges = contractCharges(contract);
  const specialFirst = contract.specialRate?.startDate;
  return charges.flatMap((charge, index) => {
    const isSpecial = specialFirst !== undefined && index === charges.length - 1;
    const rate = contract.rates[index];
    if (isSpecial || !rate || rate.validTo !== undefined) return [charge];
    const start = compareDates(charge.first, period.from) > 0 ? charge.first : period.from;
    const dates = regulationDates(start, period, contract.priceRegulation.month);
    const pieces: DailyCharge[] = [];
    let first = charge.first;
    for (const [i, date] of dates.entries()) {
      if (charge.last !== undefined && compareDates(date, charge.last) > 0) break;
      const years = dates.slice(0, i).map(yearOf);
      const { factor } = regulationFactor(years, klRates, contract.priceRegulation);
      pieces.push({ ...charge, amount: charge.amount * factor, first, last: addDays(date, -1) });
      first = date;
    }
    const years = dates.filter((d) => charge.last === undefined || compareDates(d, charge.last) <= 0).map(yearOf);
    const { factor } = regulationFactor(years, klRates, contract.priceRegulation);
    return [...pieces, { ...charge, amount: charge.amount * factor, first }];
  });
}

/**
 * What the contract costs in the 12 months from `from` (see coming12Months), in kroner rounded to øre: each day at
 * the rates in force that day and those known to come, a special rate only up to its end date, nothing after the
 * contract's end, and open-ended rates regulated as the contract allows (see regulatedCharges). Hourly rates count
 * the contract's weekly hours; without them they add nothing.
 */
export function coming12MonthsCost(contract: CostedContract, from: string, klRates: RegulationRate[] = []): number {
  const period = coming12Months(from);
  const byMonth = new Map<string, number>();
  addByMonth(regulatedCharges(contract, period, klRates), period, byMonth);
  let total = 0;
  for (const amount of byMonth.values()) total += amount;
  return roundKr(total);
}

/**
 * The stored cost figures of a contract written on `today`: the cost of the 12 months from today, or from its
 * start when that is later (a contract not begun yet shows its first 12 months).
 */
export function contractCostFields(
  contract: CostedContract,
  today: string,
  klRates: RegulationRate[] = [],
): { annualCost: number; annualCostFrom: string } {
  const from = compareDates(contract.startDate, today) > 0 ? contract.startDate : today;
  return { annualCost: coming12MonthsCost(contract, from, klRates), annualCostFrom: from };
}

/** A contract's stored cost with the 12 months it covers, e.g. "912.500,00 kr. i 12 mdr. fra 07.12.2026". */
export function costWithPeriod(contract: { annualCost: number; annualCostFrom?: string }): string {
  const period = contract.annualCostFrom ? coming12MonthsLabel(contract.annualCostFrom) : 'de næste 12 mdr.';
  return `${formatKr(contract.annualCost)} i ${period}`;
}
