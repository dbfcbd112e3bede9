// The due-count upgrade on both stores: milestones stored before follow-up kept its day buckets are counted after one
// run, each batch is audited, and a second run writes nothing.
import type { Milestone } from '@koberollen/shared/domain/contract';

import { milestoneIndex } from '../indexes/milestone';
import { adapters, onStore } from '../store/testing/adapters';
import { type IndexFields, type Repository, SYSTEM_PARTITION, type WriteOp } from '../store/types';
import { upgradeDueKeys } from './upgradeDueKeys';

const NOW = new Date('2026-03-01T09:00:00Z');

const milestone = (i: number, status: Milestone['status']): Milestone =>
  ({
    id: `m${i}`,
    contractId: 'k1',
    caseId: 's1',
    kind: i % 2 === 0 ? 'expiry' : 'regulation',
    title: 'Frist',
    dueDate: `2026-04-${String(1 + (i % 3)).padStart(2, '0')}`,
    status,
    assignees: [],
  }) as unknown as Milestone;

/** The index an earlier version wrote: everything but the day bucket. */
function indexAsBefore(m: Milestone): IndexFields {
  const { dueKey: _dropped, ...index } = milestoneIndex(m, 'active');
  return index;
}

describe.each(adapters)('upgradeDueKeys ($name)', (adapter) => {
  let repo: Repository;
  let tenant: string;
  onStore(adapter, (store) => ({ repo, tenant } = store));

  it('counts the milestones stored before, once', async () => {
    await repo.write(SYSTEM_PARTITION, [{ op: 'upsert', kind: 'tenant', id: tenant, body: { id: tenant } }]);
    const stored = Array.from({ length: 130 }, (_, i) => milestone(i, i % 10 === 0 ? 'done' : 'open'));
    const ops = stored.map((m): WriteOp => ({
      op: 'create',
      kind: 'milestone',
      id: m.id,
      body: m,
      index: indexAsBefore(m),
    }));
    for (let i = 0; i < ops.length; i += 50) await repo.write(tenant, ops.slice(i, i + 50));
    expect(await repo.tally(tenant, 'milestone')).toEqual({});

    const first = await upgradeDueKeys(repo, NOW);
    const open = stored.filter((m) => m.status !== 'done');
    expect(first).toMatchObject({ rewritten: open.length, skipped: 0 });
    const expected: Record<string, number> = {};
    for (const m of open) expected[`${m.kind}~${m.dueDate}`] = (expected[`${m.kind}~${m.dueDate}`] ?? 0) + 1;
    expect(await repo.tally(tenant, 'milestone')).toEqual(expected);
    const audits = await repo.count(tenant, 'audit');
    expect(audits).toBe(2);

    expect(await upgradeDueKeys(repo, NOW)).toEqual({ tenants: 0, rewritten: 0, skipped: 0 });
    expect(await repo.count(tenant, 'audit')).toBe(audits);
    expect(await repo.tally(tenant, 'milestone')).toEqual(expected);
  });
});
