// Idempotency-Key on creates (IETF httpapi draft): a retried create answers the first result and writes nothing new.
import { createHash } from 'node:crypto';

import type { HttpResponseInit } from '@azure/functions';

import type { User } from '@koberollen/shared/domain/user';
import { ConflictError, RuleViolationError, ValidationError } from '@koberollen/shared/errors';

import type { Services } from '../services';
import type { Repository, StoredDoc, WriteOp } from '../store/types';
import type { ApiRequest } from './request';

/** How long a key answers with its first result. */
export const KEY_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** Visible ASCII, as a UUID or any other client-made token is. */
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;
/** How long a retry waits, step by step, for the first request's answer to be recorded before answering 409. */
const WAIT_STEPS_MS = [20, 40, 80, 160, 320];
/** The answer headers a replay repeats. */
const KEPT_HEADERS = ['Content-Type', 'Location', 'ETag'];

/** What a key records: whose request it was, a fingerprint of it and, once written, the answer it got. */
interface KeyRecord {
  userId: string;
  fingerprint: string;
  expiresAt: string;
  response?: { status: number; headers: Record<string, string>; body: string };
}

/** The request's Idempotency-Key, or undefined without one; 400 for a key no client would make. */
export function idempotencyKeyOf(request: ApiRequest): string | undefined {
  const key = request.headers.get('idempotency-key')?.trim();
  if (key === undefined || key === '') return undefined;
  if (!KEY_FORMAT.test(key)) {
    throw new ValidationError('Idempotency-Key skal være 1-255 synlige ASCII-tegn, fx et UUID.', {
      'Idempotency-Key': 'Ugyldig nøgle',
    });
  }
  return key;
}

/** Identifies a request: the same route, path and validated body give the same fingerprint. */
export function fingerprintOf(method: string, path: string, params: unknown, body: unknown): string {
  return sha256(JSON.stringify([method, path, params ?? null, body ?? null]));
}

export interface IdempotentCall {
  key: string;
  fingerprint: string;
  user: User;
  services: Services;
}

/**
 * Runs a create once per key: the first request runs `run` with a store that writes the key in the same batch as
 * the record; a later one with the same key and request answers the recorded result, with another request 422.
 */
export async function idempotent(
  call: IdempotentCall,
  run: (services: Services) => Promise<HttpResponseInit>,
): Promise<HttpResponseInit> {
  const { user, services } = call;
  const id = sha256(`${user.userId}\u0000${call.key}`);
  const found = await services.store.get<KeyRecord>(user.tenantId, 'idempotencyKey', id);
  if (found) return replay(call, id, found);
  const record: KeyRecord = {
    userId: user.userId,
    fingerprint: call.fingerprint,
    expiresAt: new Date(Date.now() + KEY_LIFETIME_MS).toISOString(),
  };
  const keyOp: WriteOp = { op: 'create', kind: 'idempotencyKey', id, body: record, expiresAt: record.expiresAt };
  const store = new KeyedStore(services.store, user.tenantId, keyOp);
  let response: HttpResponseInit;
  try {
    response = await run({ ...services, store });
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    // A create of the key itself failed: the same key won a race a moment ago, so answer as that request did.
    const twin = await services.store.get<KeyRecord>(user.tenantId, 'idempotencyKey', id);
    if (!twin || store.keyEtag !== undefined) throw error;
    return replay(call, id, twin);
  }
  if (store.keyEtag !== undefined) await remember(services, user, keyOp, store.keyEtag, record, response);
  return response;
}

/** Records the answer with the key, so a retry repeats it; a failure here leaves the key holding back twins. */
async function remember(
  services: Services,
  user: User,
  keyOp: WriteOp,
  etag: string,
  record: KeyRecord,
  response: HttpResponseInit,
) {
  const status = response.status ?? 200;
  const body = bodyText(response.body);
  if (status < 200 || status > 299 || body === undefined) return;
  const given = (response.headers ?? {}) as Record<string, string>;
  const headers = Object.fromEntries(KEPT_HEADERS.filter((name) => given[name]).map((name) => [name, given[name]!]));
  const answered: KeyRecord = { ...record, response: { status, headers, body } };
  await services.store.write(user.tenantId, [
    { op: 'replace', kind: 'idempotencyKey', id: keyOp.id, body: answered, ifMatch: etag, expiresAt: record.expiresAt },
  ]);
}

/** The answer's body as text: handlers answer JSON text or bytes, or nothing. */
function bodyText(body: HttpResponseInit['body']): string | undefined {
  if (typeof body === 'string') return body;
  if (body instanceof Uint8Array) return Buffer.from(body).toString('utf8');
  return body === undefined || body === null ? '' : undefined;
}

/** The recorded answer for a repeated request; 422 when the key came with another request, 409 while in flight. */
async function replay(call: IdempotentCall, id: string, found: StoredDoc<KeyRecord>): Promise<HttpResponseInit> {
  let record = found.body;
  if (record.fingerprint !== call.fingerprint) {
    throw new RuleViolationError(
      'Idempotency-Key er allerede brugt til en anden forespørgsel. Brug en ny nøgle til en ny handling.',
      { 'Idempotency-Key': 'Nøglen hører til en anden forespørgsel' },
    );
  }
  for (const ms of WAIT_STEPS_MS) {
    if (record.response) break;
    await new Promise((resolve) => setTimeout(resolve, ms));
    record = (await call.services.store.get<KeyRecord>(call.user.tenantId, 'idempotencyKey', id))?.body ?? record;
  }
  const answer = record.response;
  if (!answer)
    throw new ConflictError('Den første forespørgsel med denne Idempotency-Key behandles stadig. Prøv igen.');
  return { status: answer.status, headers: answer.headers, body: answer.body };
}

/** The store a keyed create writes through: the key goes into the first batch that succeeds, atomically with it. */
class KeyedStore implements Repository {
  readonly kind: Repository['kind'];
  /** The key's version tag once written. */
  keyEtag: string | undefined;

  constructor(
    private readonly inner: Repository,
    private readonly tenantId: string,
    private readonly keyOp: WriteOp,
  ) {
    this.kind = inner.kind;
    this.revision = inner.revision?.bind(inner);
  }

  get: Repository['get'] = (tenantId, kind, id) => this.inner.get(tenantId, kind, id);
  list: Repository['list'] = (tenantId, kind, query) => this.inner.list(tenantId, kind, query);
  listVersions: Repository['listVersions'] = (tenantId, kind, query) => this.inner.listVersions(tenantId, kind, query);
  listEach: Repository['listEach'] = (tenantId, lists) => this.inner.listEach(tenantId, lists);
  count: Repository['count'] = (tenantId, kind, filters) => this.inner.count(tenantId, kind, filters);
  getMany: Repository['getMany'] = (tenantId, kind, ids) => this.inner.getMany(tenantId, kind, ids);
  getEach: Repository['getEach'] = (tenantId, reads) => this.inner.getEach(tenantId, reads);
  countEach: Repository['countEach'] = (tenantId, kind, filters, groups) =>
    this.inner.countEach(tenantId, kind, filters, groups);
  tally: Repository['tally'] = (tenantId, kind) => this.inner.tally(tenantId, kind);
  close: Repository['close'] = () => this.inner.close();
  revision: Repository['revision'];

  async write(tenantId: string, ops: WriteOp[]): Promise<StoredDoc[]> {
    if (this.keyEtag !== undefined || tenantId !== this.tenantId) return this.inner.write(tenantId, ops);
    const written = await this.inner.write(tenantId, [...ops, this.keyOp]);
    this.keyEtag = written[written.length - 1]?.etag;
    return written.slice(0, -1);
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}
