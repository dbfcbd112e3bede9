// The first few of many items in an order, without sorting them all: the top of a ranking over a whole municipality.

/**
 * The first `n` of `items` in the order of `compare`, as a stable sort followed by `slice(0, n)` would give them
 * (items the order ties keep their order), in one pass that keeps only the `n` so far.
 */
export function firstInOrder<T>(items: Iterable<T>, n: number, compare: (a: T, b: T) => number): T[] {
  const first: T[] = [];
  for (const item of items) {
    const last = first[first.length - 1];
    if (first.length >= n && (last === undefined || compare(item, last) >= 0)) continue;
    // After every item it does not come before, as a stable sort places it.
    let low = 0;
    let high = first.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compare(item, first[mid]!) < 0) high = mid;
      else low = mid + 1;
    }
    first.splice(low, 0, item);
    if (first.length > n) first.pop();
  }
  return first;
}
