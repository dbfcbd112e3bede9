// Benchmark support: wraps any store object so every method call is counted, with the size of what it returned.

/** Calls and bytes of one method, or of all of them. */
export interface CallTally {
  calls: number;
  /** JSON size in bytes of what the calls returned (resolved), counted only while sizes are measured. */
  bytes: number;
}

export interface StoreTally extends CallTally {
  byMethod: Record<string, CallTally>;
}

/** Counts calls through a wrapped store; `reset` starts a new tally. */
export class StoreCounter {
  private tally: StoreTally = { calls: 0, bytes: 0, byMethod: {} };
  private pending = 0;
  private lastCallAt = 0;
  /** Measuring sizes walks every answer, which costs time: it is off under load and on when counting one answer. */
  measureSizes = true;

  /** A copy of the tally, with the calls still running and the milliseconds since the last call began. */
  snapshot(): StoreTally & { pending: number; idleMs: number } {
    const byMethod = Object.fromEntries(Object.entries(this.tally.byMethod).map(([name, t]) => [name, { ...t }]));
    return { ...this.tally, byMethod, pending: this.pending, idleMs: Date.now() - this.lastCallAt };
  }

  reset(): void {
    this.tally = { calls: 0, bytes: 0, byMethod: {} };
  }

  /** Records a call of `method` and, when it settles with a value, that value's size. */
  record<R>(method: string, result: R): R {
    const entry = (this.tally.byMethod[method] ??= { calls: 0, bytes: 0 });
    entry.calls += 1;
    this.tally.calls += 1;
    this.lastCallAt = Date.now();
    const add = (value: unknown): void => {
      if (!this.measureSizes) return;
      const bytes = jsonSize(value);
      entry.bytes += bytes;
      this.tally.bytes += bytes;
    };
    if (!(result instanceof Promise)) {
      add(result);
      return result;
    }
    this.pending += 1;
    return result.then(
      (value: unknown) => {
        this.pending -= 1;
        add(value);
        return value;
      },
      (error: unknown) => {
        this.pending -= 1;
        throw error;
      },
    ) as R;
  }
}

/**
 * Wraps `target` so each call of one of its methods is recorded by `counter`. Whatever methods the object has are
 * counted, so the wrapper follows the store's interface as it changes; other properties pass through.
 */
export function countingStore<T extends object>(target: T, counter: StoreCounter): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string' || property === 'constructor') return value;
      return (...args: unknown[]): unknown => counter.record(property, Reflect.apply(value, object, args) as unknown);
    },
  });
}

const encoder = new TextEncoder();
const textBytes = (text: string): number => encoder.encode(text).length;

/**
 * The size in bytes of `value` as JSON, near enough (strings without quotes and escapes). A document that carries
 * its stored JSON (`json`, as text or bytes) is counted by that and its parsed `body` is skipped, so a body parsed on
 * first use is not parsed for the count.
 */
export function jsonSize(value: unknown): number {
  if (value === undefined || typeof value === 'function') return 0;
  if (value === null) return 4;
  if (typeof value === 'string') return textBytes(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value).length;
  if (value instanceof Uint8Array) return value.byteLength;
  if (value instanceof Date) return 26;
  if (Array.isArray(value)) return 2 + value.reduce((sum: number, item) => sum + jsonSize(item) + 1, 0);
  if (value instanceof Map) return jsonSize([...value.entries()]);
  if (value instanceof Set) return jsonSize([...value.values()]);
  const record = value as Record<string, unknown>;
  const stored = record.json;
  const hasStored = typeof stored === 'string' || stored instanceof Uint8Array;
  let sum = 2;
  for (const key of Object.keys(record)) {
    if (hasStored && key === 'body') continue;
    sum += textBytes(key) + 4 + jsonSize(record[key]);
  }
  return sum;
}
