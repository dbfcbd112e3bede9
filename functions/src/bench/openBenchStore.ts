// Benchmark support: opens the configured store as the host does; a Cosmos endpoint is the local test server.
import https from 'node:https';

import type { StoreConfig } from '../config';
import { CosmosRepository } from '../store/cosmos';
import { openStore } from '../store/index';
import type { Repository } from '../store/types';

/**
 * The store the benchmark's processes use. A Cosmos endpoint is always the in-process test server the benchmark
 * started, whose certificate is self-signed: its connections skip the certificate check (kept alive, as the SDK's
 * own agent does). Nothing outside the benchmark opens a store this way.
 */
export async function openBenchStore(config: StoreConfig): Promise<Repository> {
  if (config.kind !== 'cosmos') return openStore(config);
  return CosmosRepository.connect(config, { agent: new https.Agent({ keepAlive: true, rejectUnauthorized: false }) });
}
