// Benchmark support: opens the configured store as the host does; a Cosmos endpoint is the local test server.
import https from 'node:https';

import type { StoreConfig } from '../config';
import { CosmosRepository } from '../store/cosmos';
import { openStore } from '../store/index';
import type { Repository } from '../store/types';

/**
 * The test server answers a query by scanning and sorting every item it holds, which at benchmark scale can take
 * longer than the product's request timeout: given up and retried, the work would pile up on it.
 */
const TEST_SERVER_POLICY = {
  requestTimeout: 300_000,
  retryOptions: { maxRetryAttemptCount: 5, maxWaitTimeInSeconds: 10 },
};

/**
 * The store the benchmark's processes use. A Cosmos endpoint is always the in-process test server the benchmark
 * started, whose certificate is self-signed: its connections skip the certificate check (kept alive, as the SDK's
 * own agent does). Nothing outside the benchmark opens a store this way.
 */
export async function openBenchStore(config: StoreConfig): Promise<Repository> {
  if (config.kind !== 'cosmos') return openStore(config);
  return CosmosRepository.connect(config, {
    agent: new https.Agent({ keepAlive: true, rejectUnauthorized: false }),
    connectionPolicy: TEST_SERVER_POLICY,
  });
}
