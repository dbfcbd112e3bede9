// The one storage interface: tenant-partitioned documents with index fields, atomic batches and ETags.

/** The kinds of document the product stores; each lives in its tenant's partition. */
export type DocKind =
  | 'tenant'
  /** A municipality taken out of the tenant registry: who it was and when it left (see jobs/offboard.ts). */
  | 'offboardedTenant'
  | 'settings'
  | 'clause'
  | 'clauseVersion'
  | 'templateVersion'
  | 'template'
  | 'checklist'
  | 'topic'
  | 'contractType'
  | 'provider'
  | 'case'
  | 'contract'
  | 'milestone'
  | 'invoice'
  | 'audit'
  | 'notification'
  | 'caseReview'
  /** What the overviews rank, filter and sum of one contract, derived when it or what it depends on is written. */
  | 'contractFigures'
  /** What the overviews rank of one case: its active contracts' cost, derived when one of them is written. */
  | 'caseFigures'
  /** What one contract adds to the spend per month (see shared/src/rules/spendMonths.ts), kept to be taken away. */
  | 'contractSpend'
  /** The municipality's spend per month in one year: a summary, or one provider's, offer's or case's. */
  | 'spend'
  /** The counts a store keeps of a tallied kind in one tenant (see store/tallies.ts); the store writes them itself. */
  | 'tally'
  /** A create's idempotency key and the answer it gave (see http/idempotency.ts); expires after a day. */
  | 'idempotencyKey'
  /** A scheduled job's lease and last run (see jobs/timerLease.ts), in the system partition, one per timer. */
  | 'timerLease'
  /** Where a resumable job over one municipality stands (see jobs/resumable.ts, jobs/figuresQueue.ts), one per job. */
  | 'jobState';

/** The partition holding the tenant registry (kind `tenant`, and `offboardedTenant` for those that left). */
export const SYSTEM_PARTITION = '_system';

export type IndexValue = string | number | boolean;
/** Flat, per-kind projection of a document used for filtering and ordering. Arrays mean "any of". */
export type IndexFields = Record<string, IndexValue | IndexValue[] | undefined>;

export interface StoredDoc<T = unknown> {
  kind: DocKind;
  tenantId: string;
  id: string;
  /** Opaque version tag, changed by every write. */
  etag: string;
  body: T;
  /**
   * The body as stored JSON, as text or UTF-8 bytes (whichever the store read), when the store keeps it so:
   * answering with it saves a parse and a stringify.
   */
  readonly json?: string | Uint8Array;
  /**
   * In a list ordered by an index field, when the store reports it: the value of that field this document was
   * listed by (a document with several values is listed once per value). Lets a caller decide without the body.
   */
  readonly listedBy?: string | number | null;
}

/**
 * A filter on one index field.
 * - `eq`: the field (or any element of an array field) equals `value`
 * - `in`: the field (or any element of an array field) equals one of `value`
 * - `lte`/`gte`: numeric or ISO-date string comparison
 * - `contains`: case-insensitive substring of a string field (callers pass lower-case values)
 */
export type Filter =
  | { field: string; op: 'eq'; value: IndexValue }
  | { field: string; op: 'in'; value: IndexValue[] }
  | { field: string; op: 'lte' | 'gte'; value: number | string }
  | { field: string; op: 'contains'; value: string };

export interface ListQuery {
  filters?: Filter[];
  /** Scalar index field to order by (ascending); ties and the default order by id. */
  orderBy?: string;
  limit: number;
  continuationToken?: string;
}

/** One of several lists asked at once: a kind and its query. */
export interface ListOf extends ListQuery {
  kind: DocKind;
}

/** One read of documents by id, asked with others (see `Repository.getEach`). */
export interface ReadOf {
  kind: DocKind;
  ids: readonly string[];
}

export interface Page<T> {
  items: StoredDoc<T>[];
  continuationToken?: string;
}

/** A listed document's id and version tag, without its body. */
export type DocVersion = Pick<StoredDoc, 'id' | 'etag' | 'listedBy'>;

export interface VersionPage {
  items: DocVersion[];
  continuationToken?: string;
}

/**
 * `expiresAt` (ISO instant) makes a document expire: from then on `get` does not find it, and the store deletes it
 * (SQLite sweeps expired rows; Cosmos DB deletes the item by its `ttl`). A write without it never expires.
 */
export type WriteOp =
  | { op: 'create'; kind: DocKind; id: string; body: unknown; index?: IndexFields; expiresAt?: string }
  | {
      op: 'replace';
      kind: DocKind;
      id: string;
      body: unknown;
      index?: IndexFields;
      ifMatch?: string;
      expiresAt?: string;
    }
  | { op: 'upsert'; kind: DocKind; id: string; body: unknown; index?: IndexFields; expiresAt?: string }
  | { op: 'delete'; kind: DocKind; id: string; ifMatch?: string };

/**
 * Storage for every part of the API. All operations are scoped to one tenant partition;
 * `write` applies its operations atomically (all or none) and returns the written documents.
 * Errors: `NotFoundError` (replace/delete of a missing document), `ConflictError` (create of an
 * existing id), `PreconditionFailedError` (stale `ifMatch`), `StoreUnavailableError` (throttled or down).
 */
export interface Repository {
  readonly kind: 'sqlite' | 'cosmos';
  get<T>(tenantId: string, kind: DocKind, id: string): Promise<StoredDoc<T> | undefined>;
  list<T>(tenantId: string, kind: DocKind, query: ListQuery): Promise<Page<T>>;
  /**
   * The page `list` answers, as ids and version tags: for a caller that keeps what it derives from each version and
   * reads the bodies it lacks with `get`. Its continuation tokens continue `listVersions`.
   */
  listVersions(tenantId: string, kind: DocKind, query: ListQuery): Promise<VersionPage>;
  /**
   * The first page of each list, in the order asked: several lists in one call. The embedded store answers them in
   * one go; Cosmos DB, which has no query over several lists, sends one query per list, all at once.
   */
  listEach(tenantId: string, lists: readonly ListOf[]): Promise<Page<unknown>[]>;
  count(tenantId: string, kind: DocKind, filters?: Filter[]): Promise<number>;
  /** The documents of `kind` with these ids that exist, in one store request (ids not found are left out). */
  getMany<T>(tenantId: string, kind: DocKind, ids: readonly string[]): Promise<StoredDoc<T>[]>;
  /**
   * The documents found of each read, in the order asked: reads by id of several kinds in one call. Cosmos DB reads
   * them as one batch of point reads per 100 documents.
   */
  getEach(tenantId: string, reads: readonly ReadOf[]): Promise<StoredDoc<unknown>[][]>;
  /**
   * How many documents match `filters` and, in addition, each group's filters: several counts in one store request.
   * Answers a count for every group name, 0 when none match.
   */
  countEach(
    tenantId: string,
    kind: DocKind,
    filters: Filter[],
    groups: Record<string, Filter[]>,
  ): Promise<Record<string, number>>;
  /**
   * How many documents of a tallied kind hold each value of its tallied index field (see store/tallies.ts), kept by
   * every write in the same transaction: one store request however many documents there are. Values none hold are
   * left out.
   */
  tally(tenantId: string, kind: DocKind): Promise<Record<string, number>>;
  write(tenantId: string, ops: WriteOp[]): Promise<StoredDoc[]>;
  close(): Promise<void>;
  /**
   * A token that changes whenever a document of one of `kinds` in the tenant's partition is written or deleted, by
   * this process or another: a value computed from those documents stays valid while it is unchanged. A store that
   * cannot tell cheaply has no such method, and such values are computed afresh each time.
   */
  revision?(tenantId: string, kinds: readonly DocKind[]): string;
}
