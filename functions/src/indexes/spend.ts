// The index of the spend kept per month: a ranked group's documents of one year, costliest first.
import { rankOf, type SpendDoc } from '@koberollen/shared/rules/spendAggregate';

import { indexFields } from '../records/search';

export type SpendIndex = {
  /** `group~year` of a provider's, offer's or case's document; absent on a summary. */
  groupYear?: string;
  /** Minus the year's cost (a case: its saving): ascending order is the leading first. */
  rank?: number;
};

export function spendIndex(doc: SpendDoc): SpendIndex {
  return doc.group === 'summary' ? {} : { groupYear: `${doc.group}~${doc.year}`, rank: rankOf(doc) };
}

export const spendFields = indexFields<SpendIndex>();
