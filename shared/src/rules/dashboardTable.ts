// The overview's full tables: every row of a group in the period, a page at a time, from the spend kept per month
// (see spendAggregate.ts). A ranked group is listed by its documents of the period's last year in rank order, then by
// those of each earlier year whose key has no document in a later year of the period, so each key is listed once.
import {
  type AmountRow,
  type DashboardGroup,
  Figures,
  kr,
  monthRows,
  rankedFigures,
  rowsOf,
  SUMMARY_LABELS,
  summaryFigures,
} from './dashboard';
import { monthsOf, type Period } from './periodCost';
import type { SpendRanked, SpendSummary } from './spendAggregate';

/** The years of the period, the last first: the order in which a ranked group's documents are listed. */
export function listingYears(period: Period): string[] {
  return [...new Set(monthsOf(period).map((m) => m.slice(0, 4)))].reverse();
}

/** The whole municipality's figures in the period. */
export function periodFigures(period: Period, summaries: SpendSummary[]): Figures {
  const all = new Figures(monthsOf(period));
  for (const summary of summaries) all.add(summary.year, summary.all);
  return all;
}

/** Every row of a group kept in the summaries (a summary group or the months), costliest first or in month order. */
export function summaryTableRows(
  period: Period,
  summaries: SpendSummary[],
  group: Exclude<DashboardGroup, 'provider'>,
): AmountRow[] {
  const months = monthsOf(period);
  if (group === 'month') return monthRows(periodFigures(period, summaries), months);
  return rowsOf(summaryFigures(summaries, group, months), SUMMARY_LABELS[group]);
}

/**
 * The figures of a page of keys listed by their documents of `listedYear`, in the order listed; `docs` are the keys'
 * documents of every year of the period. A key with a document in a later year of the period is left out: it is
 * listed with that year.
 */
export function pageFigures(period: Period, keys: string[], listedYear: string, docs: SpendRanked[]) {
  const later = new Set(docs.filter((d) => d.year > listedYear).map((d) => d.key));
  const figures = rankedFigures(docs, monthsOf(period));
  return new Map(keys.filter((key) => !later.has(key) && figures.has(key)).map((key) => [key, figures.get(key)!]));
}

/** A page of providers' rows: those that ran in the period, in the order listed. */
export function providerTableRows(figures: Map<string, Figures>, names: Map<string, string>): AmountRow[] {
  return [...figures]
    .filter(([, f]) => f.sum('running') > 0)
    .map(([key, f]) => ({
      key,
      label: names.get(key) ?? key,
      amount: kr(f.sum('cost')),
      contracts: f.last('running'),
    }));
}
