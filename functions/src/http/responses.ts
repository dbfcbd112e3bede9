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

/** A stored document's body as UTF-8 JSON: the stored bytes when the store keeps them, else serialised. */
function documentJson(doc: StoredDoc): Uint8Array {
  return doc.json ?? Buffer.from(JSON.stringify(doc.body), 'utf8');
}

const COMMA = Buffer.from(',');

/** 200 with one stored document and its ETag. */
export function okDocument(doc: StoredDoc): HttpResponseInit {
  return { status: 200, headers: { ...JSON_TYPE, ETag: entityTag(doc.etag) }, body: documentJson(doc) };
}

/** 200 with a page of stored documents as `{ items, continuationToken }`. */
export function okPage(page: Page<unknown>): HttpResponseInit {
  const token =
    page.continuationToken === undefined ? '' : `,"continuationToken":${JSON.stringify(page.continuationToken)}`;
  const parts: Uint8Array[] = [Buffer.from('{"items":[')];
  page.items.forEach((doc, i) => parts.push(...(i > 0 ? [COMMA] : []), documentJson(doc)));
  parts.push(Buffer.from(`]${token}}`));
  return { status: 200, headers: JSON_TYPE, body: Buffer.concat(parts) };
}
