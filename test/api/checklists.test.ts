// Checklists through HTTP: phase and purpose filters, roles, tenants, validation, ETags and audit.
import { startHost, TENANT_B, type TestHost } from './support/host';
import {
  auditActions,
  checklistInput,
  CPR_TEXT,
  createOk,
  etagOf,
  idsOf,
  LIBRARY_READERS,
  LIBRARY_WRITERS,
} from './support/libraryFixtures';

let host: TestHost;
let writer: string;
let reader: string;
let otherTenant: string;
beforeAll(async () => {
  host = await startHost();
  writer = await host.token(['admin']);
  reader = await host.token(['finance']);
  otherTenant = await host.token(['admin'], TENANT_B);
});
afterAll(() => host.stop());

describe('POST /api/checklists', () => {
  it.each(LIBRARY_WRITERS)('lets %s create a checklist and audits it', async (role) => {
    const answer = await host.call('POST', '/api/checklists', {
      token: await host.token([role]),
      body: checklistInput(),
    });
    expect(answer.status).toBe(201);
    expect(answer.body.items[1]).toEqual({
      id: 'opsigelse',
      text: 'Er opsigelsesvarslet rimeligt?',
      guidance: '',
      requiresTopic: 'termination',
    });
    expect(await auditActions(host, answer.body.id)).toEqual(['create']);
  });

  it.each(LIBRARY_READERS)('refuses %s with 403', async (role) => {
    const answer = await host.call('POST', '/api/checklists', {
      token: await host.token([role]),
      body: checklistInput(),
    });
    expect(answer.status).toBe(403);
  });

  it('names invalid and unknown fields (400) and refuses CPR numbers (422)', async () => {
    const invalid = await host.call('POST', '/api/checklists', {
      token: writer,
      body: checklistInput({
        phase: 'later',
        items: [{ id: 'Stort Id', text: 'Punkt', requiresTopic: 'X' }],
        extra: 1,
      }),
    });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.fields).sort()).toEqual(['extra', 'items.0.id', 'items.0.requiresTopic', 'phase']);
    const cpr = await host.call('POST', '/api/checklists', {
      token: writer,
      body: checklistInput({ items: [{ id: 'a', text: 'Punkt', guidance: CPR_TEXT }] }),
    });
    expect(cpr.status).toBe(422);
  });
});

describe('GET /api/checklists', () => {
  it('filters by phase and purpose, ordered by name, with paging, within the tenant', async () => {
    const mine = [
      await createOk(
        host,
        writer,
        '/api/checklists',
        checklistInput({ name: 'Ø opfølgning', phase: 'followUp', purpose: 'followUp' }),
      ),
      await createOk(
        host,
        writer,
        '/api/checklists',
        checklistInput({ name: 'B opfølgning', phase: 'followUp', purpose: 'followUp' }),
      ),
      await createOk(
        host,
        writer,
        '/api/checklists',
        checklistInput({ name: 'A spørgeguide', phase: 'followUp', purpose: 'questionGuide' }),
      ),
    ];
    const [last, second, first] = mine.map((c) => c.id);
    const ours = (ids: string[]) => ids.filter((id) => mine.some((c) => c.id === id));
    const byPhase = await host.call('GET', '/api/checklists?phase=followUp&limit=200', { token: reader });
    expect(ours(idsOf(byPhase))).toEqual([first, second, last]);
    expect(byPhase.body.items.every((c: { phase: string }) => c.phase === 'followUp')).toBe(true);
    const byPurpose = await host.call('GET', '/api/checklists?phase=followUp&purpose=followUp', { token: reader });
    expect(ours(idsOf(byPurpose))).toEqual([second, last]);
    expect(byPurpose.body.items.every((c: { purpose: string }) => c.purpose === 'followUp')).toBe(true);

    const paged: string[] = [];
    let continuationToken: string | undefined;
    do {
      const query = continuationToken ? `&continuationToken=${encodeURIComponent(continuationToken)}` : '';
      const page = await host.call('GET', `/api/checklists?phase=followUp&limit=2${query}`, { token: reader });
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      paged.push(...idsOf(page));
      continuationToken = page.body.continuationToken;
    } while (continuationToken);
    expect(paged).toEqual(idsOf(byPhase));
    const elsewhere = await host.call('GET', '/api/checklists?phase=followUp', { token: otherTenant });
    expect(idsOf(elsewhere)).not.toContain(first);
    expect((await host.call('GET', '/api/checklists?purpose=other', { token: reader })).status).toBe(400);
  });

  it('lets every role read a checklist, and no other tenant', async () => {
    const checklist = await createOk(host, writer, '/api/checklists', checklistInput());
    for (const role of [...LIBRARY_READERS, ...LIBRARY_WRITERS]) {
      const answer = await host.call('GET', `/api/checklists/${checklist.id}`, { token: await host.token([role]) });
      expect(answer.status).toBe(200);
      expect(etagOf(answer)).toBe(checklist.etag);
    }
    expect((await host.call('GET', `/api/checklists/${checklist.id}`, { token: otherTenant })).status).toBe(404);
  });
});

describe('PUT /api/checklists/{id}', () => {
  it('replaces a checklist, ignoring server-owned fields, and audits it', async () => {
    const checklist = await createOk(host, writer, '/api/checklists', checklistInput());
    const body = { ...checklist.body, name: 'Nyt navn', id: 'andet-id', updatedBy: { userId: 'x', name: 'X' } };
    const answer = await host.call('PUT', `/api/checklists/${checklist.id}`, {
      token: writer,
      ifMatch: checklist.etag,
      body,
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: checklist.id, name: 'Nyt navn', updatedBy: { userId: 'user-admin' } });
    expect(await auditActions(host, checklist.id)).toEqual(['create', 'update']);
  });

  it('answers 428, 412, 403, 404, 400 and 422 without changing anything', async () => {
    const checklist = await createOk(host, writer, '/api/checklists', checklistInput());
    const path = `/api/checklists/${checklist.id}`;
    const body = { ...checklist.body, name: 'Ændret' };
    expect((await host.call('PUT', path, { token: writer, body })).status).toBe(428);
    expect((await host.call('PUT', path, { token: writer, ifMatch: '"forældet"', body })).status).toBe(412);
    for (const role of LIBRARY_READERS) {
      const token = await host.token([role]);
      expect((await host.call('PUT', path, { token, ifMatch: checklist.etag, body })).status).toBe(403);
    }
    expect((await host.call('PUT', path, { token: otherTenant, ifMatch: checklist.etag, body })).status).toBe(404);
    const empty = await host.call('PUT', path, {
      token: writer,
      ifMatch: checklist.etag,
      body: { ...body, items: [] },
    });
    expect(empty.status).toBe(400);
    expect(empty.body.fields).toHaveProperty('items');
    const cpr = await host.call('PUT', path, {
      token: writer,
      ifMatch: checklist.etag,
      body: { ...body, name: CPR_TEXT },
    });
    expect(cpr.status).toBe(422);
    expect(etagOf(await host.call('GET', path, { token: reader }))).toBe(checklist.etag);
    expect(await auditActions(host, checklist.id)).toEqual(['create']);
  });

  it('offers no DELETE', async () => {
    const checklist = await createOk(host, writer, '/api/checklists', checklistInput());
    const answer = await host.call('DELETE', `/api/checklists/${checklist.id}`, {
      token: writer,
      ifMatch: checklist.etag,
    });
    expect(answer.status).toBe(405);
  });
});
