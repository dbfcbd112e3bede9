// Fixtures for the clause library tests: the host and its tokens, valid bodies, API shortcuts and shared checks.
import type { Role } from '@koberollen/shared/domain/user';

import { type ApiAnswer, TENANT_B, type TestHost, useHost } from './host';

/** Who writes the library, and who only reads it. */
export const LIBRARY_WRITERS: Role[] = ['procurement', 'admin'];
export const LIBRARY_READERS: Role[] = ['caseworker', 'negotiator', 'finance', 'manager'];

/** The tokens of a library test file. */
export type LibraryTokens = Record<'writer' | 'reader' | 'otherTenant', string>;

/**
 * Starts a host for the calling test file with three tokens: `writer` and `reader` with the given roles in
 * TENANT_A, and `otherTenant`, a writer in TENANT_B.
 */
export function useLibraryHost(writer: Role, reader: Role): { host: TestHost; tokens: LibraryTokens } {
  return useHost({
    tokens: {
      writer: { roles: [writer] },
      reader: { roles: [reader] },
      otherTenant: { roles: [writer], tenantId: TENANT_B },
    },
  });
}

/** Text shaped like a CPR number (a valid date followed by four digits). */
export const CPR_TEXT = 'Borgeren har cpr-nummer 010190-1234';

let serial = 0;
/** A word no other record contains, to find exactly the records a test created. */
export function uniqueWord(prefix = 'ord'): string {
  serial += 1;
  return `${prefix}${serial}x${Date.now().toString(36)}`;
}

/** A valid clause body; `overrides` replace top-level fields. */
export function clauseInput(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Takstgrundlag og prisregulering',
    topic: 'rate-basis',
    paragraphs: [
      { text: 'Taksten for {{providerName}} udgør {{dailyRate}} kr. pr. døgn.' },
      { text: 'Taksten reguleres årligt med KL’s pris- og lønudvikling.' },
    ],
    fields: [
      { key: 'providerName', label: 'Leverandørens navn', type: 'text', required: true },
      { key: 'dailyRate', label: 'Døgntakst', type: 'amount', required: true },
    ],
    guidance: 'Bed om en takstredegørelse med specificerede ydelser.',
    recognitionPhrases: ['takstgrundlag', 'takstredegørelse'],
    applicability: { contractTypes: ['botilbud-107'], paragraphs: ['SEL §107'] },
    ...overrides,
  };
}

/** A valid template body with one section holding the given clauses (mandatory). */
export function templateInput(clauseIds: string[], overrides: Record<string, unknown> = {}) {
  return {
    name: 'Midlertidigt botilbud',
    description: 'Standardkontrakt for midlertidigt ophold.',
    contractType: 'botilbud-107',
    legalBasis: [{ law: 'SEL', section: '§107' }],
    sections: [{ title: 'Pris og betaling', clauses: clauseIds.map((clauseId) => ({ clauseId, mandatory: true })) }],
    fields: [{ key: 'startDate', label: 'Startdato', type: 'date', required: true }],
    ...overrides,
  };
}

/** A valid contract-review checklist body. */
export function checklistInput(overrides: Record<string, unknown> = {}) {
  return {
    name: 'Gennemgang af leverandørens kontrakt',
    phase: 'negotiation',
    purpose: 'contractReview',
    items: [
      { id: 'takst', text: 'Er takstgrundlaget beskrevet?', guidance: '', requiresTopic: 'rate-basis' },
      { id: 'opsigelse', text: 'Er opsigelsesvarslet rimeligt?', requiresTopic: 'termination' },
    ],
    ...overrides,
  };
}

/** The ETag of an answer, failing loudly when it is missing. */
export function etagOf(answer: ApiAnswer): string {
  const etag = answer.headers.get('etag');
  if (!etag) throw new Error(`no ETag on ${answer.status} ${JSON.stringify(answer.body)}`);
  return etag;
}

/** Creates a record through the API and returns its body and ETag. */
export async function createOk(host: TestHost, token: string, path: string, body: unknown) {
  const answer = await host.call('POST', path, { token, body });
  if (answer.status !== 201) throw new Error(`POST ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return { id: answer.body.id as string, body: answer.body, etag: etagOf(answer) };
}

/** Creates a clause and publishes it; returns the published clause and its ETag. */
export async function publishedClause(host: TestHost, token: string, overrides: Record<string, unknown> = {}) {
  const clause = await createOk(host, token, '/api/clauses', clauseInput(overrides));
  const answer = await host.call('POST', `/api/clauses/${clause.id}/publish`, {
    token,
    ifMatch: clause.etag,
    body: { changeNote: 'Første udgave' },
  });
  if (answer.status !== 200) throw new Error(`publish: ${answer.status} ${JSON.stringify(answer.body)}`);
  return { id: clause.id, body: answer.body, etag: etagOf(answer) };
}

/** The audit actions recorded for a record, sorted by name (events of one millisecond have no order). */
export async function auditActions(host: TestHost, entityId: string, tenantId?: string): Promise<string[]> {
  const token = await host.token(['admin'], tenantId);
  const answer = await host.call('GET', `/api/audit?entityId=${entityId}`, { token });
  if (answer.status !== 200) throw new Error(`audit: ${answer.status} ${JSON.stringify(answer.body)}`);
  return (answer.body.items as { action: string }[]).map((event) => event.action).sort();
}

/** Ids of the items of a list answer. */
export function idsOf(answer: ApiAnswer): string[] {
  return (answer.body.items as { id: string }[]).map((item) => item.id);
}

/**
 * Expects PUTs of a changed `record` to `path` to be refused and to change nothing: without If-Match (428), with a
 * stale one (412), from each reader (403), from another tenant (404), with each of `invalid` (400 naming its field)
 * and with a CPR number in the name (422). The record keeps its ETag and has only its creation audited.
 */
export async function expectRefusedPuts(
  host: TestHost,
  tokens: LibraryTokens,
  path: string,
  record: { id: string; etag: string; body: Record<string, unknown> },
  invalid: { changes: Record<string, unknown>; field: string }[],
): Promise<void> {
  const put = (token: string, ifMatch?: string, changes: Record<string, unknown> = {}) =>
    host.call('PUT', path, { token, ifMatch, body: { ...record.body, name: 'Ændret', ...changes } });
  expect((await put(tokens.writer)).status).toBe(428);
  expect((await put(tokens.writer, '"forældet"')).status).toBe(412);
  for (const role of LIBRARY_READERS) expect((await put(await host.token([role]), record.etag)).status).toBe(403);
  expect((await put(tokens.otherTenant, record.etag)).status).toBe(404);
  for (const { changes, field } of invalid) {
    const answer = await put(tokens.writer, record.etag, changes);
    expect(answer.status).toBe(400);
    expect(answer.body.fields).toHaveProperty([field]);
  }
  expect((await put(tokens.writer, record.etag, { name: CPR_TEXT })).status).toBe(422);
  expect(etagOf(await host.call('GET', path, { token: tokens.reader }))).toBe(record.etag);
  expect(await auditActions(host, record.id)).toEqual(['create']);
}

/** Expects the record at `path` to offer no DELETE (405), even to a writer with its current ETag. */
export async function expectNoDelete(host: TestHost, token: string, path: string, etag: string): Promise<void> {
  expect((await host.call('DELETE', path, { token, ifMatch: etag })).status).toBe(405);
}
