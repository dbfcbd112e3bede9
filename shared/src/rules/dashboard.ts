// The overview of a period from the spend kept per month (see spendAggregate.ts): spend by group with the leading keys
// and a total for the rest, savings, the costliest cases and the rate development of the leading offers.
import type { Phase } from '../domain/phase';
import type { Offer, Ownership } from '../domain/provider';
import type { RateRecord, RateType } from '../domain/rate';
import type { CaseFigures } from './contractFigures';
import { compareDates, daysInMonth, formatIsoDate } from './dates';
import { formatMonth } from './format';
import { roundKr } from './money';
import { monthsOf, type Period, periodOf } from './periodCost';
import {
  type RankedGroup,
  type SpendRanked,
  type SpendSummary,
  SUMMARY_GROUPS,
  type SummaryGroup,
} from './spendAggregate';
import type { Months, Series } from './spendMonths';

export const DASHBOARD_GROUPS = ['provider', 'paragraph', 'targetGroup', 'month', 'ownership', 'origin'] as const;
export type DashboardGroup = (typeof DASHBOARD_GROUPS)[number];

export interface AmountRow {
  key: string;
  label: string;
  amount: number;
  /** Contracts running in the row's last month of the period. */
  contracts: number;
}

/** What the groups beyond the leading ones come to together. */
export interface RestRow {
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
  rest: Partial<Record<DashboardGroup, RestRow>>;
  savings: { inPeriod: number; annual: number; byYear: AmountRow[]; byCase: CaseSaving[] };
  rates: RateSeries[];
}

/** What the overview reads besides the summaries: the leading keys' documents, and names to label them with. */
export interface OverviewSources {
  summaries: SpendSummary[];
  /** Each ranked group's leading keys' documents of the period's years. */
  leading: Record<RankedGroup, SpendRanked[]>;
  providerNames: Map<string, string>;
  /** By offer key `providerId~offerId`: the label and the offer whose rates are drawn. */
  offers: Map<string, { label: string; offer: Pick<Offer, 'rates'> }>;
  cases: Map<string, { reference: string; title: string }>;
  /** Rows shown of a group before the rest. */
  top: number;
}

const OWNERSHIP_LABELS: Record<Ownership, string> = { public: 'Offentlig', private: 'Privat' };
const ORIGIN_LABELS: Record<string, string> = { own: 'Egne tilbud', external: 'Eksterne tilbud' };
const NO_PARAGRAPH = 'Uden paragraf';
/** How a summary group's key is shown. */
export const SUMMARY_LABELS: Record<SummaryGroup, (key: string) => string> = {
  paragraph: (key) => key || NO_PARAGRAPH,
  targetGroup: (key) => key,
  ownership: (key) => OWNERSHIP_LABELS[key as Ownership] ?? key,
  origin: (key) => ORIGIN_LABELS[key] ?? key,
};
export const TOP_ROWS = 10;
export const TOP_OFFERS = 5;

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Whole øre as kroner. */
export const kr = (ore: number) => roundKr(ore / 100);

/**
 * The period of whole calendar months the overview covers: the period asked for (see periodOf) widened to the first
 * day of its first month and the last day of its last, as the spend is kept per month.
 */
export function overviewPeriod(asked: Partial<Period>, today: string): Period {
  const { from, to } = periodOf(asked, today);
  const [year, month] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  return { from: `${from.slice(0, 7)}-01`, to: formatIsoDate(year, month, daysInMonth(year, month)) };
}

/** A key's months by year, and what they come to in the period's months. */
export class Figures {
  private readonly byYear = new Map<string, Months>();
  constructor(private readonly months: string[]) {}
  add(year: string, months: Months): this {
    this.byYear.set(year, months);
    return this;
  }
  at(series: Series, month: string): number {
    return this.byYear.get(month.slice(0, 4))?.[series][Number(month.slice(5, 7)) - 1] ?? 0;
  }
  sum(series: Series, months = this.months): number {
    return months.reduce((total, month) => total + this.at(series, month), 0);
  }
  last(series: Series): number {
    return this.at(series, this.months.at(-1)!);
  }
}

/** The rows of keys that ran in the period, costliest first (then by key). */
export function rowsOf(figures: Map<string, Figures>, labelOf: (key: string) => string): AmountRow[] {
  return [...figures]
    .filter(([, f]) => f.sum('running') > 0)
    .map(([key, f]) => ({ key, label: labelOf(key), amount: kr(f.sum('cost')), contracts: f.last('running') }))
    .sort((a, b) => b.amount - a.amount || byCode(a.key, b.key));
}

/** The first `top` rows, and the rest of the group's total (amount and contracts) beyond them. */
function leadingWithRest(rows: AmountRow[], top: number, total: RestRow): { rows: AmountRow[]; rest?: RestRow } {
  const shown = rows.slice(0, top);
  const rest = {
    amount: roundKr(total.amount - shown.reduce((s, r) => s + r.amount, 0)),
    contracts: total.contracts - shown.reduce((s, r) => s + r.contracts, 0),
  };
  return rest.amount !== 0 || rest.contracts !== 0 ? { rows: shown, rest } : { rows: shown };
}

/** Each key's figures of a summary group. */
export function summaryFigures(summaries: SpendSummary[], group: SummaryGroup, months: string[]): Map<string, Figures> {
  const figures = new Map<string, Figures>();
  for (const summary of summaries) {
    for (const [key, own] of Object.entries(summary.groups[group])) {
      const f = figures.get(key) ?? new Figures(months);
      figures.set(key, f.add(summary.year, own));
    }
  }
  return figures;
}

/** Each key's figures of ranked documents. */
export function rankedFigures(docs: SpendRanked[], months: string[]): Map<string, Figures> {
  const figures = new Map<string, Figures>();
  for (const doc of docs) figures.set(doc.key, (figures.get(doc.key) ?? new Figures(months)).add(doc.year, doc.months));
  return figures;
}

/** A row for each month of the period. */
export function monthRows(all: Figures, months: string[]): AmountRow[] {
  return months.map((m) => ({
    key: m,
    label: formatMonth(m),
    amount: kr(all.at('cost', m)),
    contracts: all.at('running', m),
  }));
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

/** The rows of the cases that saved in the period, in the order of `figures`. */
export function caseSavingRows(
  figures: Map<string, Figures>,
  cases: Map<string, { reference: string; title: string }>,
): CaseSaving[] {
  return [...figures]
    .filter(([, f]) => f.sum('savers') > 0)
    .map(([caseId, f]) => ({
      caseId,
      reference: cases.get(caseId)?.reference ?? caseId,
      title: cases.get(caseId)?.title ?? '',
      annual: kr(f.last('annual')),
      inPeriod: kr(f.sum('saved')),
    }));
}

/** The savings of the period: in it, per year at its end, by calendar year and for the leading cases. */
function savingsOf(all: Figures, months: string[], sources: OverviewSources): Dashboard['savings'] {
  const years = [...new Set(months.map((m) => m.slice(0, 4)))];
  const byYear = years.flatMap((year) => {
    const own = months.filter((m) => m.startsWith(year));
    if (all.sum('savers', own) === 0) return [];
    return [{ key: year, label: year, amount: kr(all.sum('saved', own)), contracts: all.at('savers', own.at(-1)!) }];
  });
  const byCase = caseSavingRows(rankedFigures(sources.leading.case, months), sources.cases).sort(
    (a, b) => b.annual - a.annual || byCode(a.caseId, b.caseId),
  );
  return { inPeriod: kr(all.sum('saved')), annual: kr(all.last('annual')), byYear, byCase };
}

/**
 * The overview of the period: the cost of contracts (not drafts) within it by month and by each group, the leading
 * `top` keys of a group first and the rest as one total; the savings against the offers' list prices; and the rate
 * history of the `TOP_OFFERS` leading offers that cost the most in the period.
 */
export function dashboardOf(period: Period, sources: OverviewSources): Dashboard {
  const months = monthsOf(period);
  const all = new Figures(months);
  for (const summary of sources.summaries) all.add(summary.year, summary.all);
  const total = { amount: kr(all.sum('cost')), contracts: all.last('running') };
  const spend = {} as Dashboard['spend'];
  const rest: Dashboard['rest'] = {};
  const grouped = (group: Exclude<DashboardGroup, 'month'>, rows: AmountRow[]) => {
    const leading = leadingWithRest(rows, sources.top, total);
    spend[group] = leading.rows;
    if (leading.rest) rest[group] = leading.rest;
  };
  for (const group of SUMMARY_GROUPS) {
    grouped(group, rowsOf(summaryFigures(sources.summaries, group, months), SUMMARY_LABELS[group]));
  }
  const providerFigures = rankedFigures(sources.leading.provider, months);
  grouped(
    'provider',
    rowsOf(providerFigures, (id) => sources.providerNames.get(id) ?? id),
  );
  spend.month = monthRows(all, months);
  const rates = rowsOf(rankedFigures(sources.leading.offer, months), (key) => key)
    .slice(0, TOP_OFFERS)
    .flatMap(({ key }) => {
      const known = sources.offers.get(key);
      const type = known?.offer.rates[0]?.type;
      return known && type
        ? [{ key, label: known.label, rateType: type, points: rateSeries(known.offer, type, period) }]
        : [];
    });
  return { total: total.amount, spend, rest, savings: savingsOf(all, months, sources), rates };
}

/**
 * The cases whose active contracts cost the most in the coming 12 months, as follow-up ranks them (their stored
 * figures, costliest first): each with its reference, title and phase, and the provider of its costliest contract.
 */
export function costliestOf(
  figures: CaseFigures[],
  cases: Map<string, { reference: string; title: string; phase?: Phase }>,
): CaseSpend[] {
  return figures.map(({ caseId, contracts, cost }) => {
    const main = [...contracts].sort((a, b) => b.annualCost - a.annualCost)[0];
    const record = cases.get(caseId);
    return {
      caseId,
      reference: record?.reference ?? main?.parties?.caseReference ?? caseId,
      title: record?.title ?? '',
      ...(record?.phase ? { phase: record.phase } : {}),
      providerName: main?.parties?.providerName ?? '',
      amount: roundKr(cost),
    };
  });
}
