// Milestones through HTTP: status as of today, due-window and status filters on indexed fields, paging, tenants.
import type { Milestone } from '@koberollen/shared/domain/contract';

import { milestoneIndex } from '../../functions/src/indexes/milestone';
import { allPages, contractSetup, createContract, expectStatus, NOW, useCaseHost } from './support/caseFixtures';
import { TENANT_A } from './support/host';

const { host, a, b, contract } = useCaseHost('contract');

type Item = Pick<Milestone, 'id' | 'kind' | 'dueDate' | 'status'>;

async function list(query: string, token = a.caseworker): Promise<Item[]> {
  const answer = expectStatus(
    await host.call('GET', `/api/milestones?contractId=${contract.id}&${query}`, { token }),
    200,
  );
  return answer.body.items;
}

const summary = (items: Item[]) => items.map((m) => `${m.dueDate} ${m.kind} ${m.status}`);

/** Writes a milestone's stored status as the nightly job or the "done" action would. */
async function storeStatus(id: string, status: Milestone['status']) {
  const doc = await host.services.store.get<Milestone>(TENANT_A, 'milestone', id);
  const body: Milestone = { ...doc!.body, status, ...(status === 'done' ? { doneAt: NOW.toISOString() } : {}) };
  await host.services.store.write(TENANT_A, [
    { op: 'upsert', kind: 'milestone', id, body, index: milestoneIndex(body, 'active') },
  ]);
}

describe('GET /api/milestones', () => {
  it('reports open milestones due before today as overdue, and finds them with status=overdue', async () => {
    expect(summary(await list('status=overdue'))).toEqual(['2026-03-01 specialRateReview overdue']);
    const stored = await host.services.store.get<Milestone>(
      TENANT_A,
      'milestone',
      `${contract.id}-specialRateReview-2026-03-01`,
    );
    expect(stored!.body.status).toBe('open');
  });

  it('lists milestones not done due within N days, overdue ones included, ordered by due date', async () => {
    expect(summary(await list('dueWithinDays=20'))).toEqual([
      '2026-03-01 specialRateReview overdue',
      // Same day: by id, which holds the kind.
      '2026-04-01 followUp open',
      '2026-04-01 renegotiation open',
      '2026-04-01 specialRateReview open',
    ]);
    expect(summary(await list('dueWithinDays=20&status=open'))).toHaveLength(3);
    expect(await list('dueWithinDays=0&status=open')).toEqual([]);
  });

  it('follows stored statuses: done ones leave the overdue and due lists, ones marked overdue stay found', async () => {
    const { refs } = await contractSetup(host, TENANT_A, a);
    const other = (await createContract(host, a.caseworker, refs, { startDate: '2025-10-01' })).id;
    const url = (query: string) => `/api/milestones?contractId=${other}&${query}`;
    const overdue = expectStatus(await host.call('GET', url('status=overdue'), { token: a.manager }), 200).body.items;
    expect(summary(overdue)).toEqual([
      '2026-01-01 followUp overdue',
      '2026-01-01 regulation overdue',
      '2026-03-01 specialRateReview overdue',
    ]);
    await storeStatus(overdue[0].id, 'done');
    await storeStatus(overdue[2].id, 'overdue');
    const after = expectStatus(await host.call('GET', url('status=overdue'), { token: a.manager }), 200).body.items;
    expect(summary(after)).toEqual(['2026-01-01 regulation overdue', '2026-03-01 specialRateReview overdue']);
    const due = expectStatus(await host.call('GET', url('dueWithinDays=30'), { token: a.manager }), 200).body.items;
    expect(due.map((m: Item) => m.id)).not.toContain(overdue[0].id);
    const done = expectStatus(await host.call('GET', url('status=done'), { token: a.manager }), 200).body.items;
    expect(summary(done)).toEqual(['2026-01-01 followUp done']);
  });

  it('filters by assignee and case, and is readable by every role', async () => {
    for (const role of ['caseworker', 'negotiator', 'procurement', 'finance', 'manager', 'admin'] as const) {
      expect((await list('assignee=neg-1&limit=1', a[role])).length).toBe(1);
    }
    expect(await list('assignee=someone-else')).toEqual([]);
    expect(await list('caseId=another-case')).toEqual([]);
  });

  it("names each listed milestone's contract, case and provider on request, and only then", async () => {
    const path = `/api/milestones?contractId=${contract.id}&dueWithinDays=20`;
    const plain = expectStatus(await host.call('GET', path, { token: a.negotiator }), 200).body;
    expect(plain.contracts).toBeUndefined();
    const named = expectStatus(await host.call('GET', `${path}&withContracts=true`, { token: a.negotiator }), 200).body;
    expect(named.items).toEqual(plain.items);
    const stored = expectStatus(await host.call('GET', `/api/contracts/${contract.id}`, { token: a.negotiator }), 200);
    const { title, parties } = stored.body;
    expect(parties.caseReference).toMatch(/\S/);
    expect(named.contracts).toEqual({
      [contract.id]: { title, caseReference: parties.caseReference, providerName: parties.providerName },
    });
  });

  it('pages in due-date order with continuation tokens', async () => {
    const { items, pages } = await allPages(host, a.manager, `/api/milestones?contractId=${contract.id}`, 7);
    expect(items).toHaveLength(33);
    expect(pages).toBe(5);
    expect(new Set(items.map((m) => m.id)).size).toBe(33);
    const dates = (items as Item[]).map((m) => m.dueDate);
    expect(dates).toEqual([...dates].sort());
  });

  it("keeps tenants apart: another tenant's milestones are not listed", async () => {
    const answer = expectStatus(
      await host.call('GET', `/api/milestones?contractId=${contract.id}`, { token: b.manager }),
      200,
    );
    expect(answer.body.items).toEqual([]);
    const all = await allPages(host, b.manager, '/api/milestones', 200);
    expect(all.items.filter((m) => m.id.startsWith(contract.id))).toEqual([]);
  });

  it('refuses bad query values (400) and anonymous callers (401)', async () => {
    for (const query of ['dueWithinDays=-1', 'dueWithinDays=soon', 'status=late', 'colour=red', 'limit=500']) {
      expect((await host.call('GET', `/api/milestones?${query}`, { token: a.caseworker })).status).toBe(400);
    }
    expect((await host.call('GET', '/api/milestones')).status).toBe(401);
  });
});
