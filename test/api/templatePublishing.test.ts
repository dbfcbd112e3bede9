// Template versions through HTTP: a new template is a draft, an edit of a published one a working copy; publishing
// needs a change note and writes an immutable version, audited; only the library writers publish.
import * as lib from './support/libraryFixtures';

const { host, tokens } = lib.useLibraryHost('procurement', 'caseworker');
let clauseId: string;
beforeAll(async () => {
  clauseId = (await lib.createOk(host, tokens.writer, '/api/clauses', lib.clauseInput())).id;
});

const createTemplate = () => lib.createOk(host, tokens.writer, '/api/templates', lib.templateInput([clauseId]));
const versionsOf = async (id: string) =>
  (await host.call('GET', `/api/templates/${id}/versions`, { token: tokens.reader })).body.items as {
    version: number;
    name: string;
    changeNote: string;
  }[];

it('keeps a new template as a draft, publishes versions with their notes, and makes an edit a working copy', async () => {
  const draft = await createTemplate();
  expect(draft.body).toMatchObject({ version: 0, hasUnpublishedChanges: true });
  expect(draft.body.publishedAt).toBeUndefined();

  const v1 = await host.call('POST', `/api/templates/${draft.id}/publish`, {
    token: tokens.writer,
    ifMatch: draft.etag,
    body: { changeNote: 'Første udgave' },
  });
  expect(v1.status).toBe(200);
  expect(v1.body).toMatchObject({ version: 1, hasUnpublishedChanges: false, publishedAt: expect.any(String) });

  const edited = await host.call('PUT', `/api/templates/${draft.id}`, {
    token: tokens.writer,
    ifMatch: lib.etagOf(v1),
    body: { ...lib.templateInput([clauseId]), name: 'Botilbud efter § 107, ny udgave' },
  });
  expect(edited.body).toMatchObject({ version: 1, hasUnpublishedChanges: true });
  const stillPublished = await host.call('GET', `/api/templates/${draft.id}/versions/1`, { token: tokens.reader });
  expect(stillPublished.body).toMatchObject({ templateId: draft.id, version: 1, name: draft.body.name });

  const v2 = await host.call('POST', `/api/templates/${draft.id}/publish`, {
    token: await host.token(['admin'], undefined, 'oid-admin'),
    ifMatch: lib.etagOf(edited),
    body: { changeNote: 'Nyt navn' },
  });
  expect(v2.body).toMatchObject({ version: 2, hasUnpublishedChanges: false });
  expect(await versionsOf(draft.id)).toEqual([
    expect.objectContaining({ version: 1, changeNote: 'Første udgave', name: draft.body.name }),
    expect.objectContaining({ version: 2, changeNote: 'Nyt navn', name: 'Botilbud efter § 107, ny udgave' }),
  ]);
  const second = await host.call('GET', `/api/templates/${draft.id}/versions/2`, { token: tokens.reader });
  expect(second.body).toMatchObject({ publishedBy: { userId: 'oid-admin' }, publishedAt: v2.body.publishedAt });
  expect((await host.call('GET', `/api/templates/${draft.id}/versions/3`, { token: tokens.reader })).status).toBe(404);

  // Saving the published content again is no change: nothing to publish.
  const back = await host.call('PUT', `/api/templates/${draft.id}`, {
    token: tokens.writer,
    ifMatch: lib.etagOf(v2),
    body: { ...lib.templateInput([clauseId]), name: 'Botilbud efter § 107, ny udgave' },
  });
  expect(back.body.hasUnpublishedChanges).toBe(false);
  const nothing = await host.call('POST', `/api/templates/${draft.id}/publish`, {
    token: tokens.writer,
    ifMatch: lib.etagOf(back),
    body: { changeNote: 'Intet nyt' },
  });
  expect(nothing.status).toBe(422);
  expect(nothing.body.detail ?? nothing.body.title).toMatch(/Skabelonen er ikke ændret/);
  expect(await lib.auditActions(host, draft.id)).toEqual(['create', 'publish', 'publish', 'update', 'update']);
});

it('refuses a publish without a change note, a stale or missing version, a reader and another tenant', async () => {
  const template = await createTemplate();
  const path = `/api/templates/${template.id}/publish`;
  const body = { changeNote: 'Udgivet' };
  const empty = await host.call('POST', path, {
    token: tokens.writer,
    ifMatch: template.etag,
    body: { changeNote: '' },
  });
  expect(empty.status).toBe(400);
  expect(empty.body.fields.changeNote).toBe('Skal udfyldes.');
  expect((await host.call('POST', path, { token: tokens.writer, body })).status).toBe(428);
  expect((await host.call('POST', path, { token: tokens.writer, ifMatch: '"forældet"', body })).status).toBe(412);
  expect((await host.call('POST', path, { token: tokens.reader, ifMatch: template.etag, body })).status).toBe(403);
  expect((await host.call('POST', path, { token: tokens.otherTenant, ifMatch: template.etag, body })).status).toBe(404);
  const cpr = await host.call('POST', path, {
    token: tokens.writer,
    ifMatch: template.etag,
    body: { changeNote: lib.CPR_TEXT },
  });
  expect(cpr.status).toBe(422);
  const after = await host.call('GET', `/api/templates/${template.id}`, { token: tokens.reader });
  expect(after.body).toMatchObject({ version: 0, hasUnpublishedChanges: true });
  expect(await versionsOf(template.id)).toEqual([]);
  expect(await lib.auditActions(host, template.id)).toEqual(['create']);
});
