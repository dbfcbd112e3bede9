// Topics through HTTP: Danish names and synonyms kept by procurement, one topic per key, read by every user.
import * as lib from './support/libraryFixtures';

const { host, tokens } = lib.useLibraryHost('admin', 'caseworker');

const topicInput = (overrides: Record<string, unknown> = {}) => ({
  key: lib.uniqueWord('emne'),
  name: 'Opsigelse og ophør',
  synonyms: ['opsigelsesvarsel', '# måneders varsel'],
  ...overrides,
});

describe('/api/topics', () => {
  it.each(lib.LIBRARY_WRITERS)('lets %s name a topic and give it synonyms, audited', async (role) => {
    const answer = await host.call('POST', '/api/topics', { token: await host.token([role]), body: topicInput() });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      name: 'Opsigelse og ophør',
      synonyms: ['opsigelsesvarsel', '# måneders varsel'],
    });
    expect(await lib.auditActions(host, answer.body.id)).toEqual(['create']);
  });

  it('lets readers list topics by name but not write them', async () => {
    const key = lib.uniqueWord('emne');
    await lib.createOk(host, tokens.writer, '/api/topics', topicInput({ key, name: 'Ærindet' }));
    const list = await host.call('GET', '/api/topics?limit=200', { token: tokens.reader });
    expect(list.status).toBe(200);
    expect(list.body.items.map((t: { key: string }) => t.key)).toContain(key);
    const refused = await host.call('POST', '/api/topics', { token: tokens.reader, body: topicInput() });
    expect(refused.status).toBe(403);
  });

  it('keeps one topic per key: a second with the same key is refused, renaming the first is not', async () => {
    const key = lib.uniqueWord('emne');
    const first = await lib.createOk(host, tokens.writer, '/api/topics', topicInput({ key }));
    const again = await host.call('POST', '/api/topics', { token: tokens.writer, body: topicInput({ key }) });
    expect(again.status).toBe(409);
    expect(again.body.fields).toEqual({ key: 'Der findes allerede et emne med den nøgle.' });
    const read = await host.call('GET', `/api/topics/${first.id}`, { token: tokens.writer });
    const renamed = await host.call('PUT', `/api/topics/${first.id}`, {
      token: tokens.writer,
      ifMatch: read.headers.get('etag')!,
      body: topicInput({ key, name: 'Opsigelse', synonyms: ['sige aftalen op'] }),
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Opsigelse', synonyms: ['sige aftalen op'] });
  });

  it('names invalid fields in Danish and changes nothing', async () => {
    const invalid = await host.call('POST', '/api/topics', {
      token: tokens.writer,
      body: topicInput({ key: 'Rate Basis', name: '', synonyms: ['x'] }),
    });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.fields).sort()).toEqual(['key', 'name', 'synonyms.0']);
    const cpr = await host.call('POST', '/api/topics', {
      token: tokens.writer,
      body: topicInput({ synonyms: [lib.CPR_TEXT] }),
    });
    expect(cpr.status).toBe(422);
  });
});
