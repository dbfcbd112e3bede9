// What a contract's rates cost (or a negotiation saved) within a period, day by day, split into calendar months.
import type { ContractInput } from '../domain/contract';
import type { RateType } from '../domain/rate';
import { annualFactor } from './annualCost';
import { addDays, addMonths, compareDates, daysInMonth, formatIsoDate, isLeapYear, parseIsoDate } from './dates';

/** A period of whole days, both ends inclusive. */
export interface Period {
  from: string;
  to: string;
}

/** An amount per unit of a rate type, charged on each day from `first` to `last` (inclusive; open when absent). */
export interface DailyCharge {
  type: RateType;
  amount: number;
  first: string;
  last?: string;
  /** Hours a week bought at an hourly charge; an hourly charge without them adds nothing. */
  hoursPerWeek?: number;
}

const later = (a: string, b: string) => (compareDates(a, b) >= 0 ? a : b);
const earlier = (a: string, b?: string) => (b === undefined || compareDates(a, b) <= 0 ? a : b);

/**
 * The charges of a contract: each rate from its validFrom to the day before its validTo, and the special rate from
 * its start to its end date, each kept within the contract's own period. Amounts are per unit of the rate type.
 */
export function contractCharges(
  contract: Pick<ContractInput, 'startDate' | 'endDate' | 'rates' | 'specialRate' | 'weeklyHours'>,
): DailyCharge[] {
  const hours = contract.weeklyHours === undefined ? {} : { hoursPerWeek: contract.weeklyHours };
  const within = (first: string, last?: string): Pick<DailyCharge, 'first' | 'last'> => {
    const end = contract.endDate === undefined ? last : earlier(contract.endDate, last);
    return { first: later(first, contract.startDate), ...(end === undefined ? {} : { last: end }) };
  };
  const rates = contract.rates.map((rate) => ({
    type: rate.type,
    amount: rate.amount,
    ...hours,
    ...within(rate.validFrom, rate.validTo === undefined ? undefined : addDays(rate.validTo, -1)),
  }));
  const special = contract.specialRate;
  return special
    ? [
        ...rates,
        { type: special.type, amount: special.amount, ...hours, ...within(special.startDate, special.endDate) },
      ]
    : rates;
}

/**
 * Adds what the charges come to within the period to `into`, by month key `YYYY-MM`: each day costs the amount
 * times its units per year (annualFactor) over the days of that year. Hourly charges count their hours a week.
 * Not rounded: callers round their totals once.
 */
export function addByMonth(charges: DailyCharge[], period: Period, into: Map<string, number>): void {
  for (const charge of charges) {
    const perYear = charge.amount * annualFactor(charge.type, charge.hoursPerWeek);
    if (perYear === 0) continue;
    const first = later(charge.first, period.from);
    const last = earlier(period.to, charge.last);
    if (compareDates(first, last) > 0) continue;
    daysByMonth(first, last, (key, year, days) =>
      into.set(key, (into.get(key) ?? 0) + (perYear * days) / daysInYear(year)),
    );
  }
}

/**
 * Calls `add` for each calendar month from `first` to `last` (inclusive) with its key `YYYY-MM`, its year and the
 * number of its days in that span: counted on the calendar's numbers, each month's days from its first day to its last.
 */
export function daysByMonth(first: string, last: string, add: (key: string, year: number, days: number) => void): void {
  let { year, month, day } = parseIsoDate(first);
  const end = parseIsoDate(last);
  for (;;) {
    const final = year === end.year && month === end.month;
    add(monthKeyOf(year, month), year, (final ? end.day : daysInMonth(year, month)) - day + 1);
    if (final) return;
    [year, month, day] = month === 12 ? [year + 1, 1, 1] : [year, month + 1, 1];
  }
}

const daysInYear = (year: number) => (isLeapYear(year) ? 366 : 365);
const monthKeyOf = (year: number, month: number) => formatIsoDate(year, month, 1).slice(0, 7);

/** The months of a period as keys `YYYY-MM`, first to last. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let { year, month } = parseIsoDate(period.from);
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = formatIsoDate(year, month, 1).slice(0, 7);
    months.push(key);
    if (key >= last) return months;
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

/**
 * The period asked for, filled in: without `to` it ends today (or on `from`, when that is later); without `from` it
 * starts on the first of the month eleven months before `to`, so it covers twelve calendar months.
 */
export function periodOf(asked: Partial<Period>, today: string): Period {
  const to = asked.to ?? (asked.from === undefined ? today : later(asked.from, today));
  const from = asked.from ?? `${addMonths(to, -11).slice(0, 7)}-01`;
  return { from, to };
}
