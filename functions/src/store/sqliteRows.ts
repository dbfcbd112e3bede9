// How the embedded store's rows become stored documents, and index projections become rows.
import type { DocKind, IndexFields, StoredDoc } from './types';

export interface Row {
  id: string;
  etag: string;
  /** Point reads only: when the document expires (ISO instant), or null. */
  expires_at?: string | null;
  /** Bytes from point reads; text from list walks, where one small Buffer per row would cost more than it saves. */
  body: Buffer | string;
  sort?: string | number | null;
}

/** A row of a list page: without its body when the list answers version tags only. */
export type ListedRow = Omit<Row, 'body'> & Partial<Pick<Row, 'body'>>;

export function isExpired(row: Row): boolean {
  return typeof row.expires_at === 'string' && row.expires_at <= new Date().toISOString();
}

/** The body is parsed on first use: a list answered as stored (see `StoredDoc.json`) is never parsed at all. */
export function toDoc<T>(tenantId: string, kind: DocKind, row: Row): StoredDoc<T> {
  let body: T | undefined;
  return {
    kind,
    tenantId,
    id: row.id,
    etag: row.etag,
    ...(row.sort === undefined ? {} : { listedBy: row.sort }),
    get json(): string | Uint8Array {
      return row.body;
    },
    get body(): T {
      body ??= JSON.parse(typeof row.body === 'string' ? row.body : row.body.toString('utf8')) as T;
      return body;
    },
  };
}

export /** Index rows of a projection; a scalar field listed as undefined is a NULL row, so it sorts first. */
function* indexEntries(index: IndexFields | undefined): Generator<[string, string | number | null]> {
  for (const [field, value] of Object.entries(index ?? {})) {
    if (value === undefined) yield [field, null];
    for (const v of Array.isArray(value) ? value : [value]) {
      if (v === undefined) continue;
      yield [field, typeof v === 'boolean' ? Number(v) : v];
    }
  }
}
