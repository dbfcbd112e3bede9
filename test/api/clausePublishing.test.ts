// Clause versions through HTTP: publishing immutable versions, reading them, deleting drafts and retiring clauses.
import { clauseTextHash } from '@koberollen/shared/rules/textHash';

import * as lib from './support/libraryFixtures';

const { host, tokens } = lib.useLibraryHost('procurement', 'caseworker');

describe('publishing', () => {
  it('writes immutable versions that stay readable, in order', async () => {
    const v1 = await lib.publishedClause(host, tokens.writer);
    expect(v1.body).toMatchObject({ status: 'published', version: 1, hasUnpublishedChanges: false });
    expect(v1.body.publishedAt).toEqual(expect.any(String));

    const paragraphs = [{ text: 'Taksten udgør {{dailyRate}} kr. pr. døgn og reguleres den 1. januar.' }];
    const edited = await host.call('PUT', `/api/clauses/${v1.id}`, {
      token: tokens.writer,
      ifMatch: v1.etag,
      body: { ...v1.body, paragraphs },
    });
    const v2 = await host.call('POST', `/api/clauses/${v1.id}/publish`, {
      token: await host.token(['admin'], undefined, 'oid-admin'),
      ifMatch: lib.etagOf(edited),
      body: { changeNote: 'Reguleringsdato tilføjet' },
    });
    expect(v2.status).toBe(200);
    expect(v2.body).toMatchObject({ version: 2, status: 'published', hasUnpublishedChanges: false });

    const first = await host.call('GET', `/api/clauses/${v1.id}/versions/1`, { token: tokens.reader });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      clauseId: v1.id,
      version: 1,
      changeNote: 'Første udgave',
      paragraphs: lib.clauseInput().paragraphs,
      textHash: clauseTextHash(lib.clauseInput().paragraphs),
    });
    const second = await host.call('GET', `/api/clauses/${v1.id}/versions/2`, { token: tokens.reader });
    expect(second.body).toMatchObject({
      version: 2,
      paragraphs,
      textHash: clauseTextHash(paragraphs),
      publishedBy: { userId: 'oid-admin' },
      publishedAt: v2.body.publishedAt,
    });
    expect(second.body.textHash).not.toBe(first.body.textHash);

    const versions = await host.call('GET', `/api/clauses/${v1.id}/versions`, { token: tokens.reader });
    expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const page = await host.call('GET', `/api/clauses/${v1.id}/versions?limit=1`, { token: tokens.reader });
    expect(page.body.items.map((v: { version: number }) => v.version)).toEqual([1]);
    const next = await host.call(
      'GET',
      `/api/clauses/${v1.id}/versions?limit=1&continuationToken=${encodeURIComponent(page.body.continuationToken)}`,
      { token: tokens.reader },
    );
    expect(next.body.items.map((v: { version: number }) => v.version)).toEqual([2]);
    expect(next.body.continuationToken).toBeUndefined();

    expect((await host.call('GET', `/api/clauses/${v1.id}/versions/3`, { token: tokens.reader })).status).toBe(404);
    expect((await host.call('GET', `/api/clauses/${v1.id}/versions/nul`, { token: tokens.reader })).status).toBe(400);
    expect(await lib.auditActions(host, v1.id)).toEqual(['create', 'publish', 'publish', 'update']);
  });

  it('refuses to publish without changes since the last publish (422)', async () => {
    const clause = await lib.publishedClause(host, tokens.writer);
    const again = await host.call('POST', `/api/clauses/${clause.id}/publish`, {
      token: tokens.writer,
      ifMatch: clause.etag,
      body: { changeNote: 'Intet nyt' },
    });
    expect(again.status).toBe(422);
    expect(
      (await host.call('GET', `/api/clauses/${clause.id}/versions`, { token: tokens.reader })).body.items,
    ).toHaveLength(1);
  });

  it('answers 428, 412, 403, 404, 400 and 422 without writing a version', async () => {
    const clause = await lib.createOk(host, tokens.writer, '/api/clauses', lib.clauseInput());
    const path = `/api/clauses/${clause.id}/publish`;
    const body = { changeNote: 'Udgivet' };
    expect((await host.call('POST', path, { token: tokens.writer, body })).status).toBe(428);
    expect((await host.call('POST', path, { token: tokens.writer, ifMatch: '"forældet"', body })).status).toBe(412);
    expect((await host.call('POST', path, { token: tokens.reader, ifMatch: clause.etag, body })).status).toBe(403);
    expect((await host.call('POST', path, { token: tokens.otherTenant, ifMatch: clause.etag, body })).status).toBe(404);
    const empty = await host.call('POST', path, {
      token: tokens.writer,
      ifMatch: clause.etag,
      body: { changeNote: '' },
    });
    expect(empty.status).toBe(400);
    expect(empty.body.fields).toHaveProperty('changeNote');
    const extra = await host.call('POST', path, {
      token: tokens.writer,
      ifMatch: clause.etag,
      body: { ...body, version: 7 },
    });
    expect(extra.body.fields).toHaveProperty('version');
    const cpr = await host.call('POST', path, {
      token: tokens.writer,
      ifMatch: clause.etag,
      body: { changeNote: lib.CPR_TEXT },
    });
    expect(cpr.status).toBe(422);

    const after = await host.call('GET', `/api/clauses/${clause.id}`, { token: tokens.reader });
    expect(after.body).toMatchObject({ status: 'draft', version: 0 });
    expect((await host.call('GET', `/api/clauses/${clause.id}/versions`, { token: tokens.reader })).body.items).toEqual(
      [],
    );
    expect(await lib.auditActions(host, clause.id)).toEqual(['create']);
  });
});

describe('deleting and retiring', () => {
  it('deletes a clause that was never published', async () => {
    const clause = await lib.createOk(host, tokens.writer, '/api/clauses', lib.clauseInput());
    const answer = await host.call('DELETE', `/api/clauses/${clause.id}`, {
      token: tokens.writer,
      ifMatch: clause.etag,
    });
    expect(answer.status).toBe(204);
    expect((await host.call('GET', `/api/clauses/${clause.id}`, { token: tokens.reader })).status).toBe(404);
    expect(await lib.auditActions(host, clause.id)).toEqual(['create', 'delete']);
  });

  it('retires a published clause with a reason, keeping its versions readable and refusing further changes', async () => {
    const clause = await lib.publishedClause(host, tokens.writer);
    const path = `/api/clauses/${clause.id}`;
    const deleted = await host.call('DELETE', path, { token: tokens.writer, ifMatch: clause.etag });
    expect(deleted.status).toBe(409);
    const noReason = await host.call('POST', `${path}/retire`, {
      token: tokens.writer,
      ifMatch: clause.etag,
      body: { reason: '' },
    });
    expect(noReason.status).toBe(400);

    const answer = await host.call('POST', `${path}/retire`, {
      token: tokens.writer,
      ifMatch: clause.etag,
      body: { reason: 'Erstattet af den nye takstklausul' },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      status: 'retired',
      version: 1,
      retirement: { reason: 'Erstattet af den nye takstklausul', by: { userId: expect.any(String) } },
    });
    const retired = await host.call('GET', path, { token: tokens.reader });
    expect(retired.body).toMatchObject({
      status: 'retired',
      retirement: { reason: 'Erstattet af den nye takstklausul' },
    });
    expect((await host.call('GET', `${path}/versions/1`, { token: tokens.reader })).status).toBe(200);
    expect(await lib.auditActions(host, clause.id)).toEqual(['create', 'publish', 'retire']);

    const ifMatch = lib.etagOf(retired);
    const again = await host.call('POST', `${path}/retire`, {
      token: tokens.writer,
      ifMatch,
      body: { reason: 'Igen' },
    });
    expect(again.status).toBe(422);
    const publish = await host.call('POST', `${path}/publish`, {
      token: tokens.writer,
      ifMatch,
      body: { changeNote: 'Genudgivet' },
    });
    expect(publish.status).toBe(422);
    const edit = await host.call('PUT', path, {
      token: tokens.writer,
      ifMatch,
      body: { ...clause.body, title: 'Ny titel' },
    });
    expect(edit.status).toBe(422);
  });

  it('retires only published clauses, only for the library writers', async () => {
    const draft = await lib.createOk(host, tokens.writer, '/api/clauses', lib.clauseInput());
    const body = { reason: 'Forældet' };
    const retireDraft = await host.call('POST', `/api/clauses/${draft.id}/retire`, {
      token: tokens.writer,
      ifMatch: draft.etag,
      body,
    });
    expect(retireDraft.status).toBe(422);
    const clause = await lib.publishedClause(host, tokens.writer);
    const path = `/api/clauses/${clause.id}/retire`;
    expect((await host.call('POST', path, { token: tokens.writer, body })).status).toBe(428);
    for (const role of lib.LIBRARY_READERS) {
      const token = await host.token([role]);
      expect((await host.call('POST', path, { token, ifMatch: clause.etag, body })).status).toBe(403);
    }
    expect((await host.call('GET', `/api/clauses/${clause.id}`, { token: tokens.reader })).body).toMatchObject({
      status: 'published',
    });
  });

  it('refuses to delete a draft a template uses (409)', async () => {
    const clause = await lib.createOk(host, tokens.writer, '/api/clauses', lib.clauseInput());
    await lib.createOk(host, tokens.writer, '/api/templates', lib.templateInput([clause.id]));
    const answer = await host.call('DELETE', `/api/clauses/${clause.id}`, {
      token: tokens.writer,
      ifMatch: clause.etag,
    });
    expect(answer.status).toBe(409);
    expect((await host.call('GET', `/api/clauses/${clause.id}`, { token: tokens.reader })).status).toBe(200);
  });

  it('answers 428, 412, 403 and 404 without deleting', async () => {
    const clause = await lib.createOk(host, tokens.writer, '/api/clauses', lib.clauseInput());
    const path = `/api/clauses/${clause.id}`;
    expect((await host.call('DELETE', path, { token: tokens.writer })).status).toBe(428);
    expect((await host.call('DELETE', path, { token: tokens.writer, ifMatch: '"forældet"' })).status).toBe(412);
    for (const role of lib.LIBRARY_READERS) {
      const token = await host.token([role]);
      expect((await host.call('DELETE', path, { token, ifMatch: clause.etag })).status).toBe(403);
    }
    expect((await host.call('DELETE', path, { token: tokens.otherTenant, ifMatch: clause.etag })).status).toBe(404);
    expect((await host.call('GET', path, { token: tokens.reader })).status).toBe(200);
    expect(await lib.auditActions(host, clause.id)).toEqual(['create']);
  });
});
