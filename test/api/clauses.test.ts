// The clause library through HTTP: creating, searching and editing working copies, across roles and tenants.
import * as lib from './support/libraryFixtures';

const { host, tokens } = lib.useLibraryHost('procurement', 'caseworker');

describe('creating a clause', () => {
  it.each(lib.LIBRARY_WRITERS)('lets %s create a draft that has never been published', async (role) => {
    const token = await host.token([role]);
    const answer = await host.call('POST', '/api/clauses', { token, body: lib.clauseInput() });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      status: 'draft',
      version: 0,
      hasUnpublishedChanges: true,
      topic: 'rate-basis',
    });
    expect(answer.body.publishedAt).toBeUndefined();
    expect(answer.headers.get('location')).toBe(`/api/clauses/${answer.body.id}`);
    expect(await lib.auditActions(host, answer.body.id)).toEqual(['create']);
  });

  it.each(lib.LIBRARY_READERS)('refuses %s with 403', async (role) => {
    const token = await host.token([role]);
    const answer = await host.call('POST', '/api/clauses', { token, body: lib.clauseInput() });
    expect(answer.status).toBe(403);
  });

  it('names invalid and unknown fields, and refuses server-owned ones', async () => {
    const invalid = await host.call('POST', '/api/clauses', {
      token: tokens.writer,
      body: lib.clauseInput({ title: '', topic: 'Ikke Et Emne', paragraphs: [] }),
    });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.fields).sort()).toEqual(['paragraphs', 'title', 'topic']);
    const unknown = await host.call('POST', '/api/clauses', {
      token: tokens.writer,
      body: lib.clauseInput({ colour: 'rød' }),
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields).toHaveProperty('colour');
    const serverOwned = await host.call('POST', '/api/clauses', {
      token: tokens.writer,
      body: lib.clauseInput({ status: 'published', version: 4 }),
    });
    expect(serverOwned.status).toBe(400);
    expect(Object.keys(serverOwned.body.fields).sort()).toEqual(['status', 'version']);
  });

  it('refuses a CPR number in the guidance or the clause text with 422', async () => {
    const inGuidance = await host.call('POST', '/api/clauses', {
      token: tokens.writer,
      body: lib.clauseInput({ guidance: lib.CPR_TEXT }),
    });
    expect(inGuidance.status).toBe(422);
    const inText = await host.call('POST', '/api/clauses', {
      token: tokens.writer,
      body: lib.clauseInput({ paragraphs: [{ text: lib.CPR_TEXT }] }),
    });
    expect(inText.status).toBe(422);
  });
});

describe('reading and searching clauses', () => {
  const word = lib.uniqueWord('klausul');
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    ids.beta = (await lib.createOk(host, tokens.writer, '/api/clauses', lib.clauseInput({ title: `Beta ${word}` }))).id;
    ids.alpha = (
      await lib.publishedClause(host, tokens.writer, {
        title: `Alfa ${word}`,
        topic: 'termination',
        applicability: { contractTypes: [], paragraphs: ['BL §43'] },
      })
    ).id;
    ids.gamma = (
      await lib.createOk(
        host,
        tokens.writer,
        '/api/clauses',
        lib.clauseInput({ title: 'Gamma', guidance: `Se ${word} i vejledningen` }),
      )
    ).id;
    ids.delta = (
      await lib.createOk(
        host,
        tokens.writer,
        '/api/clauses',
        lib.clauseInput({ title: 'Delta', paragraphs: [{ text: `Tekst om ${word}.` }] }),
      )
    ).id;
    ids.epsilon = (
      await lib.createOk(
        host,
        tokens.writer,
        '/api/clauses',
        lib.clauseInput({ title: 'Epsilon', recognitionPhrases: [word] }),
      )
    ).id;
  });

  it('lets every role read a clause, with its ETag', async () => {
    for (const role of [...lib.LIBRARY_READERS, ...lib.LIBRARY_WRITERS]) {
      const answer = await host.call('GET', `/api/clauses/${ids.beta}`, { token: await host.token([role]) });
      expect(answer.status).toBe(200);
      expect(answer.body.title).toBe(`Beta ${word}`);
      expect(lib.etagOf(answer)).toMatch(/^".+"$/);
    }
  });

  it('finds words in title, guidance, paragraph text and recognition phrases, ordered by title', async () => {
    const answer = await host.call('GET', `/api/clauses?q=${word.toUpperCase()}`, { token: tokens.reader });
    expect(answer.status).toBe(200);
    expect(lib.idsOf(answer)).toEqual([ids.alpha, ids.beta, ids.delta, ids.epsilon, ids.gamma]);
  });

  it('filters by topic, paragraph and status', async () => {
    const byTopic = await host.call('GET', `/api/clauses?q=${word}&topic=termination`, { token: tokens.reader });
    expect(lib.idsOf(byTopic)).toEqual([ids.alpha]);
    const byParagraph = await host.call('GET', `/api/clauses?q=${word}&paragraph=${encodeURIComponent('SEL §107')}`, {
      token: tokens.reader,
    });
    expect(lib.idsOf(byParagraph)).toEqual([ids.beta, ids.delta, ids.epsilon, ids.gamma]);
    const drafts = await host.call('GET', `/api/clauses?q=${word}&status=draft`, { token: tokens.reader });
    expect(lib.idsOf(drafts)).not.toContain(ids.alpha);
    const published = await host.call('GET', `/api/clauses?q=${word}&status=published`, { token: tokens.reader });
    expect(lib.idsOf(published)).toEqual([ids.alpha]);
  });

  it('pages with a continuation token', async () => {
    const first = await host.call('GET', `/api/clauses?q=${word}&limit=2`, { token: tokens.reader });
    expect(lib.idsOf(first)).toEqual([ids.alpha, ids.beta]);
    const token = encodeURIComponent(first.body.continuationToken);
    const second = await host.call('GET', `/api/clauses?q=${word}&limit=2&continuationToken=${token}`, {
      token: tokens.reader,
    });
    expect(lib.idsOf(second)).toEqual([ids.delta, ids.epsilon]);
  });

  it('refuses unknown filters and bad values with 400', async () => {
    expect((await host.call('GET', '/api/clauses?colour=red', { token: tokens.reader })).status).toBe(400);
    const bad = await host.call('GET', '/api/clauses?status=archived&limit=500', { token: tokens.reader });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fields).sort()).toEqual(['limit', 'status']);
  });

  it("keeps another tenant's clauses out of reach", async () => {
    expect((await host.call('GET', `/api/clauses/${ids.alpha}`, { token: tokens.otherTenant })).status).toBe(404);
    expect((await host.call('GET', `/api/clauses/${ids.alpha}/versions`, { token: tokens.otherTenant })).status).toBe(
      404,
    );
    expect((await host.call('GET', `/api/clauses/${ids.alpha}/versions/1`, { token: tokens.otherTenant })).status).toBe(
      404,
    );
    const list = await host.call('GET', `/api/clauses?q=${word}`, { token: tokens.otherTenant });
    expect(list.body.items).toEqual([]);
  });
});

describe('editing the working copy', () => {
  it('keeps the published status, flags unpublished changes and ignores server-owned fields', async () => {
    const clause = await lib.publishedClause(host, tokens.writer);
    const edited = { ...clause.body, guidance: 'Ny vejledning', version: 99, status: 'draft' };
    const answer = await host.call('PUT', `/api/clauses/${clause.id}`, {
      token: tokens.writer,
      ifMatch: clause.etag,
      body: edited,
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      guidance: 'Ny vejledning',
      version: 1,
      status: 'published',
      hasUnpublishedChanges: true,
    });
    expect(answer.body.publishedAt).toBe(clause.body.publishedAt);
    expect(await lib.auditActions(host, clause.id)).toEqual(['create', 'publish', 'update']);

    const restored = await host.call('PUT', `/api/clauses/${clause.id}`, {
      token: tokens.writer,
      ifMatch: lib.etagOf(answer),
      body: clause.body,
    });
    expect(restored.body.hasUnpublishedChanges).toBe(false);
  });

  it('answers 428 without If-Match and 412 for a stale one, changing nothing', async () => {
    const clause = await lib.createOk(host, tokens.writer, '/api/clauses', lib.clauseInput());
    const body = { ...clause.body, title: 'Ændret titel' };
    expect((await host.call('PUT', `/api/clauses/${clause.id}`, { token: tokens.writer, body })).status).toBe(428);
    const fresh = await host.call('PUT', `/api/clauses/${clause.id}`, {
      token: tokens.writer,
      ifMatch: clause.etag,
      body,
    });
    expect(fresh.status).toBe(200);
    const stale = await host.call('PUT', `/api/clauses/${clause.id}`, {
      token: tokens.writer,
      ifMatch: clause.etag,
      body: { ...body, title: 'Forældet titel' },
    });
    expect(stale.status).toBe(412);
    const now = await host.call('GET', `/api/clauses/${clause.id}`, { token: tokens.reader });
    expect(now.body.title).toBe('Ændret titel');
  });

  it('refuses readers, other tenants, unknown fields and CPR numbers', async () => {
    const clause = await lib.createOk(host, tokens.writer, '/api/clauses', lib.clauseInput());
    const put = (token: string, body: unknown) =>
      host.call('PUT', `/api/clauses/${clause.id}`, { token, ifMatch: clause.etag, body });
    for (const role of lib.LIBRARY_READERS) expect((await put(await host.token([role]), clause.body)).status).toBe(403);
    expect((await put(tokens.otherTenant, clause.body)).status).toBe(404);
    const unknown = await put(tokens.writer, { ...clause.body, colour: 'rød' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields).toHaveProperty('colour');
    expect((await put(tokens.writer, { ...clause.body, guidance: lib.CPR_TEXT })).status).toBe(422);
    const unchanged = await host.call('GET', `/api/clauses/${clause.id}`, { token: tokens.reader });
    expect(lib.etagOf(unchanged)).toBe(clause.etag);
  });
});
