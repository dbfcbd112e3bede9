// Benchmark seeding: lets a writer that awaits each batch in turn keep several batches in flight at once.
import { StoreUnavailableError } from '@koberollen/shared/errors';

import type { Repository, WriteOp } from '../store/types';

/** Tries of a batch the store could not take (a connection to the test server dropped mid-request, a 503). */
const TRIES = 3;

/** Writes one batch, again after the wait the store asks for when it was unavailable, up to TRIES times. */
async function writeTrying(store: Repository, tenantId: string, ops: WriteOp[]): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await store.write(tenantId, ops);
      return;
    } catch (error) {
      if (!(error instanceof StoreUnavailableError) || attempt >= TRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000 * error.retryAfterSeconds));
    }
  }
}

export interface ParallelWriter {
  /** The store whose `write` resolves (with no documents) once the batch is sent, not when it is done. */
  store: Repository;
  /** Waits for every batch sent; rejects with the first failure. */
  flush(): Promise<void>;
}

/**
 * Wraps `store` so up to `concurrency` writes run at once (a batch the store could not take is tried again): for a seeder that writes independent batches one after
 * another and does not read what they return. Reads pass through unchanged.
 */
export function parallelWrites(store: Repository, concurrency: number): ParallelWriter {
  const running = new Set<Promise<void>>();
  const failures: Error[] = [];
  const send: Repository['write'] = async (tenantId, ops) => {
    while (running.size >= concurrency) await Promise.race(running);
    if (failures[0]) throw failures[0];
    const done: Promise<void> = writeTrying(store, tenantId, ops).then(
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
