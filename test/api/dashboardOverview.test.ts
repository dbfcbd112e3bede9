// The overview of a period through HTTP: spend by group with the rest, the costliest cases with follow-up, tenant
// isolation.
import { contractSetup, createContract, expectStatus, NOW, tokensFor } from './support/caseFixtures';
import { startHost, TENANT_A, TENANT_B, type TestHost } from './support/host';

let host: TestHost;
let tokens: Awaited<ReturnType<typeof tokensFor>>;
let otherTenant: string;
beforeAll(async () => {
  host = await startHost({ now: () => NOW });
  tokens = await tokensFor(host, TENANT_A);
  otherTenant = await host.token(['manager'], TENANT_B);
});
afterAll(() => host.stop());

const QUARTER = 'from=2026-01-01&to=2026-03-31';
const overview = async (token: string, query = QUARTER) =>
  expectStatus(await host.call('GET', `/api/dashboard/overview?${query}`, { token }), 200).body;

describe('dashboard overview', () => {
  it("costs a new contract's days within the period, ranks its case first and shows its follow-up", async () => {
    const before = await overview(tokens.manager);
    const theirsBefore = await overview(otherTenant);
    const { refs } = await contractSetup(host, TENANT_A, tokens);
    // 100.000 kr. a day from 1 January (90 days in the quarter) plus 500 kr. a day from 1 February (59 days).
    await createContract(host, tokens.caseworker, refs, {
      status: 'active',
      rates: [{ type: 'day', label: 'Døgntakst', amount: 100_000, validFrom: '2026-01-01' }],
    });
    const after = await overview(tokens.caseworker);
    const cost = 100_000 * 90 + 500 * 59;
    expect(after).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
    expect(after.total).toBeCloseTo(before.total + cost, 2);
    expect(after.spend.provider.find((r: { key: string }) => r.key === refs.providerId)).toMatchObject({
      amount: cost,
      contracts: 1,
    });
    expect(after.spend.month.map((r: { label: string }) => r.label)).toEqual([
      'januar 2026',
      'februar 2026',
      'marts 2026',
    ]);
    // Each group's leading rows and the rest come to the total; the demo municipality has more than ten providers.
    for (const group of ['provider', 'paragraph', 'targetGroup', 'month', 'ownership', 'origin']) {
      const sum = after.spend[group].reduce((total: number, r: { amount: number }) => total + r.amount, 0);
      expect(after.spend[group].length).toBeLessThanOrEqual(group === 'month' ? 3 : 10);
      expect(sum + (after.rest[group]?.amount ?? 0)).toBeCloseTo(after.total, 2);
    }
    expect(after.rest.provider.amount).toBeGreaterThan(0);
    expect(after.asOf).toBe('2026-03-15');
    // As many cases as follow-up lists (the demo settings' 12), each at its cost in the coming 12 months.
    expect(after.expensive).toHaveLength(12);
    expect(after.expensive[0]).toMatchObject({ caseId: refs.caseId, amount: 100_500 * 365, phase: 'need' });
    const followUp = expectStatus(await host.call('GET', '/api/follow-up', { token: tokens.caseworker }), 200).body;
    expect(after.expensive.map((c: { caseId: string; amount: number }) => [c.caseId, c.amount])).toEqual(
      followUp.expensiveCases.map((c: { caseId: string; annualCost: number }) => [c.caseId, c.annualCost]),
    );
    // Follow-up every 3 months from 1 January: the first is due after today (15.03.2026).
    expect(after.expensive[0].followUp).toMatchObject({ state: 'planned' });
    expect((await overview(otherTenant)).total).toBe(theirsBefore.total);
  });

  it('covers twelve calendar months up to this one by default, and refuses a period backwards or unknown fields', async () => {
    const yearly = await overview(tokens.finance, '');
    expect(yearly).toMatchObject({ from: '2025-04-01', to: '2026-03-31' });
    expect((await overview(tokens.finance, 'from=2026-02-10&to=2026-02-20')).spend.month).toHaveLength(1);
    expect(yearly.spend.month).toHaveLength(12);
    const backwards = await host.call('GET', '/api/dashboard/overview?from=2026-03-01&to=2026-01-01', {
      token: tokens.finance,
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.fields).toHaveProperty('from');
    const unknown = await host.call('GET', '/api/dashboard/overview?colour=red', { token: tokens.finance });
    expect(unknown.status).toBe(400);
    expect((await host.call('GET', '/api/dashboard/overview')).status).toBe(401);
  });
});
