// Contracts through HTTP: references, annual cost, special-rate rule, milestones written with the contract, ETags.
import type { Milestone } from '@koberollen/shared/domain/contract';

import { milestoneIndex } from '../../functions/src/indexes/milestone';
import {
  allPages,
  auditActions,
  CASEWORKER,
  contractBody,
  contractSetup,
  createContract,
  expectStatus,
  NEGOTIATOR,
  NOW,
  useCaseHost,
} from './support/caseFixtures';
import { TENANT_A } from './support/host';

const { host, a, b, refs } = useCaseHost('refs');

interface MilestoneItem {
  id: string;
  kind: string;
  dueDate: string;
  status: string;
  assignees: { userId: string }[];
}

async function milestonesOf(contractId: string): Promise<MilestoneItem[]> {
  const { items } = await allPages(host, a.manager, `/api/milestones?contractId=${contractId}`, 200);
  return items as MilestoneItem[];
}

describe('POST /api/contracts', () => {
  it('stores the contract with its annual cost and audits it', async () => {
    const answer = expectStatus(
      await host.call('POST', '/api/contracts', { token: a.negotiator, body: contractBody(refs) }),
      201,
    );
    expect(answer.headers.get('location')).toBe(`/api/contracts/${answer.body.id}`);
    // 2.500 kr. a day plus the running special rate of 500 kr. a day, 365 days.
    expect(answer.body).toMatchObject({ ...refs, status: 'draft', annualCost: 1_095_000, clauseVersions: [] });
    expect(await auditActions(host, a.admin, answer.body.id)).toEqual(['create']);
  });

  it('writes the milestones with the contract, visible through GET /api/milestones', async () => {
    const contract = await createContract(host, a.caseworker, refs);
    const milestones = await milestonesOf(contract.id);
    const kinds = (kind: string) => milestones.filter((m) => m.kind === kind).map((m) => m.dueDate);
    expect(kinds('renegotiation')).toEqual(['2026-04-01']);
    expect(kinds('followUp')).toEqual([
      '2026-04-01',
      '2026-07-01',
      '2026-10-01',
      '2027-01-01',
      '2027-04-01',
      '2027-07-01',
      '2027-10-01',
    ]);
    expect(kinds('regulation')).toEqual(['2027-01-01']);
    expect(kinds('noticeDeadline')).toEqual(['2027-09-30']);
    expect(kinds('expiry')).toEqual(['2027-12-31']);
    expect(kinds('specialRateReview')).toHaveLength(22);
    expect(kinds('specialRateReview')[0]).toBe('2026-03-01');
    expect(milestones.map((m) => m.dueDate)).toEqual([...milestones.map((m) => m.dueDate)].sort());
    expect(milestones[0]).toMatchObject({ kind: 'specialRateReview', dueDate: '2026-03-01', status: 'overdue' });
    expect(milestones[1]!.status).toBe('open');
    for (const m of milestones)
      expect(m.assignees.map((p) => p.userId)).toEqual([CASEWORKER.userId, NEGOTIATOR.userId]);
  });

  it('refuses a special rate without an end date or monthly review with 400', async () => {
    const specialRate = { type: 'day', amount: 300, reason: 'Ekstra støtte', startDate: '2026-02-01' };
    const answer = await host.call('POST', '/api/contracts', {
      token: a.caseworker,
      body: contractBody(refs, { specialRate }),
    });
    expect(answer.status).toBe(400);
    expect(answer.body.fields['specialRate.endDate']).toBe(
      'En særtakst skal have en slutdato eller månedlig opfølgning',
    );
    const withEnd = contractBody(refs, { specialRate: { ...specialRate, endDate: '2026-06-30' } });
    expectStatus(await host.call('POST', '/api/contracts', { token: a.caseworker, body: withEnd }), 201);
  });

  it('names every reference the tenant does not have, including an offer the provider lacks', async () => {
    const body = contractBody({ caseId: 'nope', providerId: refs.providerId, offerId: 'no-offer', templateId: 'nope' });
    const answer = await host.call('POST', '/api/contracts', { token: a.caseworker, body });
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.fields).sort()).toEqual(['caseId', 'offerId', 'templateId']);
    const otherTenant = await host.call('POST', '/api/contracts', { token: b.caseworker, body: contractBody(refs) });
    expect(otherTenant.status).toBe(400);
    expect(Object.keys(otherTenant.body.fields).sort()).toEqual(['caseId', 'providerId', 'templateId']);
  });

  it('refuses unknown and server-owned fields, bad values and a CPR number', async () => {
    const owned = await host.call('POST', '/api/contracts', {
      token: a.caseworker,
      body: contractBody(refs, { annualCost: 1 }),
    });
    expect(owned.status).toBe(400);
    expect(owned.body.fields).toHaveProperty('annualCost');
    const noRates = await host.call('POST', '/api/contracts', {
      token: a.caseworker,
      body: contractBody(refs, { rates: [] }),
    });
    expect(noRates.body.fields).toHaveProperty('rates');
    const backwards = await host.call('POST', '/api/contracts', {
      token: a.caseworker,
      body: contractBody(refs, { endDate: '2025-12-31' }),
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.fields).toHaveProperty('endDate');
    const cpr = await host.call('POST', '/api/contracts', {
      token: a.caseworker,
      body: contractBody(refs, { notes: 'cpr 111111-1118' }),
    });
    expect(cpr.status).toBe(422);
  });

  it.each(['procurement', 'finance', 'manager', 'admin'] as const)('refuses %s with 403', async (role) => {
    expect((await host.call('POST', '/api/contracts', { token: a[role], body: contractBody(refs) })).status).toBe(403);
  });
});

describe('GET /api/contracts', () => {
  it('filters by case and provider, pages, and hides other tenants', async () => {
    const { refs: own } = await contractSetup(host, TENANT_A, a);
    const ids = [];
    for (let i = 0; i < 3; i++)
      ids.push((await createContract(host, a.caseworker, own, { title: `Kontrakt ${i}` })).id);
    const byCase = await allPages(host, a.finance, `/api/contracts?caseId=${own.caseId}`, 2);
    expect(byCase.pages).toBe(2);
    expect(byCase.items.map((c) => c.id).sort()).toEqual([...ids].sort());
    const byProvider = await host.call('GET', `/api/contracts?providerId=${own.providerId}`, { token: a.manager });
    expect(byProvider.body.items).toHaveLength(3);
    const otherTenant = await host.call('GET', `/api/contracts?caseId=${own.caseId}`, { token: b.manager });
    expect(otherTenant.body.items).toEqual([]);
    expect((await host.call('GET', `/api/contracts/${ids[0]}`, { token: b.manager })).status).toBe(404);
    expect((await host.call('GET', '/api/contracts?sort=newest', { token: a.manager })).status).toBe(400);
  });
});

describe('PUT /api/contracts/{id}', () => {
  it('recomputes the annual cost and merges milestones: done ones kept, open ones no longer called for removed', async () => {
    const contract = await createContract(host, a.caseworker, refs);
    const before = await milestonesOf(contract.id);
    const review = before.find((m) => m.kind === 'specialRateReview' && m.dueDate === '2026-03-01')!;
    // Marking a milestone done is another route's job; here it is written as that route would.
    const stored = await host.services.store.get<Milestone>(TENANT_A, 'milestone', review.id);
    const done: Milestone = { ...stored!.body, status: 'done', doneAt: NOW.toISOString() };
    await host.services.store.write(TENANT_A, [
      { op: 'upsert', kind: 'milestone', id: review.id, body: done, index: milestoneIndex(done, 'active') },
    ]);
    const got = await host.call('GET', `/api/contracts/${contract.id}`, { token: a.negotiator });
    const { specialRate: _dropped, ...withoutSpecialRate } = got.body;
    const answer = expectStatus(
      await host.call('PUT', `/api/contracts/${contract.id}`, {
        token: a.negotiator,
        ifMatch: got.headers.get('etag')!,
        body: { ...withoutSpecialRate, followUpCadenceMonths: 6 },
      }),
      200,
    );
    expect(answer.body.annualCost).toBe(912_500);
    const after = await milestonesOf(contract.id);
    expect(after.filter((m) => m.kind === 'specialRateReview')).toEqual([
      { ...review, status: 'done', doneAt: NOW.toISOString() },
    ]);
    expect(after.filter((m) => m.kind === 'followUp').map((m) => m.dueDate)).toEqual([
      '2026-07-01',
      '2027-01-01',
      '2027-07-01',
    ]);
    expect(after.filter((m) => m.kind === 'expiry')).toHaveLength(1);
    expect(await auditActions(host, a.admin, contract.id)).toEqual(['create', 'update']);
  });

  it('answers 428 without If-Match and 412 with a stale one, leaving contract and milestones unchanged', async () => {
    const contract = await createContract(host, a.caseworker, refs);
    const url = `/api/contracts/${contract.id}`;
    const body = { ...contract, renegotiationDate: '2026-09-01' };
    expect((await host.call('PUT', url, { token: a.caseworker, body })).status).toBe(428);
    expect((await host.call('PUT', url, { token: a.caseworker, ifMatch: '"stale"', body })).status).toBe(412);
    expect((await host.call('GET', url, { token: a.caseworker })).body).toEqual(contract);
    const renegotiation = (await milestonesOf(contract.id)).filter((m) => m.kind === 'renegotiation');
    expect(renegotiation.map((m) => m.dueDate)).toEqual(['2026-04-01']);
  });

  it('refuses finance (403) and other tenants (404), and offers no DELETE (405)', async () => {
    const created = await host.call('POST', '/api/contracts', { token: a.caseworker, body: contractBody(refs) });
    const url = `/api/contracts/${created.body.id}`;
    const etag = created.headers.get('etag')!;
    expect((await host.call('PUT', url, { token: a.finance, ifMatch: etag, body: created.body })).status).toBe(403);
    expect((await host.call('PUT', url, { token: b.negotiator, ifMatch: etag, body: created.body })).status).toBe(404);
    expect((await host.call('DELETE', url, { token: a.negotiator, ifMatch: etag })).status).toBe(405);
  });
});
