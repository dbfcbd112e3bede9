// The catalogue search through HTTP: summaries instead of whole records, Danish-letter folding, the newer filters and orders.
import { startHost, type TestHost } from './support/host';

let host: TestHost;
let procurement: string;
let caseworker: string;
beforeAll(async () => {
  host = await startHost();
  procurement = await host.token(['procurement']);
  caseworker = await host.token(['caseworker']);
});
afterAll(() => host.stop());

interface Options {
  municipality?: string;
  dayRate?: number;
  negotiatedAt?: string;
}

function providerBody(name: string, options: Options = {}) {
  const { municipality = 'Kolding', dayRate = 2500, negotiatedAt = '2026-01-05' } = options;
  return {
    name,
    cvr: '12345674',
    ownership: 'private',
    address: { street: 'Engvej 3', postalCode: '6000', city: 'Kolding' },
    municipality,
    region: 'Syddanmark',
    contacts: [{ name: 'Lene Lund', role: 'Forstander', email: 'lene@example.dk' }],
    offers: [
      {
        id: 'bo-108',
        name: 'Længerevarende bostøtte',
        paragraph: 'SEL §108',
        targetGroups: ['Voksne med udviklingshæmning'],
        places: 12,
        methods: ['KRAP', 'Low arousal'],
        rates: [
          {
            id: 'dogn',
            type: 'day',
            label: 'Døgntakst',
            amount: dayRate,
            negotiatedAt,
            source: 'negotiated',
            validFrom: '2026-01-01',
            history: [{ amount: 2400, negotiatedAt: '2025-01-03', source: 'list', validFrom: '2025-01-01' }],
          },
          {
            id: 'time',
            type: 'hour',
            label: 'Timetakst',
            amount: 650,
            negotiatedAt,
            source: 'list',
            validFrom: '2026-01-01',
          },
        ],
      },
    ],
    supervisionReports: [
      { date: '2025-05-01', authority: 'Socialtilsyn Syd', conclusion: 'Ingen bemærkninger.' },
      {
        date: '2026-02-10',
        authority: 'Socialtilsyn Syd',
        conclusion:
          'Tilbuddet lever op til kravene fra 1. januar. Tilsynet anbefaler mere konkrete mål i dokumentationen.',
      },
    ],
  };
}

async function create(body: unknown) {
  const answer = await host.call('POST', '/api/providers', { token: procurement, body });
  expect(answer.status).toBe(201);
  return answer;
}

type Summary = { name: string; rates: { type: string; amount: number }[]; [key: string]: unknown };
const search = async (query: string) =>
  (await host.call('GET', `/api/providers?${query}`, { token: caseworker })) as {
    status: number;
    body: { items: Summary[] };
    text?: string;
  };
const names = (answer: { body: { items: { name: string }[] } }) => answer.body.items.map((p) => p.name);

describe('catalogue search summaries', () => {
  it('answers the key figures of each result, not the whole record', async () => {
    await create(providerBody('Summarum Egelund'));
    const [item] = (await search('q=summarum')).body.items;
    expect(item).toEqual({
      id: expect.any(String),
      name: 'Summarum Egelund',
      cvr: '12345674',
      ownership: 'private',
      municipality: 'Kolding',
      paragraphs: ['SEL §108'],
      places: 12,
      offers: [{ id: 'bo-108', name: 'Længerevarende bostøtte' }],
      rates: [
        { type: 'day', amount: 2500, negotiatedAt: '2026-01-05' },
        { type: 'hour', amount: 650, negotiatedAt: '2026-01-05', source: 'list' },
      ],
      supervision: { date: '2026-02-10', conclusion: 'Tilbuddet lever op til kravene fra 1. januar.' },
    });
    expect(item).not.toHaveProperty('contacts');
  });

  it("cuts a long first sentence of the supervision's conclusion", async () => {
    const body = providerBody('Summarum Langdal');
    body.supervisionReports[1]!.conclusion =
      'Tilbuddet er sat under skærpet tilsyn på grund af mangler i medicinhåndteringen. Opfølgning om tre måneder.';
    await create(body);
    const [item] = (await search('q=langdal')).body.items;
    expect(item!.supervision).toEqual({
      date: '2026-02-10',
      conclusion: 'Tilbuddet er sat under skærpet tilsyn på grund af mangler i medicinhånd…',
    });
  });

  it('answers a repeated search with every change made since: a new, a changed and a deleted provider', async () => {
    const query = 'q=gentaget&sort=rate';
    const first = await create(providerBody('Gentaget Ask', { dayRate: 2100 }));
    expect(names(await search(query))).toEqual(['Gentaget Ask']);
    expect(names(await search(query))).toEqual(['Gentaget Ask']);
    await create(providerBody('Gentaget Birk', { dayRate: 1900 }));
    expect(names(await search(query))).toEqual(['Gentaget Birk', 'Gentaget Ask']);
    const changed = await host.call('PUT', `/api/providers/${first.body.id}`, {
      token: procurement,
      body: providerBody('Gentaget Ask', { dayRate: 1800 }),
      ifMatch: first.headers.get('etag')!,
    });
    expect(changed.status).toBe(200);
    const [cheapest] = (await search(query)).body.items;
    expect(cheapest).toMatchObject({ name: 'Gentaget Ask', rates: [{ type: 'day', amount: 1800 }, { type: 'hour' }] });
    const removed = await host.call('DELETE', `/api/providers/${first.body.id}`, {
      token: procurement,
      ifMatch: changed.headers.get('etag')!,
    });
    expect(removed.status).toBe(204);
    expect(names(await search(query))).toEqual(['Gentaget Birk']);
  });

  it('keeps a seeded 20-result page within 12 KB', async () => {
    const page = await host.call('GET', '/api/providers?limit=20', { token: caseworker });
    expect(page.body.items).toHaveLength(20);
    expect(Buffer.byteLength(JSON.stringify(page.body))).toBeLessThanOrEqual(12 * 1024);
  });
});

describe('catalogue search text and filters', () => {
  it('finds Danish letters typed plainly', async () => {
    await create(providerBody('Foldehuset Ærøgården'));
    expect(names(await search('q=foldehuset%20bostotte'))).toEqual(['Foldehuset Ærøgården']);
    expect(names(await search('q=aeroegaarden'))).toEqual(['Foldehuset Ærøgården']);
    expect(names(await search('q=ærøgården'))).toEqual(['Foldehuset Ærøgården']);
    expect(names(await search('q=foldehuset%20bostutte'))).toEqual([]);
  });

  it('filters by municipality, rate range and negotiation date, and sorts by rate and negotiation', async () => {
    await create(providerBody('Filtrum Ask', { municipality: 'Vejle', dayRate: 1800, negotiatedAt: '2026-01-02' }));
    await create(providerBody('Filtrum Birk', { municipality: 'Vejle', dayRate: 3200, negotiatedAt: '2019-03-01' }));
    await create(providerBody('Filtrum Cedar', { municipality: 'Kolding', dayRate: 2600, negotiatedAt: '2025-06-01' }));
    expect(names(await search('q=filtrum&municipality=vejle'))).toEqual(['Filtrum Ask', 'Filtrum Birk']);
    expect(names(await search('q=filtrum&minRate=2000&maxRate=3000'))).toEqual(['Filtrum Cedar']);
    expect(names(await search('q=filtrum&negotiatedWithinMonths=60'))).toEqual(['Filtrum Ask', 'Filtrum Cedar']);
    expect(names(await search('q=filtrum&sort=rate'))).toEqual(['Filtrum Ask', 'Filtrum Cedar', 'Filtrum Birk']);
    expect(names(await search('q=filtrum&sort=negotiated'))).toEqual(['Filtrum Birk', 'Filtrum Cedar', 'Filtrum Ask']);
    expect((await search('q=filtrum&sort=price')).status).toBe(400);
  });
});
