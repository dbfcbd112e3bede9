// Tests for a case's follow-up status from its milestones.
import type { Milestone } from '../domain/contract';
import { followUpStatus } from './followUpStatus';

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
