// Azure Cosmos DB store: one container partitioned by tenant, index projection per item, writes as batches.
import {
  type CompositePath,
  type Container,
  CosmosClient,
  type CosmosClientOptions,
  type IndexingPolicy,
  type OperationResponse,
  type SqlQuerySpec,
} from '@azure/cosmos';
import { DefaultAzureCredential } from '@azure/identity';

import { ValidationError } from '@koberollen/shared/errors';

import type { StoreConfig } from '../config';
import { batchesOf, MAX_BATCH_OPS, toOperation } from './cosmosBatches';
import { type CosmosRow, isExpired, isStorableId, itemId, toStoredDoc } from './cosmosDocs';
import { fromBatchResult, fromSdkError } from './cosmosErrors';
import { countEachQuery, countQuery, INDEXED_ORDERS, listQuery, unwrapToken, wrapToken } from './cosmosQuery';
import { readEach } from './cosmosReadMany';
import { lostRace, readTally, withTallies } from './cosmosTally';
import { unavailable } from './errors';
import { TALLIED } from './tallies';
import type {
  DocKind,
  Filter,
  ListOf,
  ListQuery,
  Page,
  ReadOf,
  Repository,
  StoredDoc,
  VersionPage,
  WriteOp,
} from './types';

export type CosmosStoreConfig = Extract<StoreConfig, { kind: 'cosmos' }>;

const CONTAINER_ID = 'entities';
/** How often a batch that lost a race for a tally is computed again before the write is answered 503. */
const TALLY_TRIES = 8;
/** A pause of up to this many ms times the attempt before trying again, so that racing writers fall out of step. */
const TALLY_BACKOFF_MS = 20;

/**
 * Throttling (429) is retried by the SDK, waiting as each response advises, within these bounds; the
 * bounds are tighter than the SDK's defaults (9 tries, 30 s) because a user is waiting on the request.
 */
const CONNECTION_POLICY: CosmosClientOptions['connectionPolicy'] = {
  requestTimeout: 10_000,
  retryOptions: { maxRetryAttemptCount: 5, maxWaitTimeInSeconds: 10 },
};

/** A composite index on the kind, then `path`. */
function byKind(path: string): CompositePath[] {
  return [
    { path: '/kind', order: 'ascending' },
    { path, order: 'ascending' },
  ];
}

/**
 * Request bodies are only ever read back whole, so indexing them would only cost RUs on every write. A composite
 * index per list order (see `INDEXED_ORDERS`) serves a list of one kind in that order from the index.
 */
const INDEXING_POLICY: IndexingPolicy = {
  includedPaths: [{ path: '/*' }],
  excludedPaths: [{ path: '/body/*' }, { path: '/"_etag"/?' }],
  compositeIndexes: [byKind('/id'), ...INDEXED_ORDERS.map((field) => byKind(`/sk/${field}`))],
};

/** Cosmos DB implementation of `Repository`. */
export class CosmosRepository implements Repository {
  readonly kind = 'cosmos' as const;

  private constructor(
    private readonly client: CosmosClient,
    private readonly container: Container,
  ) {}

  /**
   * Connects with the account key when configured, else with Entra ID (`DefaultAzureCredential`), and
   * creates the database and container when missing. Entra ID data-plane roles cannot create them, so
   * with Entra ID they must be provisioned beforehand. `clientOptions` is for tests only (for example an
   * agent that trusts the local test server's self-signed certificate).
   */
  static async connect(
    config: CosmosStoreConfig,
    clientOptions: Partial<CosmosClientOptions> = {},
  ): Promise<CosmosRepository> {
    const auth = config.key ? { key: config.key } : { aadCredentials: new DefaultAzureCredential() };
    const client = new CosmosClient({
      endpoint: config.endpoint,
      ...auth,
      connectionPolicy: CONNECTION_POLICY,
      ...clientOptions,
    });
    try {
      const { database } = await client.databases.createIfNotExists({ id: config.database });
      const { container } = await database.containers.createIfNotExists({
        id: CONTAINER_ID,
        partitionKey: { paths: ['/tenantId'] },
        indexingPolicy: INDEXING_POLICY,
        // Time to live on, no default: only items with their own `ttl` (idempotency keys) expire.
        defaultTtl: -1,
      });
      return new CosmosRepository(client, container);
    } catch (error) {
      client.dispose();
      throw fromSdkError(error);
    }
  }

  async get<T>(tenantId: string, kind: DocKind, id: string): Promise<StoredDoc<T> | undefined> {
    if (!isStorableId(id)) return undefined;
    try {
      const { resource } = await this.container.item(itemId(kind, id), tenantId).read<CosmosRow>();
      return resource && !isExpired(resource) ? toStoredDoc<T>(tenantId, kind, resource) : undefined;
    } catch (error) {
      throw fromSdkError(error);
    }
  }

  /** Pages with the SDK's continuation tokens (the query resumes where the last page ended). */
  async list<T>(tenantId: string, kind: DocKind, query: ListQuery): Promise<Page<T>> {
    const page = await this.page(tenantId, kind, query, true);
    return { ...page, items: page.items.map((row) => toStoredDoc<T>(tenantId, kind, row)) };
  }

  /** One query per list, sent at once: a query reads one list order. */
  listEach(tenantId: string, lists: readonly ListOf[]): Promise<Page<unknown>[]> {
    return Promise.all(lists.map(({ kind, ...query }) => this.list(tenantId, kind, query)));
  }

  async listVersions(tenantId: string, kind: DocKind, query: ListQuery): Promise<VersionPage> {
    const page = await this.page(tenantId, kind, query, false);
    return { ...page, items: page.items.map((row) => ({ id: row.entityId, etag: row._etag })) };
  }

  private async page(
    tenantId: string,
    kind: DocKind,
    query: ListQuery,
    bodies: boolean,
  ): Promise<{ items: CosmosRow[]; continuationToken?: string }> {
    const spec = listQuery(tenantId, kind, query.filters ?? [], query.orderBy, bodies);
    const continuationToken = unwrapToken(spec, query.continuationToken);
    try {
      const page = await this.container.items
        .query<CosmosRow>(spec, { maxItemCount: query.limit, continuationToken, partitionKey: tenantId })
        .fetchNext();
      return {
        items: page.resources,
        continuationToken: page.continuationToken ? wrapToken(spec, page.continuationToken) : undefined,
      };
    } catch (error) {
      throw fromSdkError(error);
    }
  }

  async count(tenantId: string, kind: DocKind, filters: Filter[] = []): Promise<number> {
    const counts = await this.queryAll<number>(tenantId, countQuery(tenantId, kind, filters));
    return counts.reduce((sum, n) => sum + n, 0);
  }

  /** The reads by id of one kind, as `getEach`. */
  async getMany<T>(tenantId: string, kind: DocKind, ids: readonly string[]): Promise<StoredDoc<T>[]> {
    const [found = []] = await this.getEach(tenantId, [{ kind, ids }]);
    return found as StoredDoc<T>[];
  }

  /** One batch of point reads per 100 documents, sent at once: no query plan, each read costs a point read. */
  getEach(tenantId: string, reads: readonly ReadOf[]): Promise<StoredDoc[][]> {
    return readEach(this.container, tenantId, reads);
  }

  /** Every row of a query within the tenant's partition. */
  private async queryAll<R>(tenantId: string, spec: SqlQuerySpec): Promise<R[]> {
    try {
      return (await this.container.items.query<R>(spec, { partitionKey: tenantId }).fetchAll()).resources;
    } catch (error) {
      throw fromSdkError(error);
    }
  }

  async countEach(
    tenantId: string,
    kind: DocKind,
    filters: Filter[],
    groups: Record<string, Filter[]>,
  ): Promise<Record<string, number>> {
    const names = Object.keys(groups);
    if (names.length === 0) return {};
    const spec = countEachQuery(
      tenantId,
      kind,
      filters,
      names.map((name) => groups[name] ?? []),
    );
    const [row = {}] = await this.queryAll<Record<string, number | undefined>>(tenantId, spec);
    return Object.fromEntries(names.map((name, i) => [name, row[`g${i}`] ?? 0]));
  }

  /**
   * Each run of up to 100 operations and 2 MB is one transactional batch, all or nothing (see batchesOf). A call with
   * more runs its batches one after another, so only each batch is atomic: a caller writing more keeps its own
   * guarantee (the invoice import writes so that importing the same file again completes it).
   */
  async write(tenantId: string, ops: WriteOp[]): Promise<StoredDoc[]> {
    const bad = ops.find((op) => !isStorableId(op.id));
    if (bad) throw new ValidationError('Id’et indeholder ugyldige tegn.', { id: 'Må ikke indeholde / \\ ? #' });
    const written: StoredDoc[] = [];
    // A batch that changes a tally keeps room for the tally's own operation.
    const size = ops.some((op) => TALLIED[op.kind] !== undefined) ? MAX_BATCH_OPS - 1 : MAX_BATCH_OPS;
    for (const batch of batchesOf(ops, size)) written.push(...(await this.writeBatch(tenantId, batch)));
    return written;
  }

  /** The counts kept of a tallied kind (see tallies.ts): one point read. */
  async tally(tenantId: string, kind: DocKind): Promise<Record<string, number>> {
    try {
      return (await readTally(this.container, tenantId, kind))?.counts ?? {};
    } catch (error) {
      throw fromSdkError(error);
    }
  }

  close(): Promise<void> {
    this.client.dispose();
    return Promise.resolve();
  }

  /** One transactional batch with the tallies it changes, computed again while another write comes first. */
  private async writeBatch(tenantId: string, asked: WriteOp[]): Promise<StoredDoc[]> {
    for (let attempt = 1; ; attempt += 1) {
      const batch = await this.tallied(tenantId, asked);
      const { results, code } = await this.sendBatch(tenantId, batch.ops);
      if (code < 400 && !results.some((result) => result.statusCode >= 400)) {
        const own = results.slice(batch.lead);
        return asked.flatMap((op, i): StoredDoc[] =>
          op.op === 'delete' ? [] : [{ kind: op.kind, tenantId, id: op.id, etag: own[i]?.eTag ?? '', body: op.body }],
        );
      }
      if (!lostRace(batch, results)) throw fromBatchResult(batch.ops, results, code);
      if (attempt === TALLY_TRIES) throw unavailable(1);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * TALLY_BACKOFF_MS * attempt));
    }
  }

  private async tallied(tenantId: string, ops: WriteOp[]) {
    try {
      return await withTallies(this.container, tenantId, ops);
    } catch (error) {
      throw fromSdkError(error);
    }
  }

  private async sendBatch(tenantId: string, ops: WriteOp[]): Promise<{ results: OperationResponse[]; code: number }> {
    let response: { result?: OperationResponse[]; code?: number };
    try {
      response = await this.container.items.batch(
        ops.map((op) => toOperation(tenantId, op)),
        tenantId,
      );
    } catch (error) {
      // The SDK rethrows a refused batch as a plain Error without its status. After the SDK's own retries
      // that is throttling, a timeout or an outage (malformed ids are refused above); the cause is kept for logs.
      const failure = unavailable();
      failure.cause = error;
      throw failure;
    }
    return { results: response.result ?? [], code: response.code ?? 200 };
  }
}
