// The overview for a period in one pass over the contracts: spend by dimension, savings, the costliest cases, rates.
import type { Contract } from '../domain/contract';
import type { Phase } from '../domain/phase';
import type { Offer, Ownership } from '../domain/provider';
import type { RateRecord, RateType } from '../domain/rate';
import { costDate } from './annualCost';
import { compareDates, inHalfOpenPeriod } from './dates';
import { firstInOrder } from './firstInOrder';
import { costliestCases } from './followUpOverview';
import { formatMonth } from './format';
import { roundKr } from './money';
import { listPriceOf } from './offerPrices';
import { addByMonth, contractCharges, type DailyCharge, monthsOf, type Period } from './periodCost';
import { annualSaving } from './savings';

/** A contract with the provider, offer and case facts the overview groups by. */
export interface DashboardContract {
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
    | 'annualCost'
  >;
  providerName: string;
  ownership: Ownership;
  /** The municipality's own offer (a public provider of the municipality itself), else external. */
  own: boolean;
  offer?: Pick<Offer, 'name' | 'paragraph' | 'rates'>;
  caseRecord?: { reference: string; title: string; phase: Phase; targetGroup: string };
}

export const DASHBOARD_GROUPS = ['provider', 'paragraph', 'targetGroup', 'month', 'ownership', 'origin'] as const;
export type DashboardGroup = (typeof DASHBOARD_GROUPS)[number];

export interface AmountRow {
  key: string;
  label: string;
  amount: number;
  contracts: number;
}

export interface CaseSpend {
  caseId: string;
  reference: string;
  title: string;
  phase?: Phase;
  providerName: string;
  /** What the case's active contracts cost in the coming 12 months (their stored `annualCost`). */
  amount: number;
}

export interface CaseSaving {
  caseId: string;
  reference: string;
  title: string;
  /** Saved per year at the rates in force at the period's end (or the contract's last day before it). */
  annual: number;
  /** Saved within the period. */
  inPeriod: number;
}

export interface RateSeries {
  key: string;
  label: string;
  rateType: RateType;
  points: { date: string; amount: number; source: RateRecord['source'] }[];
}

export interface Dashboard {
  total: number;
  spend: Record<DashboardGroup, AmountRow[]>;
  savings: { inPeriod: number; annual: number; byYear: AmountRow[]; byCase: CaseSaving[] };
  expensive: CaseSpend[];
  rates: RateSeries[];
}

const OWNERSHIP_LABELS: Record<Ownership, string> = { public: 'Offentlig', private: 'Privat' };
const NO_PARAGRAPH = 'Uden paragraf';
const NO_TARGET_GROUP = 'Ukendt målgruppe';
export const TOP_CASES = 10;
export const TOP_OFFERS = 5;

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

type Groups = Record<DashboardGroup, Map<string, AmountRow>>;

/** Adds one contract's amount to its row of a grouping. */
function add(rows: Map<string, AmountRow>, key: string, label: string, amount: number): void {
  const row = rows.get(key) ?? { key, label, amount: 0, contracts: 0 };
  row.amount += amount;
  row.contracts += 1;
  rows.set(key, row);
}

/** Rows rounded to øre, by amount (highest first, then key) or by key alone. */
function rounded(rows: Iterable<AmountRow>, order: 'amount' | 'key'): AmountRow[] {
  const list = [...rows].map((row) => ({ ...row, amount: roundKr(row.amount) }));
  return list.sort((a, b) => (order === 'key' ? 0 : b.amount - a.amount) || byCode(a.key, b.key));
}

/**
 * What the contract's negotiation saves against the offer's list prices: a charge of (list price − rate) on each
 * rate's days, and the saving per year of the rates in force on `at`.
 */
function savingOf(
  item: Pick<DashboardContract, 'contract' | 'offer'>,
  at: string,
): { charges: DailyCharge[]; annual: number } {
  const { contract, offer } = item;
  let annual = 0;
  const rates = contract.rates.flatMap((rate) => {
    const before = listPriceOf(offer, rate.type);
    if (before === undefined) return [];
    if (inHalfOpenPeriod(at, rate.validFrom, rate.validTo)) {
      annual += annualSaving({ before, after: rate.amount, rateType: rate.type });
    }
    return [{ ...rate, amount: before - rate.amount }];
  });
  return { charges: contractCharges({ startDate: contract.startDate, endDate: contract.endDate, rates }), annual };
}

/** What one contract adds to the overview of a period. */
export interface ContractFigures {
  /** Its cost in each month of the period it runs in, by month key `YYYY-MM`. */
  byMonth: Map<string, number>;
  /** Their sum: its cost within the period. */
  amount: number;
  /** What its negotiation saves against the offer's list prices; absent when none of its rates has one. */
  saving?: {
    /** Per year, at the rates in force at the period's end (or the contract's last day before it). */
    annual: number;
    /** Within the period, by calendar year `YYYY`. */
    byYear: Map<string, number>;
    /** Within the period. */
    inPeriod: number;
  };
}

/** A contract's figures in the overview of the period; undefined for a draft or a contract not running in it. */
export function contractFigures(
  item: Pick<DashboardContract, 'contract' | 'offer'>,
  period: Period,
): ContractFigures | undefined {
  const { contract } = item;
  if (contract.status === 'draft') return undefined;
  if (compareDates(contract.startDate, period.to) > 0) return undefined;
  if (contract.endDate !== undefined && compareDates(contract.endDate, period.from) < 0) return undefined;
  const byMonth = new Map<string, number>();
  addByMonth(contractCharges(contract), period, byMonth);
  const figures = { byMonth, amount: sum(byMonth.values()) };
  const saving = savingOf(item, costDate(contract, period.to));
  if (saving.charges.length === 0) return figures;
  const savedByMonth = new Map<string, number>();
  addByMonth(saving.charges, period, savedByMonth);
  const byYear = new Map<string, number>();
  for (const [month, saved] of savedByMonth) {
    const year = month.slice(0, 4);
    byYear.set(year, (byYear.get(year) ?? 0) + saved);
  }
  return { ...figures, saving: { annual: saving.annual, byYear, inPeriod: sum(savedByMonth.values()) } };
}

/**
 * An offer's rate of the given type through the period, oldest first: the rate in force on the period's first day
 * (dated that day), each change within the period, and the rate in force on its last day (dated that day), so the
 * line spans the period. Empty when the offer has no such rate in the period.
 */
export function rateSeries(offer: Pick<Offer, 'rates'>, type: RateType, period: Period): RateSeries['points'] {
  const rate = offer.rates.find((r) => r.type === type);
  if (!rate) return [];
  const records = [rate, ...rate.history]
    .map((r) => ({ date: r.validFrom, amount: r.amount, source: r.source }))
    .sort((a, b) => byCode(a.date, b.date));
  const inForce = (day: string) => records.filter((r) => compareDates(r.date, day) <= 0).at(-1);
  const atStart = inForce(period.from);
  const changes = records.filter((r) => compareDates(r.date, period.from) > 0 && compareDates(r.date, period.to) <= 0);
  const atEnd = inForce(period.to);
  const points = [...(atStart ? [{ ...atStart, date: period.from }] : []), ...changes];
  if (atEnd && points.at(-1)?.date !== period.to) points.push({ ...atEnd, date: period.to });
  return points;
}

/**
 * The `topCases` cases whose active contracts cost the most in the coming 12 months, as the follow-up overview lists
 * them (see costliestCases): the same cases, in the same order, with the same figures.
 */
function costliestOverview(items: DashboardContract[], topCases: number): CaseSpend[] {
  const itemOf = new Map(items.map((item) => [item.contract, item]));
  return costliestCases(
    items.map((item) => item.contract),
    topCases,
  ).map(([caseId, contracts]) => {
    const main = itemOf.get([...contracts].sort((a, b) => b.annualCost - a.annualCost)[0]!)!;
    const { caseRecord } = main;
    return {
      caseId,
      reference: caseRecord?.reference ?? caseId,
      title: caseRecord?.title ?? '',
      ...(caseRecord ? { phase: caseRecord.phase } : {}),
      providerName: main.providerName,
      amount: roundKr(sum(contracts.map((c) => c.annualCost))),
    };
  });
}

/**
 * The overview of contracts (not drafts) that run on some day of the period: their cost within it by provider,
 * paragraph, target group, calendar month, ownership and own versus external offers; the savings against the
 * offers' list prices (within the period, per year, by calendar year and per case); the `topCases` cases that cost
 * the most in the coming 12 months (see costliestOverview); and the rate history of the `TOP_OFFERS` offers that cost
 * the most in the period. `figuresOf` gives each contract's figures: computed (the default), or kept from an earlier
 * overview of the same period.
 */
export function aggregateDashboard(
  items: DashboardContract[],
  period: Period,
  figuresOf: (item: DashboardContract) => ContractFigures | undefined = (item) => contractFigures(item, period),
  topCases = TOP_CASES,
): Dashboard {
  const groups = Object.fromEntries(DASHBOARD_GROUPS.map((g) => [g, new Map()])) as Groups;
  for (const month of monthsOf(period))
    groups.month.set(month, { key: month, label: formatMonth(month), amount: 0, contracts: 0 });
  const savingGroups = new Map<string, AmountRow>();
  const caseSavings = new Map<string, CaseSaving>();
  const offers = new Map<string, { item: DashboardContract; amount: number }>();
  let total = 0;

  for (const item of items) {
    const figures = figuresOf(item);
    if (!figures) continue;
    const { contract, caseRecord } = item;
    const { byMonth, amount, saving } = figures;
    total += amount;
    for (const [month, cost] of byMonth) add(groups.month, month, formatMonth(month), cost);
    add(groups.provider, contract.providerId, item.providerName, amount);
    add(groups.paragraph, item.offer?.paragraph ?? '', item.offer?.paragraph ?? NO_PARAGRAPH, amount);
    const targetGroup = caseRecord?.targetGroup ?? NO_TARGET_GROUP;
    add(groups.targetGroup, targetGroup, targetGroup, amount);
    add(groups.ownership, item.ownership, OWNERSHIP_LABELS[item.ownership], amount);
    add(groups.origin, item.own ? 'own' : 'external', item.own ? 'Egne tilbud' : 'Eksterne tilbud', amount);

    const offerKey = `${contract.providerId}~${contract.offerId}`;
    const offerRow = offers.get(offerKey) ?? { item, amount: 0 };
    offerRow.amount += amount;
    offers.set(offerKey, offerRow);

    if (!saving) continue;
    for (const [year, saved] of saving.byYear) add(savingGroups, year, year, saved);
    const { caseId } = contract;
    const reference = caseRecord?.reference ?? caseId;
    const caseSaving = caseSavings.get(caseId) ?? {
      caseId,
      reference,
      title: caseRecord?.title ?? '',
      annual: 0,
      inPeriod: 0,
    };
    caseSaving.annual += saving.annual;
    caseSaving.inPeriod += saving.inPeriod;
    caseSavings.set(caseId, caseSaving);
  }

  const allSavings = [...caseSavings.values()];
  const byCase = firstInOrder(
    allSavings.map((c) => ({ ...c, annual: roundKr(c.annual), inPeriod: roundKr(c.inPeriod) })),
    TOP_CASES,
    (a, b) => b.annual - a.annual || byCode(a.caseId, b.caseId),
  );
  const expensive = costliestOverview(items, topCases);
  const rates = firstInOrder(
    offers.entries(),
    TOP_OFFERS,
    ([ka, a], [kb, b]) => b.amount - a.amount || byCode(ka, kb),
  ).flatMap(([key, { item }]) => {
    const type = item.contract.rates[0]?.type;
    if (!item.offer || !type) return [];
    return [
      {
        key,
        label: `${item.offer.name} (${item.providerName})`,
        rateType: type,
        points: rateSeries(item.offer, type, period),
      },
    ];
  });

  return {
    total: roundKr(total),
    spend: {
      provider: rounded(groups.provider.values(), 'amount'),
      paragraph: rounded(groups.paragraph.values(), 'amount'),
      targetGroup: rounded(groups.targetGroup.values(), 'amount'),
      month: rounded(groups.month.values(), 'key'),
      ownership: rounded(groups.ownership.values(), 'amount'),
      origin: rounded(groups.origin.values(), 'amount'),
    },
    savings: {
      inPeriod: roundKr(sum(allSavings.map((c) => c.inPeriod))),
      annual: roundKr(sum(allSavings.map((c) => c.annual))),
      byYear: rounded(savingGroups.values(), 'key'),
      byCase,
    },
    expensive,
    rates,
  };
}
