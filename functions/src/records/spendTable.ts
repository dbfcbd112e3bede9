// The overview's full tables read a page at a time from the spend kept on write: a ranked group's documents in rank
// order with continuation (see shared/src/rules/dashboardTable.ts), the period's totals from the years' summaries. A
// page is four store requests however large the municipality.
import type { SavingsTableAnswer, SpendTableAnswer } from '@koberollen/shared/api/analysis.contract';
import type { Case } from '@koberollen/shared/domain/case';
import type { Provider } from '@koberollen/shared/domain/provider';
import { caseSavingRows, type DashboardGroup, kr, overviewPeriod } from '@koberollen/shared/rules/dashboard';
import {
  listingYears,
  pageFigures,
  periodFigures,
  providerTableRows,
  summaryTableRows,
} from '@koberollen/shared/rules/dashboardTable';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import type { Period } from '@koberollen/shared/rules/periodCost';
import {
  type RankedGroup,
  rankedId,
  type SpendRanked,
  type SpendSummary,
  summaryId,
} from '@koberollen/shared/rules/spendAggregate';

import { spendFields } from '../indexes/spend';
import type { Services } from '../services';
import { invalidContinuationToken } from '../store/errors';
import type { Repository } from '../store/types';

interface TableQuery extends Partial<Period> {
  limit: number;
  continuationToken?: string;
}

/** Where a table's listing stands: the year listed (an index into listingYears) and the store's token within it. */
interface Position {
  y: number;
  c?: string;
}

const tokenOf = (position: Position) => Buffer.from(JSON.stringify(position)).toString('base64url');

function positionOf(token: string | undefined, years: number): Position {
  if (!token) return { y: 0 };
  try {
    const value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<Position>;
    const { y, c } = value;
    if (Number.isInteger(y) && y! >= 0 && y! < years && (c === undefined || typeof c === 'string')) return { y: y!, c };
  } catch {
    // Not one of ours: refused below.
  }
  throw invalidContinuationToken();
}

/**
 * A page of a ranked group's keys in the period, with their documents of every year of the period: the documents of
 * the year listed in rank order from where the token left off, and the keys' other years' documents in one read.
 */
async function rankedPage(store: Repository, tenantId: string, group: RankedGroup, period: Period, query: TableQuery) {
  const years = listingYears(period);
  const { y, c } = positionOf(query.continuationToken, years.length);
  const year = years[y]!;
  const page = await store.list<SpendRanked>(tenantId, 'spend', {
    filters: spendFields.eq('groupYear', `${group}~${year}`),
    orderBy: spendFields.order('rank'),
    limit: query.limit,
    continuationToken: c,
  });
  const keys = page.items.map((doc) => doc.body.key);
  const others = years.filter((other) => other !== year);
  const wanted = keys.flatMap((key) => others.map((other) => rankedId(group, key, other)));
  const more = wanted.length === 0 ? [] : await store.getMany<SpendRanked>(tenantId, 'spend', wanted);
  const next: Position | undefined = page.continuationToken
    ? { y, c: page.continuationToken }
    : y + 1 < years.length
      ? { y: y + 1 }
      : undefined;
  const docs = [...page.items, ...more].map((doc) => doc.body);
  return { figures: pageFigures(period, keys, year, docs), continuationToken: next && tokenOf(next) };
}

/** The years' summaries of the period. */
async function summariesOf(store: Repository, tenantId: string, period: Period): Promise<SpendSummary[]> {
  const docs = await store.getMany<SpendSummary>(tenantId, 'spend', listingYears(period).map(summaryId));
  return docs.map((doc) => doc.body);
}

async function providerPage(services: Services, tenantId: string, period: Period, query: TableQuery) {
  const { figures, continuationToken } = await rankedPage(services.store, tenantId, 'provider', period, query);
  const providers = await services.store.getMany<Provider>(tenantId, 'provider', [...figures.keys()]);
  const names = new Map(providers.map((doc) => [doc.id, doc.body.name]));
  return { rows: providerTableRows(figures, names), continuationToken };
}

/** A page of the group's rows in the period asked for (see overviewPeriod), with the period's totals. */
export async function readSpendTable(
  services: Services,
  tenantId: string,
  query: TableQuery & { groupBy: DashboardGroup },
): Promise<SpendTableAnswer> {
  const today = isoDateOf(services.now());
  const period = overviewPeriod(query, today);
  const { groupBy } = query;
  const [summaries, page] = await Promise.all([
    summariesOf(services.store, tenantId, period),
    groupBy === 'provider' ? providerPage(services, tenantId, period, query) : undefined,
  ]);
  const rows = page?.rows ?? (groupBy === 'provider' ? [] : summaryTableRows(period, summaries, groupBy));
  const all = periodFigures(period, summaries);
  return {
    ...period,
    asOf: today,
    groupBy,
    total: kr(all.sum('cost')),
    contracts: all.last('running'),
    rows,
    ...(page?.continuationToken ? { continuationToken: page.continuationToken } : {}),
  };
}

/** A page of the cases' savings in the period asked for, with the municipality's savings in it. */
export async function readSavingsTable(
  services: Services,
  tenantId: string,
  query: TableQuery,
): Promise<SavingsTableAnswer> {
  const { store } = services;
  const today = isoDateOf(services.now());
  const period = overviewPeriod(query, today);
  const [summaries, { figures, continuationToken }] = await Promise.all([
    summariesOf(store, tenantId, period),
    rankedPage(store, tenantId, 'case', period, query),
  ]);
  const cases = await store.getMany<Case>(tenantId, 'case', [...figures.keys()]);
  const all = periodFigures(period, summaries);
  return {
    ...period,
    asOf: today,
    inPeriod: kr(all.sum('saved')),
    annual: kr(all.last('annual')),
    rows: caseSavingRows(figures, new Map(cases.map((doc) => [doc.id, doc.body]))),
    ...(continuationToken ? { continuationToken } : {}),
  };
}
