// The contract rates an invoice line may be billed at, the days each may be billed on, and how many units those hold.
import type { ContractInput, Milestone } from '../domain/contract';
import type { InvoiceLine } from '../domain/invoice';
import type { RateType } from '../domain/rate';
import { addDays, compareDates, daysBetween, monthKey } from './dates';
import { formatDate, formatNumber } from './format';
import type { Period } from './periodCost';

/** Danish names of what a line bills, e.g. "døgntakst"; the invoice import reads them too. */
export const RATE_NAMES: Record<InvoiceLine['rateType'], string> = {
  day: 'døgntakst',
  month: 'månedstakst',
  hour: 'timetakst',
  package: 'pakkepris',
  specialRate: 'særtakst',
  addOn: 'tillægsydelse',
};

/** What a line is checked against: the contract, the invoice's period, and the contract's open special-rate reviews. */
export interface LineContext {
  contract: Pick<ContractInput, 'startDate' | 'endDate' | 'rates' | 'specialRate' | 'priceRegulation' | 'weeklyHours'>;
  period: Period;
  /** Open monthly reviews of the special rate (done ones may be left out). */
  reviews: Pick<Milestone, 'kind' | 'status' | 'dueDate'>[];
}

/** A rate a line may be billed at, with the first and last day it may be billed on (inclusive; open when absent). */
export interface Candidate {
  type: RateType;
  label: string;
  amount: number;
  validFrom: string;
  first: string;
  last?: string;
  /** Why billing stops at `last` when that is the special rate's unmet review, else absent. */
  reviewDue?: string;
}

const overlaps = (c: Pick<Candidate, 'first' | 'last'>, period: Period) =>
  compareDates(c.first, period.to) <= 0 && (c.last === undefined || compareDates(c.last, period.from) >= 0);

/**
 * The rates of the line's type that are in force on some day of the period (of several, those with the line's
 * description as label, when any has it); for a special-rate line the contract's special rate, whenever it runs, so
 * that billing it after its end is a deviation. Its last day is then the day before its earliest open review due
 * within the period: a special rate reviewed monthly is not paid past a review not held. Add-ons have none.
 */
export function candidatesFor(line: InvoiceLine, { contract, period, reviews }: LineContext): Candidate[] {
  if (line.rateType === 'addOn') return [];
  if (line.rateType === 'specialRate') {
    const special = contract.specialRate;
    if (!special) return [];
    const missed = special.monthlyReview
      ? reviews
          .filter((m) => m.kind === 'specialRateReview' && m.status !== 'done')
          .map((m) => m.dueDate)
          .filter((due) => compareDates(due, period.to) <= 0 && compareDates(due, special.startDate) > 0)
          .sort(compareDates)[0]
      : undefined;
    const end = missed ?? special.endDate;
    return [
      {
        type: special.type,
        label: RATE_NAMES.specialRate,
        amount: special.amount,
        validFrom: special.startDate,
        first: special.startDate,
        ...(end === undefined ? {} : { last: missed ? addDays(missed, -1) : end }),
        ...(missed ? { reviewDue: missed } : {}),
      },
    ];
  }
  const rates = contract.rates
    .filter((r) => r.type === line.rateType)
    .map((r) => ({
      type: r.type,
      label: r.label,
      amount: r.amount,
      validFrom: r.validFrom,
      first: r.validFrom,
      ...(r.validTo === undefined ? {} : { last: addDays(r.validTo, -1) }),
    }))
    .filter((c) => overlaps(c, period));
  const sameLabel = rates.filter((r) => r.label.trim().toLowerCase() === line.description.trim().toLowerCase());
  return sameLabel.length > 0 ? sameLabel : rates;
}

const later = (a: string, b: string) => (compareDates(a, b) >= 0 ? a : b);
const earlier = (a: string, b?: string) => (b === undefined || compareDates(a, b) <= 0 ? a : b);

/** The days of the period the candidate may be billed on: within its validity and the contract's term. */
export function billableDays(candidate: Candidate, { contract, period }: LineContext): Period | undefined {
  const from = later(later(period.from, candidate.first), contract.startDate);
  const to = earlier(earlier(period.to, candidate.last), contract.endDate);
  return compareDates(from, to) <= 0 ? { from, to } : undefined;
}

const daysOf = (p: Period) => daysBetween(p.from, p.to) + 1;

function monthsOf(p: Period): number {
  const [fy, fm] = monthKey(p.from).split('-').map(Number) as [number, number];
  const [ty, tm] = monthKey(p.to).split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + tm - fm + 1;
}

/** Why a line's days stop short of the invoice's period, in Danish, e.g. "særtaksten slutter 15.03.2027". */
function limitedBy(candidate: Candidate, ctx: LineContext, days: Period | undefined): string {
  const { contract, period } = ctx;
  const name = candidate.label === RATE_NAMES.specialRate ? 'særtaksten' : `taksten »${candidate.label}«`;
  if (candidate.reviewDue)
    return `den månedlige opfølgning af særtaksten med frist ${formatDate(candidate.reviewDue)} er ikke holdt`;
  if (compareDates(contract.startDate, period.from) > 0 && (!days || days.from === contract.startDate))
    return `kontrakten begynder ${formatDate(contract.startDate)}`;
  if (contract.endDate && compareDates(contract.endDate, period.to) < 0 && (!days || days.to === contract.endDate))
    return `kontrakten slutter ${formatDate(contract.endDate)}`;
  if (candidate.last && compareDates(candidate.last, period.to) < 0)
    return `${name} gælder til og med ${formatDate(candidate.last)}`;
  if (compareDates(candidate.first, period.from) > 0) return `${name} gælder fra ${formatDate(candidate.first)}`;
  return `perioden ${formatDate(period.from)}–${formatDate(period.to)} har ${daysOf(period)} dage`;
}

export interface UnitLimit {
  /** The most units the line may bill. */
  max: number;
  /** Danish: the line's units and why they are too many, e.g. "31 døgn, men perioden … har 28 dage". */
  reason: (quantity: number) => string;
}

/**
 * The most units a line billed at the candidate may hold: its billable days for day units, the calendar months they
 * touch for month units, and for hours the contract's weekly hours times the weeks billed (§ 83 and § 85; no limit
 * when the contract states none). Packages have no limit while the rate runs in the period.
 */
export function unitLimit(line: InvoiceLine, candidate: Candidate, ctx: LineContext): UnitLimit | undefined {
  const days = billableDays(candidate, ctx);
  const why = limitedBy(candidate, ctx, days);
  const most = (max: number, unit: string): UnitLimit => ({
    max,
    reason: (q) => `Linjen har ${formatNumber(q)} ${unit}, men ${why}, så højst ${formatNumber(max)} kan faktureres.`,
  });
  if (!days) return most(0, UNIT_WORDS[line.unit]);
  switch (line.unit) {
    case 'day':
      return most(daysOf(days), UNIT_WORDS.day);
    case 'month':
      return most(monthsOf(days), UNIT_WORDS.month);
    case 'hour': {
      const weekly = ctx.contract.weeklyHours;
      if (weekly === undefined) return undefined;
      const max = Math.round(((weekly * daysOf(days)) / 7) * 100) / 100;
      return {
        max,
        reason: (q) =>
          `Linjen har ${formatNumber(q)} timer, men kontrakten køber ${formatNumber(weekly)} timer om ugen, så højst ${formatNumber(max)} timer på ${daysOf(days)} dage kan faktureres.`,
      };
    }
    case 'package':
      return undefined;
  }
}

const UNIT_WORDS: Record<InvoiceLine['unit'], string> = {
  day: 'døgn',
  month: 'måneder',
  hour: 'timer',
  package: 'pakker',
};

/** Why a line has no rate to be checked against: the contract has none of its kind in force in the period. */
export function noRateReason(line: InvoiceLine, period: Period): string {
  return `Kontrakten har ingen ${RATE_NAMES[line.rateType]} i kraft i perioden ${formatDate(period.from)}–${formatDate(period.to)}.`;
}

/**
 * The lines of an invoice that cannot be checked, by field (`lines.0.rateType`): a line of a rate the contract has
 * not in force on any day of the period, or a special rate the contract does not have. Add-on lines can always be
 * checked (they deviate), and so can a special rate billed after its end (the days after it deviate).
 */
export function uncheckableLines(
  invoice: { periodFrom: string; periodTo: string; lines: InvoiceLine[] },
  contract: LineContext['contract'],
): Record<string, string> {
  const ctx: LineContext = { contract, period: { from: invoice.periodFrom, to: invoice.periodTo }, reviews: [] };
  const fields: Record<string, string> = {};
  invoice.lines.forEach((line, index) => {
    if (line.rateType !== 'addOn' && candidatesFor(line, ctx).length === 0)
      fields[`lines.${index}.rateType`] = noRateReason(line, ctx.period);
  });
  return fields;
}
