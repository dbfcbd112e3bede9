// Price-regulation check and the overview's full spend and savings tables through HTTP, on the demo data plus records made here.
import {
  contractSetup,
  createContract,
  expectStatus,
  NOW,
  setRegulationRates,
  tokensFor,
} from './support/caseFixtures';
import { startHost, TENANT_A, TENANT_B, type TestHost } from './support/host';

let host: TestHost;
let tokens: Awaited<ReturnType<typeof tokensFor>>;
let otherTenant: string;
beforeAll(async () => {
  host = await startHost({ now: () => NOW });
  tokens = await tokensFor(host, TENANT_A);
  otherTenant = await host.token(['negotiator'], TENANT_B);
});
afterAll(() => host.stop());

/** A period spanning two calendar years, as the overview's default does. */
const PERIOD = 'from=2025-04-01&to=2026-03-31';

const spend = async (token: string, groupBy: string, more = '') =>
  expectStatus(await host.call('GET', `/api/dashboard/spend?groupBy=${groupBy}&${PERIOD}${more}`, { token }), 200).body;

/** Every row of a paged table, following its continuation tokens with pages of `limit`. */
async function allRows<R>(token: string, path: string, limit: number): Promise<{ rows: R[]; pages: number }> {
  const rows: R[] = [];
  let next: string | undefined;
  let pages = 0;
  do {
    const more = next ? `&continuationToken=${encodeURIComponent(next)}` : '';
    const page = expectStatus(await host.call('GET', `${path}&${PERIOD}&limit=${limit}${more}`, { token }), 200).body;
    expect(page.rows.length).toBeLessThanOrEqual(limit);
    rows.push(...page.rows);
    next = page.continuationToken;
    pages += 1;
  } while (next && pages < 100);
  return { rows, pages };
}

type Row = { key: string; label: string; amount: number; contracts: number };
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('spend table', () => {
  it("pages every provider that ran in the period once, the overview's leading ones with the same amounts", async () => {
    const first = await spend(tokens.manager, 'provider', '&limit=5');
    expect(first).toMatchObject({ from: '2025-04-01', to: '2026-03-31', groupBy: 'provider' });
    expect(first.rows).toHaveLength(5);
    expect(first.continuationToken).toEqual(expect.any(String));
    const { rows, pages } = await allRows<Row>(tokens.manager, '/api/dashboard/spend?groupBy=provider', 5);
    expect(pages).toBeGreaterThan(2);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    // Each row is rounded to øre on its own.
    expect(Math.abs(sum(rows.map((r) => r.amount)) - first.total)).toBeLessThan(rows.length * 0.01);
    expect(sum(rows.map((r) => r.contracts))).toBe(first.contracts);
    const overview = expectStatus(
      await host.call('GET', `/api/dashboard/overview?${PERIOD}`, { token: tokens.manager }),
      200,
    ).body;
    expect(overview.total).toBe(first.total);
    for (const leading of overview.spend.provider as Row[]) {
      expect(rows.find((r) => r.key === leading.key)).toEqual(leading);
    }
  });

  it('adds a new contract to its own tenant only', async () => {
    const before = await spend(tokens.manager, 'provider', '&limit=1');
    const theirsBefore = await spend(otherTenant, 'provider', '&limit=1');
    const { refs } = await contractSetup(host, TENANT_A, tokens);
    await createContract(host, tokens.caseworker, refs, { status: 'active' });
    const { rows } = await allRows<Row>(tokens.finance, '/api/dashboard/spend?groupBy=provider', 200);
    const row = rows.find((r) => r.key === refs.providerId);
    expect(row).toMatchObject({ label: expect.any(String), contracts: 1 });
    const after = await spend(tokens.manager, 'provider', '&limit=1');
    expect(after.total).toBeCloseTo(before.total + row!.amount, 2);
    expect((await spend(otherTenant, 'provider', '&limit=1')).total).toBe(theirsBefore.total);
  });

  it('lists the small groups and the months whole, and refuses an unknown grouping or token', async () => {
    const byOwnership = await spend(tokens.caseworker, 'ownership');
    expect(byOwnership.rows.map((r: Row) => r.label).sort()).toEqual(['Offentlig', 'Privat']);
    expect(byOwnership.continuationToken).toBeUndefined();
    const byParagraph = await spend(tokens.caseworker, 'paragraph');
    expect(byParagraph.rows.some((r: Row) => r.key === 'SEL §107')).toBe(true);
    expect(Math.abs(sum(byParagraph.rows.map((r: Row) => r.amount)) - byParagraph.total)).toBeLessThan(1);
    const byMonth = await spend(tokens.caseworker, 'month');
    expect(byMonth.rows.map((r: Row) => r.key)).toEqual([
      ...['04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2025-${m}`),
      ...['01', '02', '03'].map((m) => `2026-${m}`),
    ]);
    const wrong = await host.call('GET', '/api/dashboard/spend?groupBy=colour', { token: tokens.caseworker });
    expect(wrong.status).toBe(400);
    expect(wrong.body.fields).toHaveProperty('groupBy');
    const forged = await host.call('GET', '/api/dashboard/spend?continuationToken=eyJ5Ijo5OX0', {
      token: tokens.caseworker,
    });
    expect(forged.status).toBe(400);
    expect(forged.body.detail).toBe('Fortsættelsesnøglen er ugyldig.');
    expect((await host.call('GET', '/api/dashboard/spend')).status).toBe(401);
  });
});

describe('savings table', () => {
  it("pages the cases' savings against the offers' list prices, with the municipality's savings", async () => {
    const { refs } = await contractSetup(host, TENANT_A, tokens);
    const provider = expectStatus(
      await host.call('GET', `/api/providers/${refs.providerId}`, { token: tokens.negotiator }),
      200,
    );
    const offer = {
      ...provider.body.offers[0],
      rates: [
        {
          id: 'dogn',
          type: 'day',
          label: 'Døgntakst',
          amount: 2800,
          negotiatedAt: '2025-12-01',
          source: 'list',
          validFrom: '2025-01-01',
        },
      ],
    };
    const ifMatch = provider.headers.get('etag')!;
    const put = await host.call('PUT', `/api/providers/${refs.providerId}`, {
      token: tokens.negotiator,
      body: { ...provider.body, offers: [offer] },
      ifMatch,
    });
    expectStatus(put, 200);
    await createContract(host, tokens.negotiator, refs, { status: 'active' });

    type Saving = { caseId: string; annual: number; inPeriod: number };
    const { rows } = await allRows<Saving>(tokens.manager, '/api/dashboard/savings?', 3);
    expect(new Set(rows.map((r) => r.caseId)).size).toBe(rows.length);
    // 2.800 kr. listed against 2.500 kr. agreed, a day.
    expect(rows.find((r) => r.caseId === refs.caseId)).toMatchObject({ annual: 300 * 365 });
    const first = expectStatus(
      await host.call('GET', `/api/dashboard/savings?${PERIOD}&limit=3`, { token: tokens.manager }),
      200,
    ).body;
    expect(Math.abs(sum(rows.map((r) => r.annual)) - first.annual)).toBeLessThan(rows.length * 0.01);
    const theirs = await allRows<Saving>(otherTenant, '/api/dashboard/savings?', 200);
    expect(theirs.rows.some((r) => r.caseId === refs.caseId)).toBe(false);
  });
});

describe('price-regulation check', () => {
  const check = (token: string, body: unknown) => host.call('POST', '/api/price-regulation/check', { token, body });
  const rise = { previousRate: 1000, periodFrom: '2025-06-01', periodTo: '2026-06-01' };

  beforeAll(() => setRegulationRates(host, TENANT_A, [{ year: 2026, percent: 2.6 }]));

  it("compares a new rate with KL's rate for the year: within, above with the excess, or no rate known", async () => {
    const within = await check(tokens.finance, { ...rise, proposedRate: 1020 });
    expect(within.status).toBe(200);
    expect(within.body).toMatchObject({ verdict: 'within', allowedPercent: 2.6, allowedRate: 1026, years: [2026] });
    const above = await check(tokens.caseworker, { ...rise, proposedRate: 1050 });
    expect(above.body).toMatchObject({ verdict: 'above', excessKr: 24, actualPercent: 5 });
    expect(above.body.explanation).toContain('2,6 %');
    const unknownYear = await check(tokens.finance, { ...rise, periodTo: '2027-06-01', proposedRate: 1030 });
    expect(unknownYear.body).toMatchObject({ verdict: 'noRate', missingYears: [2027] });
  });

  it("uses a contract's own cap, and cannot see another tenant's contract", async () => {
    const { refs } = await contractSetup(host, TENANT_A, tokens);
    const capped = await createContract(host, tokens.caseworker, refs, {
      priceRegulation: { basis: 'fixed', maxPercent: 1.5, month: 1 },
    });
    const answer = await check(tokens.finance, { ...rise, proposedRate: 1020, contractId: capped.id });
    expect(answer.body).toMatchObject({ verdict: 'above', allowedPercent: 1.5 });
    expect((await check(otherTenant, { ...rise, proposedRate: 1020, contractId: capped.id })).status).toBe(404);
  });

  it('refuses malformed bodies', async () => {
    expect((await check(tokens.finance, { ...rise, proposedRate: -5 })).status).toBe(400);
    expect((await check(tokens.finance, { ...rise, proposedRate: 1000, note: 'x' })).status).toBe(400);
    const text = await host.call('POST', '/api/price-regulation/check', {
      token: tokens.finance,
      body: 'previousRate=1000',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
  });
});
