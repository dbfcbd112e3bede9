// How a stored document looks in the Cosmos container: envelope, index projection and order-preserving sort keys.
import type { JSONValue } from '@azure/cosmos';

import type { DocKind, IndexFields, IndexValue, StoredDoc } from './types';

/** The container item. `ix` is the index projection; `sk` holds one sort key per scalar index field. */
export type CosmosDoc = {
  id: string;
  tenantId: string;
  kind: DocKind;
  entityId: string;
  body: JSONValue;
  ix: Record<string, IndexValue | IndexValue[]>;
  sk: Record<string, string>;
  /** An expiring document's expiry (ISO instant) and its time to live in seconds, after which Cosmos deletes it. */
  expiresAt?: string;
  ttl?: number;
};

/** The fields a query reads back; Cosmos system fields other than `_etag` stay out of StoredDoc. */
export interface CosmosRow {
  entityId: string;
  body: unknown;
  _etag: string;
  expiresAt?: string;
}

/** Cosmos hides an item once its ttl has passed; the same check covers a container without time to live. */
export function isExpired(row: CosmosRow, now = new Date()): boolean {
  return row.expiresAt !== undefined && row.expiresAt <= now.toISOString();
}

/** Item ids are unique per partition, so the kind prefix keeps two kinds with the same entity id apart. */
export function itemId(kind: DocKind, id: string): string {
  return `${kind}:${id}`;
}

/** Cosmos rejects these characters in item ids. */
export function isStorableId(id: string): boolean {
  return id.length > 0 && !/[/\\?#]/.test(id);
}

export function toCosmosDoc(
  tenantId: string,
  kind: DocKind,
  id: string,
  body: unknown,
  index: IndexFields = {},
  expiresAt?: string,
): CosmosDoc {
  const ix: CosmosDoc['ix'] = {};
  for (const [field, value] of Object.entries(index)) if (value !== undefined) ix[field] = value;
  // The contract stores any JSON-serialisable body; the SDK serialises it as JSON.
  const doc = {
    id: itemId(kind, id),
    tenantId,
    kind,
    entityId: id,
    body: body as JSONValue,
    ix,
    sk: sortKeys(id, index),
  };
  if (expiresAt === undefined) return doc;
  const ttl = Math.max(1, Math.ceil((Date.parse(expiresAt) - Date.now()) / 1000));
  return { ...doc, expiresAt, ttl };
}

export function toStoredDoc<T>(tenantId: string, kind: DocKind, row: CosmosRow): StoredDoc<T> {
  return { kind, tenantId, id: row.entityId, etag: row._etag, body: row.body as T };
}

/**
 * One string per scalar index field that sorts like (value, id), so `ORDER BY c.sk.<field>` orders by the
 * field with ties by id while needing only the default single-path range index (a composite index per
 * field pair would have to list every orderable field up front). Order mirrors the SQLite adapter:
 * missing values first, then numbers (booleans as 0/1), then strings by code point. A field listed with
 * `undefined` gets a "missing" key; a field absent from the projection gets none, and such documents are
 * left out of (the test server) or put first in (Cosmos) a list ordered by that field.
 */
export function sortKeys(id: string, index: IndexFields): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const [field, value] of Object.entries(index)) {
    if (!Array.isArray(value)) keys[field] = `${encodeValue(value)}\u0000${id}`;
  }
  return keys;
}

function encodeValue(value: IndexValue | undefined): string {
  if (value === undefined) return '0';
  if (typeof value === 'string') return `2${value}`;
  return `1${encodeNumber(Number(value))}`;
}

/** IEEE-754 bits, sign-adjusted so that the hex strings sort in numeric order. */
function encodeNumber(value: number): string {
  const bytes = Buffer.alloc(8);
  bytes.writeDoubleBE(value === 0 ? 0 : value);
  const negative = (bytes[0] ?? 0) >= 0x80;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i] ?? 0;
    bytes[i] = negative ? ~byte & 0xff : i === 0 ? byte | 0x80 : byte;
  }
  return bytes.toString('hex');
}
