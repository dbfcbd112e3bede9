// Contract templates through HTTP: clause references checked in the tenant, filters, roles, ETags and audit.
import * as lib from './support/libraryFixtures';

const { host, tokens } = lib.useLibraryHost('procurement', 'negotiator');
let clauseId: string;
beforeAll(async () => {
  clauseId = (await lib.createOk(host, tokens.writer, '/api/clauses', lib.clauseInput())).id;
});

/** Creates a template on the shared clause as the writer. */
const createTemplate = (overrides: Record<string, unknown> = {}) =>
  lib.createOk(host, tokens.writer, '/api/templates', lib.templateInput([clauseId], overrides));

describe('POST /api/templates', () => {
  it.each(lib.LIBRARY_WRITERS)('lets %s create a template and audits it', async (role) => {
    const answer = await host.call('POST', '/api/templates', {
      token: await host.token([role]),
      body: lib.templateInput([clauseId]),
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ status: 'active', contractType: 'botilbud-107' });
    expect(answer.body.sections[0].clauses).toEqual([{ clauseId, mandatory: true }]);
    expect(answer.headers.get('location')).toBe(`/api/templates/${answer.body.id}`);
    expect(await lib.auditActions(host, answer.body.id)).toEqual(['create']);
  });

  it.each(lib.LIBRARY_READERS)('refuses %s with 403', async (role) => {
    const answer = await host.call('POST', '/api/templates', {
      token: await host.token([role]),
      body: lib.templateInput([clauseId]),
    });
    expect(answer.status).toBe(403);
  });

  it('names every clause reference that does not exist in the tenant', async () => {
    const foreign = (await lib.createOk(host, tokens.otherTenant, '/api/clauses', lib.clauseInput())).id;
    const body = lib.templateInput([clauseId, 'findes-ikke'], {
      sections: [
        {
          title: 'Pris',
          clauses: [
            { clauseId, mandatory: true },
            { clauseId: 'findes-ikke', mandatory: false },
          ],
        },
        { title: 'Ophør', clauses: [{ clauseId: foreign, mandatory: true }] },
      ],
    });
    const answer = await host.call('POST', '/api/templates', { token: tokens.writer, body });
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.fields).sort()).toEqual([
      'sections.0.clauses.1.clauseId',
      'sections.1.clauses.0.clauseId',
    ]);
  });

  it('names invalid and unknown fields (400) and refuses CPR numbers (422)', async () => {
    const invalid = await host.call('POST', '/api/templates', {
      token: tokens.writer,
      body: lib.templateInput([clauseId], { legalBasis: [], sections: [], id: 'eget-id' }),
    });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.fields).sort()).toEqual(['id', 'legalBasis', 'sections']);
    const cpr = await host.call('POST', '/api/templates', {
      token: tokens.writer,
      body: lib.templateInput([clauseId], { description: lib.CPR_TEXT }),
    });
    expect(cpr.status).toBe(422);
  });
});

describe('GET /api/templates', () => {
  const word = lib.uniqueWord('skabelon');
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    ids.children = (
      await createTemplate({
        name: `Anbringelse ${word}`,
        contractType: 'anbringelse-born',
        legalBasis: [{ law: 'BL', section: '§43', validFrom: '2024-01-01' }],
      })
    ).id;
    ids.residential = (await createTemplate({ name: `Botilbud ${word}` })).id;
    ids.day = (
      await createTemplate({
        name: 'Dagbehandling',
        description: `Om ${word}`,
        contractType: 'dagbehandling',
      })
    ).id;
  });

  it('lets every role read a template', async () => {
    for (const role of [...lib.LIBRARY_READERS, ...lib.LIBRARY_WRITERS]) {
      const answer = await host.call('GET', `/api/templates/${ids.day}`, { token: await host.token([role]) });
      expect(answer.status).toBe(200);
      expect(answer.body.contractType).toBe('dagbehandling');
    }
  });

  it('searches text, filters by contract type and legal basis, ordered by name, with paging', async () => {
    expect(lib.idsOf(await host.call('GET', `/api/templates?q=${word}`, { token: tokens.reader }))).toEqual([
      ids.children,
      ids.residential,
      ids.day,
    ]);
    const byType = await host.call('GET', `/api/templates?q=${word}&contractType=dagbehandling`, {
      token: tokens.reader,
    });
    expect(lib.idsOf(byType)).toEqual([ids.day]);
    const byParagraph = await host.call('GET', `/api/templates?q=${word}&paragraph=${encodeURIComponent('BL §43')}`, {
      token: tokens.reader,
    });
    expect(lib.idsOf(byParagraph)).toEqual([ids.children]);
    const first = await host.call('GET', `/api/templates?q=${word}&limit=2`, { token: tokens.reader });
    expect(lib.idsOf(first)).toEqual([ids.children, ids.residential]);
    const next = await host.call(
      'GET',
      `/api/templates?q=${word}&limit=2&continuationToken=${encodeURIComponent(first.body.continuationToken)}`,
      { token: tokens.reader },
    );
    expect(lib.idsOf(next)).toEqual([ids.day]);
  });

  it("keeps another tenant's templates out of reach, and refuses unknown filters", async () => {
    expect((await host.call('GET', `/api/templates/${ids.day}`, { token: tokens.otherTenant })).status).toBe(404);
    expect((await host.call('GET', `/api/templates?q=${word}`, { token: tokens.otherTenant })).body.items).toEqual([]);
    expect((await host.call('GET', '/api/templates?phase=need', { token: tokens.reader })).status).toBe(400);
  });
});

describe('PUT /api/templates/{id}', () => {
  it('replaces a template, ignoring server-owned fields, and audits it', async () => {
    const template = await createTemplate();
    const body = { ...template.body, name: 'Nyt navn', status: 'retired', createdAt: '2000-01-01T00:00:00Z' };
    const answer = await host.call('PUT', `/api/templates/${template.id}`, {
      token: tokens.writer,
      ifMatch: template.etag,
      body,
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ name: 'Nyt navn', status: 'retired', createdAt: template.body.createdAt });
    expect(lib.etagOf(answer)).not.toBe(template.etag);
    expect(await lib.auditActions(host, template.id)).toEqual(['create', 'update']);
  });

  it('answers 428, 412, 403, 404, 400 and 422 without changing anything', async () => {
    const template = await createTemplate();
    await lib.expectRefusedPuts(host, tokens, `/api/templates/${template.id}`, template, [
      {
        changes: { sections: [{ title: 'Pris', clauses: [{ clauseId: 'findes-ikke', mandatory: true }] }] },
        field: 'sections.0.clauses.0.clauseId',
      },
      { changes: { colour: 'rød' }, field: 'colour' },
    ]);
  });

  it('offers no DELETE', async () => {
    const template = await createTemplate();
    await lib.expectNoDelete(host, tokens.writer, `/api/templates/${template.id}`, template.etag);
  });
});
