// Contract types through HTTP: Danish names kept by procurement, one per key and one per name, the demo's seeded, read
// by every user.
import * as lib from './support/libraryFixtures';

const { host, tokens } = lib.useLibraryHost('admin', 'caseworker');

const typeInput = (overrides: Record<string, unknown> = {}) => ({
  key: lib.uniqueWord('type'),
  name: `Aflastning ${lib.uniqueWord()}`,
  ...overrides,
});

describe('/api/contract-types', () => {
  it('lists the seeded contract types by their Danish names to every user', async () => {
    const list = await host.call('GET', '/api/contract-types?limit=200', { token: tokens.reader });
    expect(list.status).toBe(200);
    const names = new Map(list.body.items.map((t: { key: string; name: string }) => [t.key, t.name]));
    expect(names.get('botilbud-108')).toBe('Længerevarende botilbud (§ 108)');
    expect(names.get('anbringelse-born')).toBe('Anbringelse af barn eller ung');
  });

  it.each(lib.LIBRARY_WRITERS)('lets %s add a contract type, audited; a reader may not', async (role) => {
    const answer = await host.call('POST', '/api/contract-types', {
      token: await host.token([role]),
      body: typeInput(),
    });
    expect(answer.status).toBe(201);
    expect(answer.body.name).toMatch(/^Aflastning /);
    expect(await lib.auditActions(host, answer.body.id)).toEqual(['create']);
  });

  it.each(lib.LIBRARY_READERS)('refuses %s a new contract type and writes nothing', async (role) => {
    const body = typeInput();
    const refused = await host.call('POST', '/api/contract-types', { token: await host.token([role]), body });
    expect(refused.status).toBe(403);
    const list = await host.call('GET', '/api/contract-types?limit=200', { token: tokens.reader });
    expect(list.body.items.map((t: { key: string }) => t.key)).not.toContain(body.key);
  });

  it('keeps one contract type per name, whatever the case, within a municipality only', async () => {
    const name = `Aflastning ${lib.uniqueWord()}`;
    const first = await lib.createOk(host, tokens.writer, '/api/contract-types', typeInput({ name }));
    const again = await host.call('POST', '/api/contract-types', {
      token: tokens.writer,
      body: typeInput({ name: name.toUpperCase() }),
    });
    expect(again.status).toBe(409);
    expect(again.body.fields).toEqual({ name: 'Navnet bruges allerede af en anden kontrakttype.' });
    const other = await host.call('POST', '/api/contract-types', {
      token: tokens.otherTenant,
      body: typeInput({ name }),
    });
    expect(other.status).toBe(201);
    const second = await lib.createOk(host, tokens.writer, '/api/contract-types', typeInput());
    const renamed = await host.call('PUT', `/api/contract-types/${second.id}`, {
      token: tokens.writer,
      ifMatch: second.etag,
      body: typeInput({ key: second.body.key, name }),
    });
    expect(renamed.status).toBe(409);
    expect(await lib.auditActions(host, first.id)).toEqual(['create']);
    expect(await lib.auditActions(host, second.id)).toEqual(['create']);
  });

  it('keeps one contract type per key and lets procurement rename it', async () => {
    const key = lib.uniqueWord('type');
    const first = await lib.createOk(host, tokens.writer, '/api/contract-types', typeInput({ key }));
    const again = await host.call('POST', '/api/contract-types', { token: tokens.writer, body: typeInput({ key }) });
    expect(again.status).toBe(409);
    expect(again.body.fields).toEqual({ key: 'Der findes allerede en kontrakttype med den nøgle.' });
    const read = await host.call('GET', `/api/contract-types/${first.id}`, { token: tokens.writer });
    const renamed = await host.call('PUT', `/api/contract-types/${first.id}`, {
      token: tokens.writer,
      ifMatch: read.headers.get('etag')!,
      body: typeInput({ key, name: `${first.body.name} i weekender` }),
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe(`${first.body.name} i weekender`);
    expect(await lib.auditActions(host, first.id)).toEqual(['create', 'update']);
  });

  it('names invalid fields in Danish and changes nothing', async () => {
    const before = await host.call('GET', '/api/contract-types?limit=200', { token: tokens.reader });
    const invalid = await host.call('POST', '/api/contract-types', {
      token: tokens.writer,
      body: typeInput({ key: 'Botilbud 107', name: '' }),
    });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.fields).sort()).toEqual(['key', 'name']);
    const cpr = await host.call('POST', '/api/contract-types', {
      token: tokens.writer,
      body: typeInput({ name: lib.CPR_TEXT }),
    });
    expect(cpr.status).toBe(422);
    const after = await host.call('GET', '/api/contract-types?limit=200', { token: tokens.reader });
    expect(after.body.items).toHaveLength(before.body.items.length);
  });
});
