// Follow-up's due counts and lists from day buckets: how many open milestones of active contracts of each kind fall
// due on each day, as the store keeps them on write. Windows are sums of buckets read against today, so a date
// passing needs no rewrite.
import type { DueWindow } from '../domain/followUp';
import { addDays } from './dates';
import { dateWindow, DUE_HORIZON_DAYS } from './followUpOverview';

/** The open milestones of one kind due on one day: `key` is how the store counts them (`kind~yyyy-mm-dd`). */
export interface DueBucket {
  key: string;
  kind: string;
  date: string;
  count: number;
}

/** The buckets of a tally, by due date (then kind); keys not of the form `kind~date` are left out. */
export function bucketsOf(tally: Record<string, number>): DueBucket[] {
  return Object.entries(tally)
    .flatMap(([key, count]): DueBucket[] => {
      const at = key.lastIndexOf('~');
      return at > 0 && count > 0 ? [{ key, kind: key.slice(0, at), date: key.slice(at + 1), count }] : [];
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind));
}

/** Each kind's count per window on `today`, by `kind/window`; buckets beyond the horizon are not counted. */
export function windowCounts(buckets: readonly DueBucket[], today: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const bucket of buckets) {
    const window: DueWindow | undefined = dateWindow(bucket.date, today);
    if (window === undefined) continue;
    const name = `${bucket.kind}/${window}`;
    counts[name] = (counts[name] ?? 0) + bucket.count;
  }
  return counts;
}

/** What to list for each kind's soonest milestones: whole buckets, and the first `need` (by id) of a bucket. */
export interface SoonestLists {
  /** Buckets listed whole, in one list in due date order, `total` long. */
  whole: { keys: string[]; total: number };
  /** A kind's last bucket, of which only its first `need` are wanted, in a list of its own. */
  parts: { key: string; need: number }[];
}

/**
 * The lists that hold each kind's soonest `limitOf(kind)` milestones due within the horizon (overdue first): the
 * buckets before each kind's last listed whole, and of its last bucket only what it needs, in a list of its own for
 * the `ownLists` kinds that would read the most beyond what they need (the rest are read whole with the others). A
 * bucket is one day of one kind, so what is read beyond the need is at most a day's milestones of the other kinds.
 */
export function soonestLists(
  buckets: readonly DueBucket[],
  today: string,
  limitOf: (kind: string) => number,
  ownLists: number,
): SoonestLists {
  const horizon = addDays(today, DUE_HORIZON_DAYS);
  const taken = new Map<string, number>();
  const whole: DueBucket[] = [];
  const last: { bucket: DueBucket; need: number }[] = [];
  for (const bucket of buckets) {
    if (bucket.date > horizon) break;
    const before = taken.get(bucket.kind) ?? 0;
    const limit = limitOf(bucket.kind);
    if (before >= limit) continue;
    taken.set(bucket.kind, before + bucket.count);
    if (before + bucket.count <= limit) whole.push(bucket);
    else last.push({ bucket, need: limit - before });
  }
  last.sort((a, b) => b.bucket.count - b.need - (a.bucket.count - a.need) || a.bucket.key.localeCompare(b.bucket.key));
  const own = last.slice(0, ownLists);
  whole.push(...last.slice(ownLists).map((part) => part.bucket));
  return {
    whole: { keys: whole.map((b) => b.key), total: whole.reduce((sum, b) => sum + b.count, 0) },
    parts: own.map(({ bucket, need }) => ({ key: bucket.key, need })),
  };
}
