// Success responses: JSON bodies with ETag and Location where the contract asks for them.

import type { HttpResponseInit } from '@azure/functions';

import type { Page, StoredDoc } from '../store/types';

const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8' };

/**
 * The HTTP entity tag for a store version tag. Stores differ in form (Cosmos DB's carry their own quotes), so the
 * tag is carried base64url-encoded inside the quotes and decoded back exactly by `requireIfMatch`.
 */
export function entityTag(etag: string): string {
  return `"${Buffer.from(etag, 'utf8').toString('base64url')}"`;
}

export function ok(body: unknown, etag?: string): HttpResponseInit {
  return {
    status: 200,
    headers: { ...JSON_TYPE, ...(etag ? { ETag: entityTag(etag) } : {}) },
    body: JSON.stringify(body),
  };
}

export function created(body: unknown, location: string, etag: string): HttpResponseInit {
  return {
    status: 201,
    headers: { ...JSON_TYPE, Location: location, ETag: entityTag(etag) },
    body: JSON.stringify(body),
  };
}

export function noContent(): HttpResponseInit {
  return { status: 204 };
}

const COMMA = Buffer.from(',');

/** A stored document's body as JSON: as the store read it (text or UTF-8 bytes), else serialised. */
function documentJson(doc: StoredDoc): string | Uint8Array {
  return doc.json ?? JSON.stringify(doc.body);
}

/** 200 with one stored document and its ETag: the stored JSON when the store keeps it, else serialised. */
export function okDocument(doc: StoredDoc): HttpResponseInit {
  return { status: 200, headers: { ...JSON_TYPE, ETag: entityTag(doc.etag) }, body: documentJson(doc) };
}

/** 200 with a page of stored documents as `{ items, continuationToken }` (see `okItems`). */
export function okPage(page: Page<unknown>): HttpResponseInit {
  return okItems(page.items.map(documentJson), page.continuationToken);
}

/**
 * 200 with `{ items, continuationToken }` from items already serialised as JSON. Items read as text are joined into
 * one string, encoded once on the way out; items as bytes are concatenated as they are, never decoded.
 */
export function okItems(items: (string | Uint8Array)[], continuationToken: string | undefined): HttpResponseInit {
  const token = continuationToken === undefined ? '' : `,"continuationToken":${JSON.stringify(continuationToken)}`;
  const head = '{"items":[';
  const tail = `]${token}}`;
  const body = items.every((json) => typeof json === 'string')
    ? `${head}${items.join(',')}${tail}`
    : Buffer.concat([
        Buffer.from(head),
        ...items.flatMap((json, i) => [...(i > 0 ? [COMMA] : []), typeof json === 'string' ? Buffer.from(json) : json]),
        Buffer.from(tail),
      ]);
  return { status: 200, headers: JSON_TYPE, body };
}
