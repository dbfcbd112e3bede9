// Counts the stores keep on write: per tenant, how many documents of a kind hold each value of one index field, so an
// overview reads a constant amount however many documents there are (see README, Performance).
import type { DocKind, IndexFields } from './types';

/**
 * The index field each tallied kind is counted by. A milestone's `dueKey` is its kind and due date while it calls for
 * follow-up (open, of an active contract): follow-up's due counts per window are sums of these day buckets.
 */
export const TALLIED: Partial<Record<DocKind, string>> = { milestone: 'dueKey' };

/** The value a document with this index is counted under, or undefined when it is not counted. */
export function tallyKey(kind: DocKind, index: IndexFields | undefined): string | undefined {
  const field = TALLIED[kind];
  const value = field === undefined ? undefined : index?.[field];
  return typeof value === 'string' ? value : undefined;
}

/** The changes to a tally when documents move from the first key to the second (undefined: not counted). */
export function tallyChanges(moves: readonly [string | undefined, string | undefined][]): Map<string, number> {
  const changes = new Map<string, number>();
  for (const [before, after] of moves) {
    if (before === after) continue;
    if (before !== undefined) changes.set(before, (changes.get(before) ?? 0) - 1);
    if (after !== undefined) changes.set(after, (changes.get(after) ?? 0) + 1);
  }
  for (const [key, n] of changes) if (n === 0) changes.delete(key);
  return changes;
}
