// What a page of summaries costs the store the first time it is asked and again, and the bound both must keep.
import type { Repository } from '../../../functions/src/store/types';
import { countingStore, type Reads } from './countingStore';

/** Asks for the page twice, each time through a counting store, and expects the same answer both times. */
export async function firstAndAgain<T>(inner: Repository, read: (store: Repository) => Promise<T>) {
  const first = countingStore(inner);
  const answer = await read(first.store);
  const again = countingStore(inner);
  expect(await read(again.store)).toEqual(answer);
  return { answer, first: first.reads, again: again.reads };
}

/** The page's ids and version tags, then its records not summarised yet in one read; again, the ids and tags only. */
export function expectSummaryPageReads(reads: { first: Reads; again: Reads }, limit: number): void {
  expect(reads.first.requests).toBe(2);
  expect(reads.first.documents).toBe(limit);
  expect(reads.again.requests).toBe(1);
  expect(reads.again.documents).toBe(0);
}
