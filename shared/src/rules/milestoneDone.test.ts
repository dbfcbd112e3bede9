// Tests for marking a milestone done, the follow-up that comes next, and undoing a mistaken done.
import type { Milestone } from '../domain/contract';
import { completeMilestone, reopenMilestone } from './milestoneDone';
import { TEST_USER } from './testFixtures';

function milestone(kind: Milestone['kind'], dueDate: string, overrides: Partial<Milestone> = {}): Milestone {
  return {
    id: `k-1-${kind}-${dueDate}`,
    contractId: 'k-1',
    caseId: 'case-1',
    kind,
    title: 'Opfølgning',
    dueDate,
    status: 'open',
    assignees: [TEST_USER],
    ...overrides,
  };
}

const completion = { by: TEST_USER, at: '2026-04-02T08:00:00Z', note: 'Møde holdt med leverandøren' };
const terms = { followUpCadenceMonths: 3, endDate: '2027-12-31' };

describe('completeMilestone', () => {
  it('records who, when and what, and leaves other kinds without a next one', () => {
    const result = completeMilestone(milestone('renegotiation', '2026-04-01'), completion, terms, []);
    expect(result.done).toMatchObject({
      status: 'done',
      doneAt: completion.at,
      doneBy: TEST_USER,
      doneNote: 'Møde holdt med leverandøren',
    });
    expect(result.next).toBeUndefined();
  });

  it('answers the open follow-up already due within a cadence of the done day', () => {
    const current = milestone('followUp', '2026-04-01');
    const later = milestone('followUp', '2026-07-01');
    const result = completeMilestone(current, completion, terms, [current, milestone('followUp', '2026-10-01'), later]);
    expect(result.next).toEqual({ milestone: later, created: false });
    expect(result.done.nextId).toBeUndefined();
  });

  it('creates the next follow-up a cadence after the done day when none is scheduled', () => {
    const current = milestone('followUp', '2026-04-01');
    const result = completeMilestone(current, completion, terms, [current, milestone('followUp', '2026-10-01')]);
    expect(result.next?.created).toBe(true);
    expect(result.next?.milestone).toMatchObject({
      id: 'k-1-followUp-2026-07-02',
      dueDate: '2026-07-02',
      status: 'open',
      derivedFrom: current.id,
    });
    expect(result.done.nextId).toBe('k-1-followUp-2026-07-02');
  });

  it('counts the cadence from the due date when done early, so the schedule stands', () => {
    const current = milestone('followUp', '2026-04-01');
    const scheduled = milestone('followUp', '2026-07-01');
    const early = { ...completion, at: '2026-03-15T08:00:00Z' };
    expect(completeMilestone(current, early, terms, [current, scheduled]).next).toEqual({
      milestone: scheduled,
      created: false,
    });
    expect(completeMilestone(current, early, terms, [current]).next?.milestone.dueDate).toBe('2026-07-01');
  });

  it('creates none on or after the contract end, and refuses a milestone already done', () => {
    const current = milestone('followUp', '2026-04-01');
    expect(completeMilestone(current, completion, { ...terms, endDate: '2026-07-02' }, []).next).toBeUndefined();
    expect(() => completeMilestone({ ...current, status: 'done' }, completion, terms, [])).toThrow('allerede');
  });
});

describe('reopenMilestone', () => {
  const current = milestone('followUp', '2026-04-01');
  const { done, next } = completeMilestone(current, completion, terms, []);
  const created = next!.milestone;

  it('opens the milestone again without its done record and removes the untouched follow-up it created', () => {
    const result = reopenMilestone(done, created);
    expect(result.reopened).toEqual(current);
    expect(result.removeId).toBe(created.id);
  });

  it('keeps a created follow-up that was since booked or done, and refuses one not done', () => {
    const booked = {
      ...created,
      meeting: { eventId: 'e', start: '2026-07-02T10:00', bookedAt: completion.at, bookedBy: TEST_USER },
    };
    expect(reopenMilestone(done, booked).removeId).toBeUndefined();
    expect(reopenMilestone(done, { ...created, status: 'done' }).removeId).toBeUndefined();
    expect(() => reopenMilestone(current, undefined)).toThrow('ikke markeret');
  });
});
