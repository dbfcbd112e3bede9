// The daily milestone job on both stores walks a municipality a page at a time: each page reads a bounded amount
// however many milestones there are, a run stopped part-way and resumed ends as one uninterrupted run does, with no
// notification put into the outbox twice, and a second run writes nothing.
import type { Milestone } from '@koberollen/shared/domain/contract';
import type { Notification } from '@koberollen/shared/domain/notification';

import { milestoneIndex } from '../../functions/src/indexes/milestone';
import { notificationIndex } from '../../functions/src/indexes/notification';
import { runForTenant } from '../../functions/src/jobs/milestoneJob';
import { MILESTONE_PAGE } from '../../functions/src/jobs/milestonePages';
import { collectAll } from '../../functions/src/records/collect';
import { adapters } from '../../functions/src/store/testing/adapters';
import { stoppingAfter } from '../../functions/src/store/testing/stoppingStore';
import type { Repository, WriteOp } from '../../functions/src/store/types';
import { countingStore, type Reads } from './support/countingStore';

jest.setTimeout(300_000);

const NOW = new Date('2026-05-10T04:00:00Z');
const people = [
  { userId: 'anna', name: 'Anna' },
  { userId: 'bo', name: 'Bo' },
];

/** `count` milestones, a third late, a third due within 30 days, a third later; every tenth done. */
function milestonesOf(count: number): Milestone[] {
  return Array.from({ length: count }, (_, i): Milestone => {
    const day = new Date(Date.UTC(2026, 4, 10 + ((i % 3) - 1) * 20 + (i % 7)));
    return {
      id: `m${String(i).padStart(5, '0')}`,
      contractId: `c${i % 50}`,
      caseId: `s${i % 50}`,
      kind: 'followUp',
      title: `Opfølgning ${i}`,
      dueDate: day.toISOString().slice(0, 10),
      status: i % 10 === 0 ? 'done' : 'open',
      assignees: i % 4 === 0 ? [people[0]!] : people,
    };
  });
}

/** A notification left from before for a milestone now done, later or gone: the job removes it. */
function staleNotification(milestone: Milestone): Notification {
  return {
    id: `${milestone.id}-bo`,
    userId: 'bo',
    milestoneId: milestone.id,
    contractId: milestone.contractId,
    kind: milestone.kind,
    status: 'open',
    title: milestone.title,
    dueDate: milestone.dueDate,
    createdAt: '2026-04-01T04:00:00.000Z',
    delivery: { state: 'sent', attempts: 1 },
  };
}

async function seed(store: Repository, tenantId: string, count: number): Promise<void> {
  const milestones = milestonesOf(count);
  const ops: WriteOp[] = [
    ...milestones.map((m): WriteOp => ({
      op: 'create',
      kind: 'milestone',
      id: m.id,
      body: m,
      index: milestoneIndex(m, 'active'),
    })),
    ...milestones
      .filter((_, i) => i % 4 === 0)
      .map(staleNotification)
      .map((n): WriteOp => ({ op: 'create', kind: 'notification', id: n.id, body: n, index: notificationIndex(n) })),
  ];
  for (let i = 0; i < ops.length; i += 100) await store.write(tenantId, ops.slice(i, i + 100));
}

/** What the job leaves: the milestones and notifications of the municipality, sorted by id. */
async function outcome(store: Repository, tenantId: string) {
  const byId = <T extends { id: string }>(items: T[]) => items.sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    milestones: byId(await collectAll<Milestone>(store, tenantId, 'milestone')),
    notifications: byId(await collectAll<Notification>(store, tenantId, 'notification')),
  };
}

/** Records the notifications each accepted write put in the outbox. */
function notifying(notified: string[]) {
  return {
    onWritten: (ops: WriteOp[]) => {
      for (const op of ops) if (op.kind === 'notification' && op.op === 'upsert') notified.push(op.id);
    },
  };
}

/** The most a page of the walk read: the reads between one list of milestones or notifications and the next. */
async function heaviestPage(store: Repository, tenantId: string): Promise<Reads> {
  const { store: counted, reads } = countingStore(store);
  const pages: Reads[] = [];
  let before = { ...reads };
  const paged = new Proxy(counted, {
    get(target, name, receiver) {
      if (name !== 'list') return Reflect.get(target, name, receiver) as unknown;
      return (...args: Parameters<Repository['list']>) => {
        pages.push({
          requests: reads.requests - before.requests,
          documents: reads.documents - before.documents,
          bytes: reads.bytes - before.bytes,
        });
        before = { ...reads };
        return target.list(...args);
      };
    },
  });
  await runForTenant(paged, tenantId, NOW);
  pages.push({ requests: reads.requests - before.requests, documents: reads.documents - before.documents, bytes: 0 });
  expect(pages.length).toBeGreaterThan(3);
  const most = (key: keyof Reads) => Math.max(...pages.map((page) => page[key]));
  return { requests: most('requests'), documents: most('documents'), bytes: most('bytes') };
}

/** The Cosmos DB emulation scans all it holds for each query: smaller municipalities there, still several pages. */
const runs = [
  { adapter: adapters[0]!, sizes: { whole: 900, small: 300, large: 1_500 } },
  { adapter: adapters[2]!, sizes: { whole: 500, small: 250, large: 1_000 } },
];

describe.each(runs)('on $adapter.name', ({ adapter, sizes }) => {
  let store: Repository;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ repo: store, stop } = await adapter.start());
    await Promise.all([seed(store, 'whole', sizes.whole), seed(store, 'resumed', sizes.whole)]);
    await Promise.all([seed(store, 'small', sizes.small), seed(store, 'large', sizes.large)]);
  }, 300_000);
  afterAll(() => stop());

  it('ends a run stopped part-way and resumed as one run ends, notifying each assignee once', async () => {
    const whole = await runForTenant(store, 'whole', NOW);
    expect(whole.markedOverdue).toBeGreaterThan(MILESTONE_PAGE / 2);
    expect(whole.notificationsRemoved).toBeGreaterThan(0);

    const notified: string[] = [];
    await expect(runForTenant(stoppingAfter(store, 2, notifying(notified)), 'resumed', NOW)).rejects.toThrow('Stopped');
    expect((await store.get('resumed', 'jobState', 'milestoneJob'))?.body).toMatchObject({ day: '2026-05-10' });
    await runForTenant(stoppingAfter(store, Infinity, notifying(notified)), 'resumed', NOW);
    expect(new Set(notified).size).toBe(notified.length);
    expect(notified).toHaveLength(whole.notificationsWritten);

    expect(await outcome(store, 'resumed')).toEqual(await outcome(store, 'whole'));
    expect(await store.get('resumed', 'jobState', 'milestoneJob')).toBeUndefined();

    const again: string[] = [];
    expect(await runForTenant(stoppingAfter(store, Infinity, notifying(again)), 'resumed', NOW)).toEqual({
      markedOverdue: 0,
      notificationsWritten: 0,
      notificationsRemoved: 0,
    });
    expect(again).toEqual([]);
  });

  it('reads a bounded amount per page, the same for four times the milestones or more', async () => {
    const small = await heaviestPage(store, 'small');
    const large = await heaviestPage(store, 'large');
    expect(large.requests).toBeLessThanOrEqual(4);
    expect(large.documents).toBeLessThanOrEqual(MILESTONE_PAGE * 4);
    expect(large.documents).toBeLessThanOrEqual(small.documents * 1.5);
    expect(large.bytes).toBeLessThanOrEqual(small.bytes * 1.5);
  });
});
