// GET /api/follow-up through HTTP: due milestones by kind and window, special rates, regulation above KL, costly cases.
import { registerTenants } from '../../functions/src/seed';
import { DEMO_TENANTS } from '../../functions/src/seed/tenants';
import {
  contractSetup,
  createContract,
  expectStatus,
  listNewDayRate,
  setRegulationRates,
  tokensFor,
} from './support/caseFixtures';
import { TENANT_A, TENANT_B, useHost } from './support/host';

/** 15 March 2026, as in the other case-area tests; the demo tenants without their data, so the overview holds only
 * what the test made. */
const NOW = new Date('2026-03-15T10:00:00Z');
const { host } = useHost({ now: () => NOW, seed: false });

const DAY_RATE = { type: 'day', label: 'Døgntakst' };

describe('GET /api/follow-up', () => {
  let overview: Record<string, any>;
  let contractId = '';

  beforeAll(async () => {
    await registerTenants(host.services.store, DEMO_TENANTS, NOW);
    const a = await tokensFor(host, TENANT_A);
    await setRegulationRates(host, TENANT_A, [{ year: 2026, percent: 3 }]);
    const { refs } = await contractSetup(host, TENANT_A, a);
    // The provider has raised the day rate from 2.000 kr. to 2.130 kr. for 2026: 6,5 % against KL's 3 %.
    await listNewDayRate(host, a.procurement, refs.providerId, 2130);
    const contract = await createContract(host, a.negotiator, refs, {
      status: 'active',
      startDate: '2025-01-01',
      endDate: undefined,
      reviewDate: '2027-12-31',
      rates: [{ ...DAY_RATE, amount: 2000, validFrom: '2025-01-01' }],
      specialRate: {
        type: 'day',
        amount: 400,
        reason: 'Ekstra støtte om natten',
        startDate: '2026-01-01',
        endDate: '2026-03-27',
      },
      renegotiationDate: '2026-05-01',
    });
    contractId = contract.id;
    await createContract(host, a.negotiator, refs, { status: 'draft', startDate: '2025-01-01' });
    expectStatus(
      await host.call('POST', `/api/milestones/${contractId}-followUp-2025-10-01/done`, {
        token: a.negotiator,
        body: {},
      }),
      200,
    );
    overview = expectStatus(await host.call('GET', '/api/follow-up', { token: a.finance }), 200).body;
  });

  it('groups the open milestones of active contracts by kind and due window', () => {
    const group = (kind: string) => overview.dueGroups.find((g: { kind: string }) => g.kind === kind);
    expect(overview.asOf).toBe('2026-03-15');
    expect(overview.dueGroups.map((g: { kind: string }) => g.kind)).toEqual([
      'specialRateEnd',
      'renegotiation',
      'followUp',
      'regulation',
    ]);
    expect(group('specialRateEnd').counts).toEqual({ overdue: 0, days30: 1, days60: 0, days90: 0 });
    expect(group('renegotiation').counts).toEqual({ overdue: 0, days30: 0, days60: 1, days90: 0 });
    // Quarterly from 01.01.2025: 01.04, 01.07 and 01.01 are overdue (01.10 was done), 01.04.2026 within 30 days.
    expect(group('followUp').counts).toEqual({ overdue: 3, days30: 1, days60: 0, days90: 0 });
    expect(group('regulation').counts).toEqual({ overdue: 1, days30: 0, days60: 0, days90: 0 });
    expect(group('followUp').items[0]).toMatchObject({
      contractId,
      status: 'overdue',
      contractTitle: 'Kontrakt om midlertidigt botilbud',
    });
  });

  it('lists the special rate ending in 12 days', () => {
    expect(overview.specialRates).toEqual([
      expect.objectContaining({ contractId, reason: 'expiring', days: 12, endDate: '2026-03-27', amount: 400 }),
    ]);
  });

  it("flags the provider's regulation above KL's rate with the excess in kr. and percentage points", () => {
    expect(overview.regulations).toEqual([
      expect.objectContaining({
        contractId,
        rateLabel: 'Døgntakst',
        contractRate: 2000,
        providerRate: 2130,
        allowedRate: 2060,
        excessKr: 70,
        excessPercent: 3.5,
      }),
    ]);
  });

  it("counts the costly case's follow-ups done this year (the one marked today) and the overdue ones as missing", () => {
    expect(overview.expensiveCases).toEqual([
      expect.objectContaining({
        contractId,
        followUpsDone: 1,
        followUpsRequired: 4,
        followUpsDue: 0,
        followUpsMissing: 3,
      }),
    ]);
  });

  it('lists at most `items` milestones of each group, the soonest, and still counts them all', async () => {
    const a = await tokensFor(host, TENANT_A);
    const short = expectStatus(await host.call('GET', '/api/follow-up?items=1', { token: a.finance }), 200).body;
    for (const group of overview.dueGroups) {
      const limited = short.dueGroups.find((g: { kind: string }) => g.kind === group.kind);
      expect(limited.counts).toEqual(group.counts);
      expect(limited.items).toEqual(group.items.slice(0, 1));
    }
    expectStatus(await host.call('GET', '/api/follow-up?items=-1', { token: a.finance }), 400);
  });

  it('answers from what is stored now: a milestone marked done leaves the counts at once', async () => {
    const a = await tokensFor(host, TENANT_A);
    const counts = async () =>
      expectStatus(await host.call('GET', '/api/follow-up', { token: a.finance }), 200).body.dueGroups.find(
        (g: { kind: string }) => g.kind === 'followUp',
      ).counts;
    expect(await counts()).toEqual({ overdue: 3, days30: 1, days60: 0, days90: 0 });
    const change = async (action: 'done' | 'reopen') =>
      expectStatus(
        await host.call('POST', `/api/milestones/${contractId}-followUp-2025-04-01/${action}`, {
          token: a.negotiator,
          body: {},
        }),
        200,
      );
    await change('done');
    expect(await counts()).toMatchObject({ overdue: 2 });
    await change('reopen');
    expect(await counts()).toMatchObject({ overdue: 3 });
  });

  it('shows another tenant none of it', async () => {
    const b = await tokensFor(host, TENANT_B);
    const other = expectStatus(await host.call('GET', '/api/follow-up', { token: b.caseworker }), 200).body;
    expect(other).toMatchObject({ dueGroups: [], specialRates: [], regulations: [], expensiveCases: [] });
  });
});
