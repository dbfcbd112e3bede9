// Checklists through HTTP: phase and purpose filters, roles, tenants, validation, ETags and audit.
import * as lib from './support/libraryFixtures';

const { host, tokens } = lib.useLibraryHost('admin', 'finance');

describe('POST /api/checklists', () => {
  it.each(lib.LIBRARY_WRITERS)('lets %s create a checklist and audits it', async (role) => {
    const answer = await host.call('POST', '/api/checklists', {
      token: await host.token([role]),
      body: lib.checklistInput(),
    });
    expect(answer.status).toBe(201);
    expect(answer.body.items[1]).toEqual({
      id: 'opsigelse',
      text: 'Er opsigelsesvarslet rimeligt?',
      guidance: '',
      requiresTopic: 'termination',
    });
    expect(await lib.auditActions(host, answer.body.id)).toEqual(['create']);
  });

  it.each(lib.LIBRARY_READERS)('refuses %s with 403', async (role) => {
    const answer = await host.call('POST', '/api/checklists', {
      token: await host.token([role]),
      body: lib.checklistInput(),
    });
    expect(answer.status).toBe(403);
  });

  it('names invalid and unknown fields (400) and refuses CPR numbers (422)', async () => {
    const invalid = await host.call('POST', '/api/checklists', {
      token: tokens.writer,
      body: lib.checklistInput({
        phase: 'later',
        items: [{ id: 'Stort Id', text: 'Punkt', requiresTopic: 'X' }],
        extra: 1,
      }),
    });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.fields).sort()).toEqual(['extra', 'items.0.id', 'items.0.requiresTopic', 'phase']);
    const cpr = await host.call('POST', '/api/checklists', {
      token: tokens.writer,
      body: lib.checklistInput({ items: [{ id: 'a', text: 'Punkt', guidance: lib.CPR_TEXT }] }),
    });
    expect(cpr.status).toBe(422);
  });
});

describe('GET /api/checklists', () => {
  it('filters by phase and purpose, ordered by name, with paging, within the tenant', async () => {
    const mine = [
      await lib.createOk(
        host,
        tokens.writer,
        '/api/checklists',
        lib.checklistInput({ name: 'Ø opfølgning', phase: 'followUp', purpose: 'followUp' }),
      ),
      await lib.createOk(
        host,
        tokens.writer,
        '/api/checklists',
        lib.checklistInput({ name: 'B opfølgning', phase: 'followUp', purpose: 'followUp' }),
      ),
      await lib.createOk(
        host,
        tokens.writer,
        '/api/checklists',
        lib.checklistInput({ name: 'A spørgeguide', phase: 'followUp', purpose: 'questionGuide' }),
      ),
    ];
    const [last, second, first] = mine.map((c) => c.id);
    const ours = (ids: string[]) => ids.filter((id) => mine.some((c) => c.id === id));
    const byPhase = await host.call('GET', '/api/checklists?phase=followUp&limit=200', { token: tokens.reader });
    expect(ours(lib.idsOf(byPhase))).toEqual([first, second, last]);
    expect(byPhase.body.items.every((c: { phase: string }) => c.phase === 'followUp')).toBe(true);
    const byPurpose = await host.call('GET', '/api/checklists?phase=followUp&purpose=followUp', {
      token: tokens.reader,
    });
    expect(ours(lib.idsOf(byPurpose))).toEqual([second, last]);
    expect(byPurpose.body.items.every((c: { purpose: string }) => c.purpose === 'followUp')).toBe(true);

    const paged: string[] = [];
    let continuationToken: string | undefined;
    do {
      const query = continuationToken ? `&continuationToken=${encodeURIComponent(continuationToken)}` : '';
      const page = await host.call('GET', `/api/checklists?phase=followUp&limit=2${query}`, { token: tokens.reader });
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      paged.push(...lib.idsOf(page));
      continuationToken = page.body.continuationToken;
    } while (continuationToken);
    expect(paged).toEqual(lib.idsOf(byPhase));
    const elsewhere = await host.call('GET', '/api/checklists?phase=followUp', { token: tokens.otherTenant });
    expect(lib.idsOf(elsewhere)).not.toContain(first);
    expect((await host.call('GET', '/api/checklists?purpose=other', { token: tokens.reader })).status).toBe(400);
  });

  it('lets every role read a checklist, and no other tenant', async () => {
    const checklist = await lib.createOk(host, tokens.writer, '/api/checklists', lib.checklistInput());
    for (const role of [...lib.LIBRARY_READERS, ...lib.LIBRARY_WRITERS]) {
      const answer = await host.call('GET', `/api/checklists/${checklist.id}`, { token: await host.token([role]) });
      expect(answer.status).toBe(200);
      expect(lib.etagOf(answer)).toBe(checklist.etag);
    }
    expect((await host.call('GET', `/api/checklists/${checklist.id}`, { token: tokens.otherTenant })).status).toBe(404);
  });
});

describe('PUT /api/checklists/{id}', () => {
  it('replaces a checklist, ignoring server-owned fields, and audits it', async () => {
    const checklist = await lib.createOk(host, tokens.writer, '/api/checklists', lib.checklistInput());
    const body = { ...checklist.body, name: 'Nyt navn', id: 'andet-id', updatedBy: { userId: 'x', name: 'X' } };
    const answer = await host.call('PUT', `/api/checklists/${checklist.id}`, {
      token: tokens.writer,
      ifMatch: checklist.etag,
      body,
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ id: checklist.id, name: 'Nyt navn', updatedBy: { userId: 'user-admin' } });
    expect(await lib.auditActions(host, checklist.id)).toEqual(['create', 'update']);
  });

  it('answers 428, 412, 403, 404, 400 and 422 without changing anything', async () => {
    const checklist = await lib.createOk(host, tokens.writer, '/api/checklists', lib.checklistInput());
    await lib.expectRefusedPuts(host, tokens, `/api/checklists/${checklist.id}`, checklist, [
      { changes: { items: [] }, field: 'items' },
    ]);
  });

  it('offers no DELETE', async () => {
    const checklist = await lib.createOk(host, tokens.writer, '/api/checklists', lib.checklistInput());
    await lib.expectNoDelete(host, tokens.writer, `/api/checklists/${checklist.id}`, checklist.etag);
  });
});
