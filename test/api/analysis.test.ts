// Price-regulation check and the spend and savings dashboards through HTTP, on the demo data plus records made here.
import {
  contractSetup,
  createContract,
  expectStatus,
  NOW,
  setRegulationRates,
  TODAY,
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

const spend = async (token: string, groupBy: string) =>
  expectStatus(await host.call('GET', `/api/dashboard/spend?groupBy=${groupBy}&asOf=${TODAY}`, { token }), 200).body;

describe('spend dashboard', () => {
  it('groups running contracts by provider, sorted by cost, and adds a new contract to its own tenant only', async () => {
    const before = await spend(tokens.manager, 'provider');
    const theirsBefore = await spend(otherTenant, 'provider');
    const costs = before.rows.map((r: { annualCost: number }) => r.annualCost);
    expect([...costs].sort((a, b) => b - a)).toEqual(costs);
    expect(before.total).toBeCloseTo(
      costs.reduce((a: number, b: number) => a + b, 0),
      2,
    );

    const { refs } = await contractSetup(host, TENANT_A, tokens);
    await createContract(host, tokens.caseworker, refs, { status: 'active' });
    const after = await spend(tokens.finance, 'provider');
    const row = after.rows.find((r: { key: string }) => r.key === refs.providerId);
    // 2.500 kr. a day plus the special rate of 500 kr. a day, both in force on 15.03.2026.
    expect(row).toMatchObject({ annualCost: 3000 * 365, contracts: 1 });
    expect(after.total).toBeCloseTo(before.total + 3000 * 365, 2);
    expect((await spend(otherTenant, 'provider')).total).toBe(theirsBefore.total);
  });

  it('groups by ownership and paragraph, and refuses an unknown grouping', async () => {
    const byOwnership = await spend(tokens.caseworker, 'ownership');
    expect(byOwnership.rows.map((r: { label: string }) => r.label).sort()).toEqual(['Offentlig', 'Privat']);
    const byParagraph = await spend(tokens.caseworker, 'paragraph');
    expect(byParagraph.rows.some((r: { key: string }) => r.key === 'SEL §107')).toBe(true);
    const wrong = await host.call('GET', '/api/dashboard/spend?groupBy=colour', { token: tokens.caseworker });
    expect(wrong.status).toBe(400);
    expect(wrong.body.fields).toHaveProperty('groupBy');
    expect((await host.call('GET', '/api/dashboard/spend')).status).toBe(401);
  });
});

describe('savings dashboard', () => {
  it("sets each contract rate against the offer's list price, per year, largest first", async () => {
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
          validFrom: '2026-01-01',
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
    const contract = await createContract(host, tokens.negotiator, refs, { status: 'active' });

    const answer = expectStatus(await host.call('GET', '/api/dashboard/savings', { token: tokens.manager }), 200).body;
    const row = answer.rows.find((r: { contractId: string }) => r.contractId === contract.id);
    expect(row).toMatchObject({ listRate: 2800, contractRate: 2500, perUnit: 300, annual: 300 * 365 });
    const annual = answer.rows.map((r: { annual: number }) => r.annual);
    expect([...annual].sort((a, b) => b - a)).toEqual(annual);
    expect(answer.totalAnnual).toBeCloseTo(
      annual.reduce((a: number, b: number) => a + b, 0),
      2,
    );
    const theirs = expectStatus(await host.call('GET', '/api/dashboard/savings', { token: otherTenant }), 200).body;
    expect(theirs.rows.some((r: { contractId: string }) => r.contractId === contract.id)).toBe(false);
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
