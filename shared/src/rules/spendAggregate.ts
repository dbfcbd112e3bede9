// The municipality's spend per calendar month kept in aggregate documents, one per year: a summary of every contract
// and of the small groups, and one per provider, offer and case so that the leading ones are one ordered query.
import { type ContractSpend, emptyMonths, type Months, SERIES } from './spendMonths';

/** Groups with few keys (paragraphs, target groups, ownership, origin): kept together in the year's summary. */
export const SUMMARY_GROUPS = ['paragraph', 'targetGroup', 'ownership', 'origin'] as const;
export type SummaryGroup = (typeof SUMMARY_GROUPS)[number];
/** Groups with a key per provider, offer or case: a document per key and year, ranked by its year. */
export const RANKED_GROUPS = ['provider', 'offer', 'case'] as const;
export type RankedGroup = (typeof RANKED_GROUPS)[number];

/** The year's months of all contracts, and of each key of the small groups. */
export interface SpendSummary {
  group: 'summary';
  year: string;
  all: Months;
  groups: Record<SummaryGroup, Record<string, Months>>;
}

/** The year's months of the contracts of one provider, offer or case. */
export interface SpendRanked {
  group: RankedGroup;
  key: string;
  year: string;
  months: Months;
}

export type SpendDoc = SpendSummary | SpendRanked;

export const summaryId = (year: string) => `summary~${year}`;
export const rankedId = (group: RankedGroup, key: string, year: string) => `${group}~${key}~${year}`;

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const isZero = (months: Months) => SERIES.every((s) => months[s].every((v) => v === 0));

/** What a ranked document is ordered by: its year's cost (a case: its year's saving), highest first. */
export function rankOf(doc: SpendRanked): number {
  return -sum(doc.group === 'case' ? doc.months.saved : doc.months.cost);
}

/** Adds `sign` times `from` into `into`, month by month. */
function addMonths(into: Months, from: Months, sign: 1 | -1): void {
  for (const s of SERIES) for (let i = 0; i < 12; i++) into[s][i]! += sign * from[s][i]!;
}

function summaryOf(docs: Map<string, SpendDoc>, year: string): SpendSummary {
  const id = summaryId(year);
  const found = docs.get(id);
  if (found?.group === 'summary') return found;
  const groups = Object.fromEntries(SUMMARY_GROUPS.map((g) => [g, {}])) as SpendSummary['groups'];
  const created: SpendSummary = { group: 'summary', year, all: emptyMonths(), groups };
  docs.set(id, created);
  return created;
}

function rankedOf(docs: Map<string, SpendDoc>, group: RankedGroup, key: string, year: string): SpendRanked {
  const id = rankedId(group, key, year);
  const found = docs.get(id);
  if (found && found.group !== 'summary') return found;
  const created: SpendRanked = { group, key, year, months: emptyMonths() };
  docs.set(id, created);
  return created;
}

/**
 * Adds a contract's spend to the documents (sign 1) or takes it away (−1), creating the documents it needs. A key
 * of a summary whose months come to nothing is left out, so that adding and taking away leaves what was there.
 */
export function addSpend(docs: Map<string, SpendDoc>, spend: ContractSpend, sign: 1 | -1): void {
  for (const [year, months] of Object.entries(spend.years)) {
    const summary = summaryOf(docs, year);
    addMonths(summary.all, months, sign);
    for (const group of SUMMARY_GROUPS) {
      const key = spend.keys[group];
      const own = (summary.groups[group][key] ??= emptyMonths());
      addMonths(own, months, sign);
      if (isZero(own)) delete summary.groups[group][key];
    }
    for (const group of RANKED_GROUPS) addMonths(rankedOf(docs, group, spend.keys[group], year).months, months, sign);
  }
}

/** The ids of the documents a contract's spend is kept in. */
export function spendDocIds(spend: ContractSpend): string[] {
  return Object.keys(spend.years).flatMap((year) => [
    summaryId(year),
    ...RANKED_GROUPS.map((group) => rankedId(group, spend.keys[group], year)),
  ]);
}

/** A document that holds nothing (all its months are zero): deleted rather than kept. */
export function isEmptySpend(doc: SpendDoc): boolean {
  if (doc.group !== 'summary') return isZero(doc.months);
  return isZero(doc.all) && SUMMARY_GROUPS.every((g) => Object.keys(doc.groups[g]).length === 0);
}

/** The documents of all these contracts' spend, from nothing: what the documents kept on write must equal. */
export function spendDocsOf(spends: ContractSpend[]): Map<string, SpendDoc> {
  const docs = new Map<string, SpendDoc>();
  for (const spend of spends) addSpend(docs, spend, 1);
  for (const [id, doc] of docs) if (isEmptySpend(doc)) docs.delete(id);
  return docs;
}
