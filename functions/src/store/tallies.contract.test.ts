// The counts every store keeps of a tallied kind (see tallies.ts) follow each kind of write, roll back with a refused
// batch, and lose nothing when two writers change one municipality's milestones at once.
import { PreconditionFailedError } from '@koberollen/shared/errors';

import { adapters, onStore } from './testing/adapters';
import type { Repository, WriteOp } from './types';

describe.each(adapters)('Tallies ($name)', (adapter) => {
  let repo: Repository;
  let tenant: string;
  onStore(adapter, (store) => ({ repo, tenant } = store));

  const milestone = (op: 'create' | 'upsert' | 'replace', id: string, dueKey?: string, ifMatch?: string): WriteOp =>
    op === 'replace'
      ? { op, kind: 'milestone', id, body: { id }, index: { dueKey, kind: 'x' }, ifMatch }
      : { op, kind: 'milestone', id, body: { id }, index: { dueKey, kind: 'x' } };

  it('counts documents per value as they are created, moved, uncounted and deleted', async () => {
    await repo.write(tenant, [
      milestone('create', 'm1', 'expiry~2026-04-01'),
      milestone('create', 'm2', 'expiry~2026-04-01'),
      milestone('upsert', 'm3', 'regulation~2027-01-01'),
      milestone('create', 'm4'),
      { op: 'create', kind: 'case', id: 'c1', body: {}, index: { dueKey: 'expiry~2026-04-01' } },
    ]);
    expect(await repo.tally(tenant, 'milestone')).toEqual({ 'expiry~2026-04-01': 2, 'regulation~2027-01-01': 1 });
    await repo.write(tenant, [
      milestone('replace', 'm1', 'expiry~2026-05-01'),
      milestone('upsert', 'm3'),
      milestone('upsert', 'm4', 'expiry~2026-05-01'),
      { op: 'delete', kind: 'milestone', id: 'm2' },
    ]);
    expect(await repo.tally(tenant, 'milestone')).toEqual({ 'expiry~2026-05-01': 2 });
    expect(await repo.tally(tenant, 'case')).toEqual({});
  });

  it('keeps the counts of a refused write', async () => {
    const [m1] = await repo.write(tenant, [milestone('create', 'm1', 'expiry~2026-04-01')]);
    await repo.write(tenant, [milestone('replace', 'm1', 'expiry~2026-04-02')]);
    await expect(
      repo.write(tenant, [milestone('replace', 'm1', 'expiry~2026-04-03', m1!.etag)]),
    ).rejects.toBeInstanceOf(PreconditionFailedError);
    expect(await repo.tally(tenant, 'milestone')).toEqual({ 'expiry~2026-04-02': 1 });
  });

  it('loses no count when writers change milestones at once', async () => {
    const ids = Array.from({ length: 6 }, (_, i) => `m${i}`);
    await Promise.all(ids.map((id) => repo.write(tenant, [milestone('create', id, 'expiry~2026-04-01')])));
    await Promise.all(
      ids.map((id, i) => repo.write(tenant, [milestone('upsert', id, `expiry~2026-04-0${2 + (i % 3)}`)])),
    );
    expect(await repo.tally(tenant, 'milestone')).toEqual({
      'expiry~2026-04-02': 2,
      'expiry~2026-04-03': 2,
      'expiry~2026-04-04': 2,
    });
  });
});
