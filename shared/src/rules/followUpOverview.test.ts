// Tests for follow-up at a glance: due windows by kind, special rates to act on, the costliest cases' follow-ups.
import type { Contract, Milestone } from '../domain/contract';
import { dueGroups, dueWindow, expensiveCases, followUpsDueBy, specialRateAlerts } from './followUpOverview';
import { TEST_USER, testContract } from './testFixtures';

const TODAY = '2026-03-15';
const META = {
  createdAt: '2026-01-01T09:00:00Z',
  createdBy: TEST_USER,
  updatedAt: '2026-01-01T09:00:00Z',
  updatedBy: TEST_USER,
};

function contract(id: string, overrides: Partial<Contract> = {}): Contract {
  return {
    ...testContract({ status: 'active' }),
    ...META,
    id,
    annualCost: 730_000,
    parties: { caseReference: `SAG-${id}`, caseWorker: TEST_USER, providerName: 'Bostedet Lærkereden' },
    ...overrides,
  };
}

function milestone(
  contractId: string,
  kind: Milestone['kind'],
  dueDate: string,
  extra: Partial<Milestone> = {},
): Milestone {
  const base = { contractId, caseId: 'case-1', title: 'Frist', status: 'open' as const, assignees: [] };
  return { id: `${contractId}-${kind}-${dueDate}`, kind, dueDate, ...base, ...extra };
}

describe('dueWindow and dueGroups', () => {
  it('puts open milestones in overdue, 30, 60 and 90 day windows, and nothing done or beyond', () => {
    const at = (date: string, status: Milestone['status'] = 'open') =>
      dueWindow(milestone('k', 'followUp', date, { status }), TODAY);
    expect(
      ['2026-03-14', '2026-03-15', '2026-04-14', '2026-04-15', '2026-05-14', '2026-06-13', '2026-06-14'].map((d) =>
        at(d),
      ),
    ).toEqual(['overdue', 'days30', 'days30', 'days60', 'days60', 'days90', undefined]);
    expect(at('2026-03-20', 'done')).toBeUndefined();
  });

  it('groups by kind in the kinds order, counts each window, and names the contract', () => {
    const groups = dueGroups(
      [
        milestone('k-1', 'expiry', '2026-05-01'),
        milestone('k-1', 'followUp', '2026-04-01'),
        milestone('k-2', 'followUp', '2026-03-01'),
        milestone('k-1', 'specialRateEnd', '2026-03-20'),
      ],
      new Map([
        ['k-1', 'Botilbud'],
        ['k-2', 'Aflastning'],
      ]),
      TODAY,
    );
    expect(groups.map((g) => g.kind)).toEqual(['specialRateEnd', 'followUp', 'expiry']);
    const followUps = groups[1]!;
    expect(followUps.counts).toEqual({ overdue: 1, days30: 1, days60: 0, days90: 0 });
    expect(followUps.items.map((m) => [m.contractTitle, m.status, m.window])).toEqual([
      ['Aflastning', 'overdue', 'overdue'],
      ['Botilbud', 'open', 'days30'],
    ]);
  });
});

describe('specialRateAlerts', () => {
  const special = { type: 'day' as const, amount: 400, reason: 'Ekstra støtte', startDate: '2026-01-01' };

  it('lists special rates ending within the due-soon days and those behind on monthly review', () => {
    const contracts = [
      contract('ending', { specialRate: { ...special, endDate: '2026-03-27', monthlyReview: false } }),
      contract('later', { specialRate: { ...special, endDate: '2026-06-30', monthlyReview: false } }),
      contract('review', { specialRate: { ...special, monthlyReview: true } }),
      contract('draft', { status: 'draft', specialRate: { ...special, endDate: '2026-03-20', monthlyReview: false } }),
    ];
    const open = [
      milestone('review', 'specialRateReview', '2026-03-01'),
      milestone('review', 'specialRateReview', '2026-02-01'),
      milestone('review', 'specialRateReview', '2026-04-01'),
    ];
    expect(specialRateAlerts(contracts, open, TODAY, 30).map((a) => [a.contractId, a.reason, a.days])).toEqual([
      ['ending', 'expiring', 12],
      ['review', 'reviewOverdue', 42],
    ]);
  });

  it('says nothing of a monthly-review special rate whose reviews are up to date', () => {
    const contracts = [contract('review', { specialRate: { ...special, monthlyReview: true } })];
    expect(specialRateAlerts(contracts, [milestone('review', 'specialRateReview', '2026-04-01')], TODAY, 30)).toEqual(
      [],
    );
  });
});

describe('followUpsDueBy and expensiveCases', () => {
  it('counts the follow-ups whose part of the year has ended', () => {
    expect([followUpsDueBy(4, '2026-01-31'), followUpsDueBy(4, '2026-04-01'), followUpsDueBy(3, '2026-12-31')]).toEqual(
      [0, 1, 2],
    );
  });

  it('takes the top N cases by summed active annual cost, with done follow-ups this year and missing ones', () => {
    const contracts = [
      contract('a1', { caseId: 'A', annualCost: 500_000 }),
      contract('a2', { caseId: 'A', annualCost: 400_000 }),
      contract('b1', { caseId: 'B', annualCost: 800_000 }),
      contract('c1', { caseId: 'C', annualCost: 100_000 }),
      contract('d1', { caseId: 'D', annualCost: 2_000_000, status: 'ended' }),
    ];
    const followUps = [
      milestone('a1', 'followUp', '2026-02-01', { status: 'done', doneAt: '2026-02-02T09:00:00Z' }),
      milestone('a2', 'followUp', '2025-12-01', { status: 'done', doneAt: '2025-12-01T09:00:00Z' }),
      milestone('b1', 'followUp', '2026-03-01'),
    ];
    const settings = { expensiveCases: { topN: 2, followUpsPerYear: 12 } };
    const cases = expensiveCases(contracts, followUps, settings, TODAY);
    expect(
      cases.map((c) => [c.caseId, c.contractId, c.annualCost, c.followUpsDone, c.followUpsDue, c.followUpsMissing]),
    ).toEqual([
      ['A', 'a1', 900_000, 1, 2, 1],
      ['B', 'b1', 800_000, 0, 2, 2],
    ]);
  });

  it('flags an overdue follow-up as missing even before any is due by the calendar', () => {
    const cases = expensiveCases(
      [contract('a1', { caseId: 'A' })],
      [milestone('a1', 'followUp', '2026-01-10')],
      { expensiveCases: { topN: 5, followUpsPerYear: 4 } },
      '2026-01-20',
    );
    expect(cases[0]).toMatchObject({ followUpsDue: 0, followUpsMissing: 1, followUpsRequired: 4 });
  });
});
