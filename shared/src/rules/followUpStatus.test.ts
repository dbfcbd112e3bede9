// Tests for a case's follow-up status from its milestones.
import type { Milestone } from '../domain/contract';
import { caseFollowUps, followUpStatus, followUpStatusOf } from './followUpStatus';

const milestone = (id: string, kind: Milestone['kind'], dueDate: string, status: Milestone['status']): Milestone => ({
  id,
  contractId: 'k-1',
  caseId: 'case-1',
  kind,
  title: id,
  dueDate,
  status,
  assignees: [],
});

describe('followUpStatus', () => {
  it('is overdue when the earliest open follow-up is past, planned when it is ahead, and none without one', () => {
    const done = milestone('f-0', 'followUp', '2026-01-10', 'done');
    const next = milestone('f-2', 'followUp', '2026-06-10', 'open');
    const late = milestone('f-1', 'followUp', '2026-03-01', 'open');
    const expiry = milestone('e-1', 'expiry', '2026-02-01', 'open');
    expect(followUpStatus([next, done, late, expiry], '2026-03-15')).toEqual({
      state: 'overdue',
      nextDue: '2026-03-01',
      lastDone: '2026-01-10',
    });
    expect(followUpStatus([next, done], '2026-03-15')).toEqual({
      state: 'planned',
      nextDue: '2026-06-10',
      lastDone: '2026-01-10',
    });
    expect(followUpStatus([done, expiry], '2026-03-15')).toEqual({ state: 'none', lastDone: '2026-01-10' });
  });
});

describe('caseFollowUps and followUpStatusOf', () => {
  const done = (id: string, dueDate: string, doneAt: string): Milestone => ({
    ...milestone(id, 'followUp', dueDate, 'done'),
    doneAt,
  });

  it('keeps the open follow-ups and those done from the year derived on, and reads overdue against the day asked', () => {
    const kept = caseFollowUps(
      [
        milestone('f-3', 'followUp', '2026-04-01', 'overdue'),
        done('f-1', '2025-12-01', '2025-12-02T10:00:00Z'),
        done('f-2', '2026-01-10', '2026-01-12T10:00:00Z'),
        milestone('e-1', 'expiry', '2026-02-01', 'open'),
      ],
      '2026-03-15',
    );
    expect(kept).toEqual({
      entries: [
        { contractId: 'k-1', dueDate: '2026-01-10', status: 'done', doneAt: '2026-01-12T10:00:00Z' },
        { contractId: 'k-1', dueDate: '2026-04-01', status: 'open' },
      ],
      lastDone: '2026-01-10',
    });
    expect(followUpStatusOf(kept, '2026-03-15')).toEqual({
      state: 'planned',
      nextDue: '2026-04-01',
      lastDone: '2026-01-10',
    });
    // Derived in March, read in May: the same follow-up is now overdue.
    expect(followUpStatusOf(kept, '2026-05-02').state).toBe('overdue');
    expect(followUpStatusOf({ entries: [] }, '2026-05-02')).toEqual({ state: 'none' });
  });
});
