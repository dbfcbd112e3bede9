// Opaque continuation tokens for keyset paging: the last row's sort value and id, base64url-encoded.
import { invalidContinuationToken } from './errors';

export interface Keyset {
  sort: string | number | null;
  id: string;
}

export function encodeToken(keyset: Keyset): string {
  return Buffer.from(JSON.stringify(keyset)).toString('base64url');
}

/** Decodes a token; a token that is not one of ours is a validation error. */
export function decodeToken(token: string | undefined): Keyset | undefined {
  if (!token) return undefined;
  try {
    const value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Partial<Keyset>;
    if (typeof value.id === 'string' && (value.sort === null || ['string', 'number'].includes(typeof value.sort))) {
      return { sort: value.sort ?? null, id: value.id };
    }
  } catch {
    // fall through to the error below
  }
  throw invalidContinuationToken();
}

/** Cuts `limit + 1` found rows into a page and the token that continues after its last row. */
export function cut<R extends { id: string; sort?: string | number | null }>(found: R[], limit: number) {
  const rows = found.slice(0, limit);
  const last = rows[rows.length - 1];
  const more = found.length > limit && last !== undefined;
  return { rows, continuationToken: more ? encodeToken({ sort: last.sort ?? null, id: last.id }) : undefined };
}
