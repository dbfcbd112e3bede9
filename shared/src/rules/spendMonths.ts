// What one contract adds to the municipality's spend and savings in each calendar month, in whole øre, and the keys
// of the groups the overview sums it under: derived when the contract (or its provider, offer or case) is written.
import type { Contract } from '../domain/contract';
import type { Offer, Ownership } from '../domain/provider';
import { costDate } from './annualCost';
import { compareDates, daysInMonth, formatIsoDate, inHalfOpenPeriod } from './dates';
import { listPriceOf } from './offerPrices';
import { addByMonth, contractCharges, type DailyCharge, type Period } from './periodCost';
import { annualSaving } from './savings';
import { addSpentByMonth, type BilledPeriod } from './spendBilled';

/** The figures kept per month, twelve of each for one calendar year, January first. */
export const SERIES = ['cost', 'saved', 'annual', 'running', 'savers'] as const;
export type Series = (typeof SERIES)[number];
/**
 * `cost`: what invoices billed for the month's days they cover and the contract's rates for the others (øre); `saved`: the list price's difference for those days (øre);
 * `annual`: the saving per year at the rates in force on the month's last day, or the contract's last day (øre);
 * `running`: contracts running on some day of the month; `savers`: of those, contracts with a rate the offer lists a
 * price of.
 */
export type Months = Record<Series, number[]>;

/** What the overview groups a contract's figures by. */
export interface SpendKeys {
  provider: string;
  /** `providerId~offerId`. */
  offer: string;
  case: string;
  /** The offer's paragraph, empty when it has none. */
  paragraph: string;
  targetGroup: string;
  ownership: Ownership;
  /** The municipality's own offer (a public provider of the municipality itself), else external. */
  origin: 'own' | 'external';
}

export interface ContractSpend {
  contractId: string;
  keys: SpendKeys;
  /** By calendar year `YYYY`, only years with a running month. */
  years: Record<string, Months>;
  /** The contract's invoices that count as spend (see spendBilled.ts); absent when none. */
  billed?: BilledPeriod[];
}

/** A contract with the provider, offer and case facts its spend is grouped by. */
export interface SpendInput {
  contract: Pick<
    Contract,
    | 'id'
    | 'caseId'
    | 'providerId'
    | 'offerId'
    | 'status'
    | 'startDate'
    | 'endDate'
    | 'rates'
    | 'specialRate'
    | 'weeklyHours'
  >;
  ownership: Ownership;
  own: boolean;
  offer?: Pick<Offer, 'paragraph' | 'rates'>;
  targetGroup?: string;
  /** The contract's invoices that count as spend: their days cost what they billed. */
  billed?: BilledPeriod[];
}

/** The calendar years whose months are kept: `first` to `last`, inclusive. */
export interface YearWindow {
  first: number;
  last: number;
}

export const NO_TARGET_GROUP = 'Ukendt målgruppe';

/** The years kept on `today`: the nine before its year, its year and the next. */
export function yearWindow(today: string): YearWindow {
  const year = Number(today.slice(0, 4));
  return { first: year - 9, last: year + 1 };
}

export const emptyMonths = (): Months =>
  Object.fromEntries(SERIES.map((s) => [s, new Array<number>(12).fill(0)])) as Months;

const toOre = (kr: number) => Math.round(kr * 100);
const lastDayOf = (year: number, month: number) => formatIsoDate(year, month, daysInMonth(year, month));

/** The charges of (list price − rate) on each rate's days, for the rates whose type the offer lists a price of. */
function savingCharges(input: SpendInput): DailyCharge[] {
  const { contract, offer } = input;
  const rates = contract.rates.flatMap((rate) => {
    const before = listPriceOf(offer, rate.type);
    return before === undefined ? [] : [{ ...rate, amount: before - rate.amount }];
  });
  return rates.length === 0 ? [] : contractCharges({ startDate: contract.startDate, endDate: contract.endDate, rates });
}

/** The saving per year of the rates in force on `day` against the offer's list prices (kr.). */
function annualSavingOn(input: SpendInput, day: string): number {
  let annual = 0;
  for (const rate of input.contract.rates) {
    const before = listPriceOf(input.offer, rate.type);
    if (before !== undefined && inHalfOpenPeriod(day, rate.validFrom, rate.validTo)) {
      annual += annualSaving({ before, after: rate.amount, rateType: rate.type });
    }
  }
  return annual;
}

/** The contract's keys: its provider, offer, case, paragraph, target group, ownership and origin. */
export function spendKeys(input: SpendInput): SpendKeys {
  const { contract } = input;
  return {
    provider: contract.providerId,
    offer: `${contract.providerId}~${contract.offerId}`,
    case: contract.caseId,
    paragraph: input.offer?.paragraph ?? '',
    targetGroup: input.targetGroup ?? NO_TARGET_GROUP,
    ownership: input.ownership,
    origin: input.own ? 'own' : 'external',
  };
}

/**
 * The contract's spend in each month of the window it runs in (drafts run in none): each month's cost and saving
 * summed day by day (see addByMonth) and rounded to øre, so that sums of contracts are exact. The cost of a day an
 * invoice covers is what the invoice billed for it; of any other day, what the contract's rates imply.
 */
export function contractSpend(input: SpendInput, window: YearWindow): ContractSpend {
  const { contract } = input;
  const billed = input.billed ?? [];
  const spend: ContractSpend = {
    contractId: contract.id,
    keys: spendKeys(input),
    years: {},
    ...(billed.length > 0 ? { billed } : {}),
  };
  if (contract.status === 'draft') return spend;
  const from = [contract.startDate, `${window.first}-01-01`].sort(compareDates)[1]!;
  const to = [contract.endDate ?? '9999-12-31', `${window.last}-12-31`].sort(compareDates)[0]!;
  if (compareDates(from, to) > 0) return spend;
  const period: Period = { from, to };
  const cost = new Map<string, number>();
  const saved = new Map<string, number>();
  addSpentByMonth(contractCharges(contract), billed, period, cost);
  const savings = savingCharges(input);
  addByMonth(savings, period, saved);
  const [firstYear, firstMonth] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const [lastYear, lastMonth] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  for (let year = firstYear, month = firstMonth; year < lastYear || (year === lastYear && month <= lastMonth);) {
    const key = formatIsoDate(year, month, 1).slice(0, 7);
    const months = (spend.years[String(year)] ??= emptyMonths());
    const i = month - 1;
    months.cost[i] = toOre(cost.get(key) ?? 0);
    months.saved[i] = toOre(saved.get(key) ?? 0);
    months.running[i] = 1;
    if (savings.length > 0) {
      months.annual[i] = toOre(annualSavingOn(input, costDate(contract, lastDayOf(year, month))));
      months.savers[i] = 1;
    }
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return spend;
}
