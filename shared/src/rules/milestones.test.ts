// Tests for contract milestones: generation, status on a day, due-soon and merging with stored ones.
import type { Milestone } from '../domain/contract';
import {
  caseAssignees,
  isDueWithin,
  MAX_RECURRING,
  mergeMilestones,
  milestonesForContract,
  milestoneStatus,
} from './milestones';
import { TEST_USER, testCase, testContract } from './testFixtures';

const caseInfo = { caseId: 'case-1', assignees: [TEST_USER] };

function dueDates(milestones: Milestone[], kind: Milestone['kind']): string[] {
  return milestones.filter((m) => m.kind === kind).map((m) => m.dueDate);
}

describe('milestonesForContract', () => {
  const contract = {
    ...testContract({
      startDate: '2026-01-01',
      endDate: '2027-12-31',
      renegotiationDate: '2026-09-01',
      followUpCadenceMonths: 6,
      noticePeriodMonths: 3,
      priceRegulation: { basis: 'kl', month: 1 },
    }),
    id: 'k-1',
  };
  const milestones = milestonesForContract(contract, caseInfo);

  it('makes the one-off milestones', () => {
    expect(dueDates(milestones, 'renegotiation')).toEqual(['2026-09-01']);
    expect(dueDates(milestones, 'noticeDeadline')).toEqual(['2027-09-30']);
    expect(dueDates(milestones, 'expiry')).toEqual(['2027-12-31']);
  });

  it('makes follow-ups every cadence from the start until the end', () => {
    expect(dueDates(milestones, 'followUp')).toEqual(['2026-07-01', '2027-01-01', '2027-07-01']);
  });

  it('makes the annual regulation on the 1st of the month in each year after the start year', () => {
    expect(dueDates(milestones, 'regulation')).toEqual(['2027-01-01']);
  });

  it('uses deterministic ids, Danish titles, open status and the assignees, sorted by due date', () => {
    const expiry = milestones.find((m) => m.kind === 'expiry');
    expect(expiry).toEqual({
      id: 'k-1-expiry-2027-12-31',
      contractId: 'k-1',
      caseId: 'case-1',
      kind: 'expiry',
      title: 'Kontrakten udløber',
      dueDate: '2027-12-31',
      status: 'open',
      assignees: [TEST_USER],
    });
    expect(milestones.map((m) => m.title)).toContain('Sidste frist for opsigelse');
    const dates = milestones.map((m) => m.dueDate);
    expect(dates).toEqual([...dates].sort());
    expect(milestonesForContract(contract, caseInfo)).toEqual(milestones);
  });

  it('makes a special rate end milestone', () => {
    const withEnd = milestonesForContract(
      {
        ...contract,
        specialRate: {
          type: 'day',
          amount: 500,
          reason: 'Ekstra nattevagt',
          startDate: '2026-02-01',
          endDate: '2026-05-31',
          monthlyReview: false,
        },
      },
      caseInfo,
    );
    expect(withEnd.find((m) => m.kind === 'specialRateEnd')).toMatchObject({
      title: 'Særtaksten udløber',
      dueDate: '2026-05-31',
    });
    expect(dueDates(withEnd, 'specialRateReview')).toEqual([]);
  });

  it('reviews a special rate monthly until it ends, clamping month ends', () => {
    const special = {
      type: 'day' as const,
      amount: 500,
      reason: 'Ekstra nattevagt',
      startDate: '2026-01-31',
      monthlyReview: true,
    };
    const reviews = milestonesForContract(
      { ...contract, specialRate: { ...special, endDate: '2026-05-31' } },
      caseInfo,
    );
    expect(dueDates(reviews, 'specialRateReview')).toEqual(['2026-02-28', '2026-03-31', '2026-04-30']);
    expect(dueDates(reviews, 'specialRateEnd')).toEqual(['2026-05-31']);
    expect(reviews.find((m) => m.kind === 'specialRateReview')?.title).toBe('Månedlig opfølgning på særtaksten');
  });

  it('stops open-ended monthly reviews at the contract end', () => {
    const special = {
      type: 'day' as const,
      amount: 500,
      reason: 'Ekstra nattevagt',
      startDate: '2027-09-15',
      monthlyReview: true,
    };
    const reviews = milestonesForContract({ ...contract, specialRate: special }, caseInfo);
    expect(dueDates(reviews, 'specialRateReview')).toEqual(['2027-10-15', '2027-11-15', '2027-12-15']);
  });

  it('uses 24 months after the start as horizon without an end date, and makes no notice or expiry', () => {
    const open = milestonesForContract(
      {
        ...testContract({
          startDate: '2024-01-31',
          followUpCadenceMonths: 1,
          priceRegulation: { basis: 'kl', month: 3 },
        }),
        id: 'k-2',
      },
      caseInfo,
    );
    const followUps = dueDates(open, 'followUp');
    expect(followUps).toHaveLength(24);
    expect(followUps.slice(0, 3)).toEqual(['2024-02-29', '2024-03-31', '2024-04-30']);
    expect(followUps.at(-1)).toBe('2026-01-31');
    expect(dueDates(open, 'regulation')).toEqual(['2025-03-01']);
    expect(dueDates(open, 'noticeDeadline')).toEqual([]);
    expect(dueDates(open, 'expiry')).toEqual([]);
  });

  it('honours an explicit horizon and caps long series', () => {
    const base = { ...testContract({ startDate: '2026-01-01', followUpCadenceMonths: 1 }), id: 'k-3' };
    expect(dueDates(milestonesForContract(base, caseInfo, { horizonEnd: '2026-04-01' }), 'followUp')).toEqual([
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
    ]);
    const far = milestonesForContract(base, caseInfo, { horizonEnd: '2100-01-01' });
    expect(dueDates(far, 'followUp')).toHaveLength(MAX_RECURRING);
  });

  it('makes no regulation for fixed prices', () => {
    const fixed = milestonesForContract({ ...contract, priceRegulation: { basis: 'none', month: 1 } }, caseInfo);
    expect(dueDates(fixed, 'regulation')).toEqual([]);
  });

  it('sets the notice deadline with month-end clamping and zero notice', () => {
    const clamp = milestonesForContract({ ...contract, endDate: '2027-05-31', noticePeriodMonths: 3 }, caseInfo);
    expect(dueDates(clamp, 'noticeDeadline')).toEqual(['2027-02-28']);
    const none = milestonesForContract({ ...contract, noticePeriodMonths: 0 }, caseInfo);
    expect(dueDates(none, 'noticeDeadline')).toEqual(['2027-12-31']);
  });
});

function milestone(overrides: Partial<Milestone> = {}): Milestone {
  return {
    id: 'k-1-followUp-2026-07-01',
    contractId: 'k-1',
    caseId: 'case-1',
    kind: 'followUp',
    title: 'Opfølgning',
    dueDate: '2026-07-01',
    status: 'open',
    assignees: [TEST_USER],
    ...overrides,
  };
}

describe('milestoneStatus', () => {
  it('is open until the due date and overdue after it', () => {
    expect(milestoneStatus(milestone(), '2026-06-30')).toBe('open');
    expect(milestoneStatus(milestone(), '2026-07-01')).toBe('open');
    expect(milestoneStatus(milestone(), '2026-07-02')).toBe('overdue');
    expect(milestoneStatus(milestone(), new Date('2026-07-01T22:30:00Z'))).toBe('overdue');
  });

  it('keeps done as done', () => {
    expect(milestoneStatus(milestone({ status: 'done', doneAt: '2026-07-03T10:00:00+02:00' }), '2027-01-01')).toBe(
      'done',
    );
  });
});

describe('isDueWithin', () => {
  it('is true from today up to the given number of days ahead', () => {
    expect(isDueWithin(milestone(), '2026-06-01', 30)).toBe(true);
    expect(isDueWithin(milestone(), '2026-05-31', 30)).toBe(false);
    expect(isDueWithin(milestone(), '2026-07-01', 0)).toBe(true);
  });

  it('is false for overdue and done milestones', () => {
    expect(isDueWithin(milestone(), '2026-07-02', 30)).toBe(false);
    expect(isDueWithin(milestone({ status: 'done' }), '2026-06-20', 30)).toBe(false);
  });
});

describe('mergeMilestones', () => {
  const doneAt = '2026-07-02T10:00:00+02:00';

  it('keeps the done status and time of existing milestones with the same id', () => {
    const generated = [milestone(), milestone({ id: 'k-1-followUp-2027-01-01', dueDate: '2027-01-01' })];
    const merged = mergeMilestones([milestone({ status: 'done', doneAt })], generated);
    expect(merged.map((m) => [m.id, m.status, m.doneAt])).toEqual([
      ['k-1-followUp-2026-07-01', 'done', doneAt],
      ['k-1-followUp-2027-01-01', 'open', undefined],
    ]);
  });

  it('keeps who marked it done, the note and the follow-up it created, and that follow-up too', () => {
    const by = { userId: 'u-2', name: 'Niels Forhandler' };
    const derived = milestone({
      id: 'k-1-followUp-2026-10-02',
      dueDate: '2026-10-02',
      derivedFrom: 'k-1-followUp-2026-07-01',
    });
    const done = milestone({ status: 'done', doneAt, doneBy: by, doneNote: 'Holdt', nextId: derived.id });
    const merged = mergeMilestones([done, derived], [milestone()]);
    expect(merged).toEqual([done, derived]);
  });

  it('keeps the meeting booked for an open milestone with the same id', () => {
    const meeting = {
      eventId: 'AAMkAG-1',
      start: '2026-06-24T10:00',
      bookedAt: doneAt,
      bookedBy: { userId: 'u-1', name: 'Sara Sagsbehandler' },
    };
    const [merged] = mergeMilestones([milestone({ meeting })], [milestone({ title: 'Ny titel' })]);
    expect([merged?.title, merged?.meeting]).toEqual(['Ny titel', meeting]);
  });

  it('takes new titles and assignees from the generated milestone', () => {
    const other = { userId: 'u-2', name: 'Niels Forhandler' };
    const [merged] = mergeMilestones([milestone({ status: 'done', doneAt })], [milestone({ assignees: [other] })]);
    expect(merged?.assignees).toEqual([other]);
  });

  it('keeps done milestones no longer generated and drops open ones', () => {
    const existing = [
      milestone({
        id: 'k-1-renegotiation-2026-03-01',
        kind: 'renegotiation',
        dueDate: '2026-03-01',
        status: 'done',
        doneAt,
      }),
      milestone({ id: 'k-1-renegotiation-2026-09-01', kind: 'renegotiation', dueDate: '2026-09-01' }),
    ];
    const merged = mergeMilestones(existing, [milestone()]);
    expect(merged.map((m) => m.id)).toEqual(['k-1-renegotiation-2026-03-01', 'k-1-followUp-2026-07-01']);
  });

  it('returns the generated milestones when nothing exists', () => {
    expect(mergeMilestones([], [milestone()])).toEqual([milestone()]);
    expect(mergeMilestones([], [])).toEqual([]);
  });
});

describe('caseAssignees', () => {
  const negotiator = { userId: 'u-2', name: 'Niels Forhandler' };

  it('is the case worker alone when the case has no negotiator', () => {
    expect(caseAssignees(testCase())).toEqual([TEST_USER]);
  });

  it('adds the negotiator after the case worker', () => {
    expect(caseAssignees(testCase({ negotiator }))).toEqual([TEST_USER, negotiator]);
  });

  it('names a case worker who is also the negotiator once', () => {
    expect(caseAssignees(testCase({ negotiator: TEST_USER }))).toEqual([TEST_USER]);
  });
});
