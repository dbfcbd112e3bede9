// Success responses: JSON bodies with ETag and Location where the contract asks for them.

import type { HttpResponseInit } from '@azure/functions';

const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8' };

/** Quotes a store version tag as an HTTP entity tag. */
export function entityTag(etag: string): string {
  return etag.startsWith('"') ? etag : `"${etag}"`;
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
