// The benchmark host's store (put in place of `openStore` when the host is built for the benchmark): every store call
// counted, the tally answered to the benchmark over the process's IPC channel.
import type { StoreConfig } from '../config';
import type { Repository } from '../store/types';
import { countingStore, StoreCounter } from './countingStore';
import { openBenchStore } from './openBenchStore';

/** What the benchmark asks: the tally so far, a fresh tally, or whether to measure sizes (off under load). */
export type TallyRequest = { id: number } & ({ type: 'tally' } | { type: 'reset' } | { type: 'sizes'; on: boolean });

const counter = new StoreCounter();

function answer(message: unknown): void {
  const request = message as TallyRequest;
  if (typeof request?.id !== 'number') return;
  if (request.type === 'reset') counter.reset();
  if (request.type === 'sizes') counter.measureSizes = request.on;
  process.send?.({ id: request.id, tally: counter.snapshot() });
}

/** Opens the configured store, wrapped so that every call is counted. */
export async function openStore(config: StoreConfig): Promise<Repository> {
  const store = await openBenchStore(config);
  if (process.send && process.listenerCount('message') === 0) process.on('message', answer);
  return countingStore(store, counter);
}
