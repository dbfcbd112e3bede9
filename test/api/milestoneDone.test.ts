// Marking milestones done and reopening them through HTTP: who and when, the next follow-up, undo, audit, If-Match.
import { createContract, expectStatus, NOW, useCaseHost } from './support/caseFixtures';

const { host, a, b, refs } = useCaseHost('refs');

const done = (id: string, token: string, note = 'Opfølgningsmøde holdt', ifMatch?: string) =>
  host.call('POST', `/api/milestones/${id}/done`, { token, body: { note }, ...(ifMatch ? { ifMatch } : {}) });
const reopen = (id: string, token: string) => host.call('POST', `/api/milestones/${id}/reopen`, { token });

async function followUps(contractId: string) {
  const answer = await host.call('GET', `/api/milestones?contractId=${contractId}&limit=200`, { token: a.manager });
  return (answer.body.items as { id: string; kind: string; dueDate: string; status: string }[])
    .filter((m) => m.kind === 'followUp')
    .map((m) => `${m.dueDate} ${m.status}`);
}

async function trail(contractId: string, token = a.negotiator): Promise<string[]> {
  const answer = expectStatus(await host.call('GET', `/api/contracts/${contractId}/audit`, { token }), 200);
  return answer.body.items.map((e: { summary: string }) => e.summary);
}

describe('POST /api/milestones/{id}/done', () => {
  it('records who, when and the note, and answers the scheduled follow-up as the next one', async () => {
    const contract = await createContract(host, a.caseworker, refs);
    const id = `${contract.id}-followUp-2026-04-01`;
    const answer = expectStatus(await done(id, a.caseworker), 200);
    expect(answer.body.milestone).toMatchObject({
      id,
      status: 'done',
      doneAt: NOW.toISOString(),
      doneBy: { userId: expect.any(String) },
      doneNote: 'Opfølgningsmøde holdt',
    });
    expect(answer.body.next).toMatchObject({ id: `${contract.id}-followUp-2026-07-01`, status: 'open' });
    expect(answer.body.nextCreated).toBe(false);
    expect(answer.headers.get('etag')).toBeTruthy();
    expect(await trail(contract.id)).toContain(
      'Markeret udført: Opfølgning, frist 01.04.2026. Note: Opfølgningsmøde holdt',
    );
    expect((await done(id, a.caseworker)).status).toBe(422);
  });

  it('answers no next follow-up when a cadence on passes the contract end', async () => {
    const contract = await createContract(host, a.negotiator, refs);
    const last = expectStatus(await done(`${contract.id}-followUp-2027-10-01`, a.negotiator), 200);
    expect(last.body.next).toBeUndefined();
    expect(last.body.nextCreated).toBe(false);
  });

  it('creates the next follow-up past the generated series, and reopening removes it again', async () => {
    const other = await createContract(host, a.negotiator, refs, {
      startDate: '2025-03-01',
      endDate: undefined,
      reviewDate: '2027-12-31',
      followUpCadenceMonths: 3,
    });
    // With no end date the series runs 24 months from the start, the last one on 01.03.2027.
    const lastOfSeries = `${other.id}-followUp-2027-03-01`;
    const created = expectStatus(await done(lastOfSeries, a.negotiator), 200);
    expect(created.body.nextCreated).toBe(true);
    expect(created.body.next).toMatchObject({ id: `${other.id}-followUp-2027-06-01`, derivedFrom: lastOfSeries });
    expect(await followUps(other.id)).toContain('2027-06-01 open');

    const undone = expectStatus(await reopen(lastOfSeries, a.negotiator), 200);
    expect(undone.body.removedNextId).toBe(`${other.id}-followUp-2027-06-01`);
    expect(undone.body.milestone).not.toHaveProperty('doneAt');
    expect(undone.body.milestone).not.toHaveProperty('doneNote');
    expect(await followUps(other.id)).not.toContain('2027-06-01 open');
    // The tests' clock stands still, so events of the same instant come in no set order.
    expect((await trail(other.id)).sort()).toEqual([
      'Genåbnet: Opfølgning, frist 01.03.2027. Den opfølgning, der blev oprettet ved markeringen, er fjernet.',
      'Markeret udført: Opfølgning, frist 01.03.2027. Note: Opfølgningsmøde holdt Næste opfølgning oprettet med frist 01.06.2027.',
      'Oprettet: Kontrakt om midlertidigt botilbud',
    ]);
  });

  it('keeps done and next in step when the contract is changed', async () => {
    const contract = await createContract(host, a.negotiator, refs, {
      startDate: '2025-03-01',
      endDate: undefined,
      reviewDate: '2027-12-31',
    });
    const lastOfSeries = `${contract.id}-followUp-2027-03-01`;
    expectStatus(await done(lastOfSeries, a.negotiator), 200);
    const got = await host.call('GET', `/api/contracts/${contract.id}`, { token: a.negotiator });
    const body = { ...got.body, notes: 'Ændret' };
    expectStatus(
      await host.call('PUT', `/api/contracts/${contract.id}`, {
        token: a.negotiator,
        ifMatch: got.headers.get('etag')!,
        body,
      }),
      200,
    );
    expect(await followUps(contract.id)).toEqual(expect.arrayContaining(['2027-03-01 done', '2027-06-01 open']));
  });

  it('honours If-Match, and refuses other roles (403) and other tenants (404)', async () => {
    const contract = await createContract(host, a.caseworker, refs);
    const id = `${contract.id}-renegotiation-2026-04-01`;
    expect((await done(id, a.caseworker, 'x', '"stale"')).status).toBe(412);
    expect((await done(id, a.finance)).status).toBe(403);
    expect((await done(id, a.manager)).status).toBe(403);
    expect((await done(id, b.caseworker)).status).toBe(404);
    expect((await reopen(id, a.caseworker)).status).toBe(422);
    expect((await done(id, a.caseworker, 'cpr 111111-1118')).status).toBe(422);
    expectStatus(await done(id, a.caseworker, ''), 200);
    expect((await reopen(id, b.negotiator)).status).toBe(404);
    const reopened = expectStatus(await reopen(id, a.caseworker), 200);
    expect(reopened.body.milestone.status).toBe('open');
    expect(reopened.body.removedNextId).toBeUndefined();
  });
});

describe('GET /api/contracts/{id}/audit', () => {
  it("lists the contract's and its milestones' events to its case's people, not to finance or other tenants", async () => {
    const contract = await createContract(host, a.caseworker, refs);
    expectStatus(await done(`${contract.id}-followUp-2026-04-01`, a.caseworker), 200);
    expect(await trail(contract.id, a.manager)).toHaveLength(2);
    expect(await trail(contract.id, a.caseworker)).toHaveLength(2);
    expect((await host.call('GET', `/api/contracts/${contract.id}/audit`, { token: a.finance })).status).toBe(403);
    expect((await host.call('GET', `/api/contracts/${contract.id}/audit`, { token: b.admin })).status).toBe(404);
  });
});
