// Benchmark seeding: lets a writer that awaits each batch in turn keep several batches in flight at once.
import type { Repository } from '../store/types';

export interface ParallelWriter {
  /** The store whose `write` resolves (with no documents) once the batch is sent, not when it is done. */
  store: Repository;
  /** Waits for every batch sent; rejects with the first failure. */
  flush(): Promise<void>;
}

/**
 * Wraps `store` so up to `concurrency` writes run at once: for a seeder that writes independent batches one after
 * another and does not read what they return. Reads pass through unchanged.
 */
export function parallelWrites(store: Repository, concurrency: number): ParallelWriter {
  const running = new Set<Promise<void>>();
  const failures: Error[] = [];
  const send: Repository['write'] = async (tenantId, ops) => {
    while (running.size >= concurrency) await Promise.race(running);
    if (failures[0]) throw failures[0];
    const done: Promise<void> = store.write(tenantId, ops).then(
      () => {
        running.delete(done);
      },
      (error: unknown) => {
        failures.push(error instanceof Error ? error : new Error(String(error)));
        running.delete(done);
      },
    );
    running.add(done);
    return [];
  };
  const wrapped = new Proxy(store, {
    get: (object, property, receiver): unknown =>
      property === 'write' ? send : Reflect.get(object, property, receiver),
  });
  return {
    store: wrapped,
    flush: async () => {
      await Promise.all(running);
      if (failures[0]) throw failures[0];
    },
  };
}
