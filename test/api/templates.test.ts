// Contract templates through HTTP: clause references checked in the tenant, filters, roles, ETags and audit.
import { startHost, TENANT_B, type TestHost } from './support/host';
import {
  auditActions,
  clauseInput,
  CPR_TEXT,
  createOk,
  etagOf,
  idsOf,
  LIBRARY_READERS,
  LIBRARY_WRITERS,
  templateInput,
  uniqueWord,
} from './support/libraryFixtures';

let host: TestHost;
let writer: string;
let reader: string;
let otherTenant: string;
let clauseId: string;
beforeAll(async () => {
  host = await startHost();
  writer = await host.token(['procurement']);
  reader = await host.token(['negotiator']);
  otherTenant = await host.token(['procurement'], TENANT_B);
  clauseId = (await createOk(host, writer, '/api/clauses', clauseInput())).id;
});
afterAll(() => host.stop());

describe('POST /api/templates', () => {
  it.each(LIBRARY_WRITERS)('lets %s create a template and audits it', async (role) => {
    const answer = await host.call('POST', '/api/templates', {
      token: await host.token([role]),
      body: templateInput([clauseId]),
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ status: 'active', contractType: 'botilbud-107' });
    expect(answer.body.sections[0].clauses).toEqual([{ clauseId, mandatory: true }]);
    expect(answer.headers.get('location')).toBe(`/api/templates/${answer.body.id}`);
    expect(await auditActions(host, answer.body.id)).toEqual(['create']);
  });

  it.each(LIBRARY_READERS)('refuses %s with 403', async (role) => {
    const answer = await host.call('POST', '/api/templates', {
      token: await host.token([role]),
      body: templateInput([clauseId]),
    });
    expect(answer.status).toBe(403);
  });

  it('names every clause reference that does not exist in the tenant', async () => {
    const foreign = (await createOk(host, otherTenant, '/api/clauses', clauseInput())).id;
    const body = templateInput([clauseId, 'findes-ikke'], {
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
    const answer = await host.call('POST', '/api/templates', { token: writer, body });
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.fields).sort()).toEqual([
      'sections.0.clauses.1.clauseId',
      'sections.1.clauses.0.clauseId',
    ]);
  });

  it('names invalid and unknown fields (400) and refuses CPR numbers (422)', async () => {
    const invalid = await host.call('POST', '/api/templates', {
      token: writer,
      body: templateInput([clauseId], { legalBasis: [], sections: [], id: 'eget-id' }),
    });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.fields).sort()).toEqual(['id', 'legalBasis', 'sections']);
    const cpr = await host.call('POST', '/api/templates', {
      token: writer,
      body: templateInput([clauseId], { description: CPR_TEXT }),
    });
    expect(cpr.status).toBe(422);
  });
});

describe('GET /api/templates', () => {
  const word = uniqueWord('skabelon');
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    ids.children = (
      await createOk(
        host,
        writer,
        '/api/templates',
        templateInput([clauseId], {
          name: `Anbringelse ${word}`,
          contractType: 'anbringelse-born',
          legalBasis: [{ law: 'BL', section: '§43', validFrom: '2024-01-01' }],
        }),
      )
    ).id;
    ids.residential = (
      await createOk(host, writer, '/api/templates', templateInput([clauseId], { name: `Botilbud ${word}` }))
    ).id;
    ids.day = (
      await createOk(
        host,
        writer,
        '/api/templates',
        templateInput([clauseId], { name: 'Dagbehandling', description: `Om ${word}`, contractType: 'dagbehandling' }),
      )
    ).id;
  });

  it('lets every role read a template', async () => {
    for (const role of [...LIBRARY_READERS, ...LIBRARY_WRITERS]) {
      const answer = await host.call('GET', `/api/templates/${ids.day}`, { token: await host.token([role]) });
      expect(answer.status).toBe(200);
      expect(answer.body.contractType).toBe('dagbehandling');
    }
  });

  it('searches text, filters by contract type and legal basis, ordered by name, with paging', async () => {
    expect(idsOf(await host.call('GET', `/api/templates?q=${word}`, { token: reader }))).toEqual([
      ids.children,
      ids.residential,
      ids.day,
    ]);
    const byType = await host.call('GET', `/api/templates?q=${word}&contractType=dagbehandling`, { token: reader });
    expect(idsOf(byType)).toEqual([ids.day]);
    const byParagraph = await host.call('GET', `/api/templates?q=${word}&paragraph=${encodeURIComponent('BL §43')}`, {
      token: reader,
    });
    expect(idsOf(byParagraph)).toEqual([ids.children]);
    const first = await host.call('GET', `/api/templates?q=${word}&limit=2`, { token: reader });
    expect(idsOf(first)).toEqual([ids.children, ids.residential]);
    const next = await host.call(
      'GET',
      `/api/templates?q=${word}&limit=2&continuationToken=${encodeURIComponent(first.body.continuationToken)}`,
      { token: reader },
    );
    expect(idsOf(next)).toEqual([ids.day]);
  });

  it("keeps another tenant's templates out of reach, and refuses unknown filters", async () => {
    expect((await host.call('GET', `/api/templates/${ids.day}`, { token: otherTenant })).status).toBe(404);
    expect((await host.call('GET', `/api/templates?q=${word}`, { token: otherTenant })).body.items).toEqual([]);
    expect((await host.call('GET', '/api/templates?phase=need', { token: reader })).status).toBe(400);
  });
});

describe('PUT /api/templates/{id}', () => {
  it('replaces a template, ignoring server-owned fields, and audits it', async () => {
    const template = await createOk(host, writer, '/api/templates', templateInput([clauseId]));
    const body = { ...template.body, name: 'Nyt navn', status: 'retired', createdAt: '2000-01-01T00:00:00Z' };
    const answer = await host.call('PUT', `/api/templates/${template.id}`, {
      token: writer,
      ifMatch: template.etag,
      body,
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ name: 'Nyt navn', status: 'retired', createdAt: template.body.createdAt });
    expect(etagOf(answer)).not.toBe(template.etag);
    expect(await auditActions(host, template.id)).toEqual(['create', 'update']);
  });

  it('answers 428, 412, 403, 404, 400 and 422 without changing anything', async () => {
    const template = await createOk(host, writer, '/api/templates', templateInput([clauseId]));
    const path = `/api/templates/${template.id}`;
    const body = { ...template.body, name: 'Ændret' };
    expect((await host.call('PUT', path, { token: writer, body })).status).toBe(428);
    expect((await host.call('PUT', path, { token: writer, ifMatch: '"forældet"', body })).status).toBe(412);
    for (const role of LIBRARY_READERS) {
      expect(
        (await host.call('PUT', path, { token: await host.token([role]), ifMatch: template.etag, body })).status,
      ).toBe(403);
    }
    expect((await host.call('PUT', path, { token: otherTenant, ifMatch: template.etag, body })).status).toBe(404);
    const badRef = await host.call('PUT', path, {
      token: writer,
      ifMatch: template.etag,
      body: { ...body, sections: [{ title: 'Pris', clauses: [{ clauseId: 'findes-ikke', mandatory: true }] }] },
    });
    expect(badRef.status).toBe(400);
    expect(badRef.body.fields).toHaveProperty(['sections.0.clauses.0.clauseId']);
    const unknown = await host.call('PUT', path, {
      token: writer,
      ifMatch: template.etag,
      body: { ...body, colour: 'rød' },
    });
    expect(unknown.body.fields).toHaveProperty('colour');
    const cpr = await host.call('PUT', path, {
      token: writer,
      ifMatch: template.etag,
      body: { ...body, name: CPR_TEXT },
    });
    expect(cpr.status).toBe(422);

    const after = await host.call('GET', path, { token: reader });
    expect(etagOf(after)).toBe(template.etag);
    expect(await auditActions(host, template.id)).toEqual(['create']);
  });

  it('offers no DELETE', async () => {
    const template = await createOk(host, writer, '/api/templates', templateInput([clauseId]));
    const answer = await host.call('DELETE', `/api/templates/${template.id}`, {
      token: writer,
      ifMatch: template.etag,
    });
    expect(answer.status).toBe(405);
  });
});
