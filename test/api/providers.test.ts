// The provider catalogue through HTTP: filtered search and paging, roles, quality notes, tenants, validation, ETags.
import { startHost, TENANT_B, type TestHost } from './support/host';

let host: TestHost;
let procurement: string;
let caseworker: string;
let otherTenant: string;
beforeAll(async () => {
  host = await startHost();
  procurement = await host.token(['procurement']);
  caseworker = await host.token(['caseworker']);
  otherTenant = await host.token(['procurement'], TENANT_B);
});
afterAll(() => host.stop());

/** A valid provider with one §107 offer whose day rate is `dayRate`. */
function providerBody(name: string, overrides: Record<string, unknown> = {}, dayRate = 2500) {
  return {
    name,
    cvr: '12345674',
    ownership: 'private',
    address: { street: 'Engvej 3', postalCode: '6000', city: 'Kolding' },
    municipality: 'Kolding',
    region: 'Syddanmark',
    offers: [
      {
        id: 'bo-107',
        name: 'Midlertidigt botilbud',
        paragraph: 'SEL §107',
        targetGroups: ['Voksne med erhvervet hjerneskade'],
        places: 8,
        methods: ['Neuropædagogik'],
        rates: [
          {
            id: 'dogn',
            type: 'day',
            label: 'Døgntakst',
            amount: dayRate,
            negotiatedAt: '2026-01-05',
            source: 'negotiated',
            validFrom: '2026-01-01',
          },
        ],
      },
    ],
    ...overrides,
  };
}

async function create(body: unknown, token = procurement) {
  const answer = await host.call('POST', '/api/providers', { token, body });
  expect(answer.status).toBe(201);
  return answer;
}

const names = (answer: { body: { items: { name: string }[] } }) => answer.body.items.map((p) => p.name);

describe('searching the catalogue', () => {
  it('filters by text, paragraph, target group, region, ownership and highest day rate, sorted by name', async () => {
    await create(providerBody('Kollegiet Nøddebo', {}, 2100));
    await create(providerBody('Kollegiet Mosebo', { ownership: 'public', region: 'Nordjylland' }, 1900));
    await create(providerBody('Kollegiet Engbo', {}, 3400));
    const search = (query: string) => host.call('GET', `/api/providers?${query}`, { token: caseworker });

    expect(names(await search('q=kollegiet'))).toEqual(['Kollegiet Engbo', 'Kollegiet Mosebo', 'Kollegiet Nøddebo']);
    expect(names(await search('q=kollegiet&region=Syddanmark'))).toEqual(['Kollegiet Engbo', 'Kollegiet Nøddebo']);
    expect(names(await search('q=kollegiet&ownership=public'))).toEqual(['Kollegiet Mosebo']);
    expect(names(await search('q=kollegiet&maxRate=2200'))).toEqual(['Kollegiet Mosebo', 'Kollegiet Nøddebo']);
    expect(names(await search(`q=kollegiet&paragraph=${encodeURIComponent('SEL §108')}`))).toEqual([]);
    const group = encodeURIComponent('voksne med erhvervet hjerneskade');
    expect(names(await search(`q=neuropædagogik&targetGroup=${group}&region=Syddanmark`))).toEqual([
      'Kollegiet Engbo',
      'Kollegiet Nøddebo',
    ]);
  });

  it('pages through results with continuation tokens, none twice and none left out', async () => {
    for (const name of ['Kvasbo Ahorn', 'Kvasbo Bøg', 'Kvasbo Cedertræ', 'Kvasbo Dunet', 'Kvasbo Elmen']) {
      await create(providerBody(name));
    }
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = await host.call(
        'GET',
        `/api/providers?q=kvasbo&limit=2${token ? `&continuationToken=${token}` : ''}`,
        {
          token: caseworker,
        },
      );
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...names(page));
      token = page.body.continuationToken;
    } while (token);
    expect(seen).toEqual(['Kvasbo Ahorn', 'Kvasbo Bøg', 'Kvasbo Cedertræ', 'Kvasbo Dunet', 'Kvasbo Elmen']);
  });

  it("never shows or finds another municipality's providers", async () => {
    const mine = await create(providerBody('Bostedet Hemmeligholdt'));
    const theirs = await host.call('GET', '/api/providers?q=hemmeligholdt', { token: otherTenant });
    expect(theirs.body.items).toEqual([]);
    expect((await host.call('GET', `/api/providers/${mine.body.id}`, { token: otherTenant })).status).toBe(404);
    const put = await host.call('PUT', `/api/providers/${mine.body.id}`, {
      token: otherTenant,
      body: mine.body,
      ifMatch: mine.headers.get('etag')!,
    });
    expect(put.status).toBe(404);
  });
});

describe('changing the catalogue', () => {
  it.each(['procurement', 'negotiator', 'admin'] as const)(
    'lets %s create, change and delete a provider',
    async (role) => {
      const token = await host.token([role]);
      const made = await create(providerBody(`Opholdsstedet ${role}`), token);
      expect(made.headers.get('location')).toBe(`/api/providers/${made.body.id}`);
      const changed = await host.call('PUT', `/api/providers/${made.body.id}`, {
        token,
        body: { ...made.body, municipality: 'Vejle' },
        ifMatch: made.headers.get('etag')!,
      });
      expect(changed.status).toBe(200);
      const removed = await host.call('DELETE', `/api/providers/${made.body.id}`, {
        token,
        ifMatch: changed.headers.get('etag')!,
      });
      expect(removed.status).toBe(204);
      expect((await host.call('GET', `/api/providers/${made.body.id}`, { token })).status).toBe(404);
    },
  );

  it.each(['caseworker', 'finance', 'manager'] as const)('refuses %s changing the catalogue', async (role) => {
    const token = await host.token([role]);
    expect((await host.call('POST', '/api/providers', { token, body: providerBody('Nej') })).status).toBe(403);
  });

  it('needs If-Match, refuses a stale one, ignores server-owned fields and audits every write', async () => {
    const made = await create(providerBody('Bofællesskabet Lyngen'));
    const url = `/api/providers/${made.body.id}`;
    const etag = made.headers.get('etag')!;
    expect((await host.call('PUT', url, { token: procurement, body: made.body })).status).toBe(428);
    const forged = {
      ...made.body,
      id: 'other-id',
      createdAt: '2000-01-01T00:00:00.000Z',
      qualityNotes: [],
      municipality: 'Vejen',
    };
    const changed = await host.call('PUT', url, { token: procurement, body: forged, ifMatch: etag });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id: made.body.id, createdAt: made.body.createdAt, municipality: 'Vejen' });
    const stale = await host.call('PUT', url, { token: procurement, body: made.body, ifMatch: etag });
    expect(stale.status).toBe(412);
    expect((await host.call('GET', url, { token: procurement })).body.municipality).toBe('Vejen');
    expect((await host.call('DELETE', url, { token: procurement, ifMatch: etag })).status).toBe(412);

    const audit = await host.call('GET', `/api/audit?entityId=${made.body.id}`, { token: await host.token(['admin']) });
    expect(audit.body.items.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'update']);
  });

  it('refuses an invalid CVR number, an unknown field and a CPR number in free text', async () => {
    const badCvr = await host.call('POST', '/api/providers', {
      token: procurement,
      body: providerBody('X', { cvr: '12345678' }),
    });
    expect(badCvr.status).toBe(400);
    expect(badCvr.body.fields).toHaveProperty('cvr');
    const unknown = await host.call('POST', '/api/providers', {
      token: procurement,
      body: { ...providerBody('X'), rating: 5 },
    });
    expect(unknown.status).toBe(400);
    const cpr = await host.call('POST', '/api/providers', {
      token: procurement,
      body: providerBody('X', { address: { street: 'Borger 010190-1234', postalCode: '6000', city: 'Kolding' } }),
    });
    expect(cpr.status).toBe(422);
  });
});

describe('quality notes', () => {
  it('lets a case worker add a note, stamped with who and when, without If-Match', async () => {
    const made = await create(providerBody('Botilbuddet Kildebakken'));
    const note = await host.call('POST', `/api/providers/${made.body.id}/notes`, {
      token: caseworker,
      body: { text: 'God overlevering ved indflytning; personalet kendte borgerens plan.' },
    });
    expect(note.status).toBe(201);
    expect(note.body.qualityNotes).toEqual([
      expect.objectContaining({
        text: expect.stringContaining('God overlevering'),
        author: expect.objectContaining({ userId: 'user-caseworker' }),
      }),
    ]);
    const refused = await host.call('POST', `/api/providers/${made.body.id}/notes`, {
      token: await host.token(['finance']),
      body: { text: 'Økonomi må ikke skrive noter.' },
    });
    expect(refused.status).toBe(403);
    const cpr = await host.call('POST', `/api/providers/${made.body.id}/notes`, {
      token: caseworker,
      body: { text: 'Borgeren 0101901234 trives.' },
    });
    expect(cpr.status).toBe(422);
    const theirs = await host.call('POST', `/api/providers/${made.body.id}/notes`, {
      token: await host.token(['caseworker'], TENANT_B),
      body: { text: 'Forkert kommune.' },
    });
    expect(theirs.status).toBe(404);
  });
});
