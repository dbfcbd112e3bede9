// Cases through HTTP: roles, tenant isolation, validation, CPR refusal, ETags, phase transitions, deviations, paging.
import {
  allPages,
  auditActions,
  caseBody,
  contractSetup,
  createContract,
  expectStatus,
  NOW,
  seedLibrary,
  useCaseHost,
} from './support/caseFixtures';
import { TENANT_A, TENANT_B } from './support/host';

const { host, a, b } = useCaseHost();

async function newCase(token = a.caseworker, overrides: Record<string, unknown> = {}) {
  const answer = expectStatus(await host.call('POST', '/api/cases', { token, body: caseBody(overrides) }), 201);
  return { body: answer.body, etag: answer.headers.get('etag')! };
}

async function transition(id: string, etag: string, to: string, token = a.caseworker, reason = 'Klar til næste fase') {
  return host.call('POST', `/api/cases/${id}/transitions`, { token, ifMatch: etag, body: { to, reason } });
}

describe('POST /api/cases', () => {
  it('starts a case in phase "need" with an opening history entry, no deviations, and audits it', async () => {
    const body = caseBody();
    const answer = expectStatus(await host.call('POST', '/api/cases', { token: a.negotiator, body }), 201);
    expect(answer.headers.get('location')).toBe(`/api/cases/${answer.body.id}`);
    expect(answer.headers.get('etag')).toBeTruthy();
    expect(answer.body).toMatchObject({ reference: body.reference, phase: 'need', deviations: [], alternatives: [] });
    expect(answer.body.phaseHistory).toEqual([
      {
        to: 'need',
        at: NOW.toISOString(),
        by: { userId: 'user-negotiator', name: 'Test user-negotiator' },
        reason: 'Sag oprettet',
      },
    ]);
    expect(await auditActions(host, a.admin, answer.body.id)).toEqual(['create']);
  });

  it.each(['procurement', 'finance', 'manager', 'admin'] as const)('refuses %s with 403', async (role) => {
    const answer = await host.call('POST', '/api/cases', { token: a[role], body: caseBody() });
    expect(answer.status).toBe(403);
  });

  it('refuses server-owned and unknown fields and names missing ones', async () => {
    const owned = await host.call('POST', '/api/cases', { token: a.caseworker, body: caseBody({ phase: 'followUp' }) });
    expect(owned.status).toBe(400);
    expect(owned.body.fields).toHaveProperty('phase');
    const { title: _title, ...withoutTitle } = caseBody();
    const missing = await host.call('POST', '/api/cases', { token: a.caseworker, body: withoutTitle });
    expect(missing.status).toBe(400);
    expect(missing.body.fields).toHaveProperty('title');
  });

  it('refuses a CPR number in the reference or in free text with 422', async () => {
    const inReference = await host.call('POST', '/api/cases', {
      token: a.caseworker,
      body: caseBody({ reference: '010190-1234' }),
    });
    expect(inReference.status).toBe(422);
    const inNotes = await host.call('POST', '/api/cases', {
      token: a.caseworker,
      body: caseBody({ notes: 'Borgerens cpr er 2311851234' }),
    });
    expect(inNotes.status).toBe(422);
  });
});

describe('GET /api/cases', () => {
  it('filters by phase, assignee and words in reference, title or target group, and pages', async () => {
    const marker = `Filtertest${Date.now()}`;
    const mine = await newCase(a.caseworker, {
      title: `${marker} botilbud`,
      assignee: { userId: 'cw-filter', name: 'F' },
    });
    await newCase(a.caseworker, { targetGroup: `${marker} unge` });
    await newCase(a.caseworker, { reference: `${marker}-3` });
    const scan = expectStatus(await transition(mine.body.id, mine.etag, 'scan'), 200);

    const byText = await allPages(host, a.manager, `/api/cases?q=${marker.toLowerCase()}`, 2);
    expect(byText.items).toHaveLength(3);
    expect(byText.pages).toBe(2);
    expect(new Set(byText.items.map((c) => c.id)).size).toBe(3);

    const byAssignee = expectStatus(await host.call('GET', '/api/cases?assignee=cw-filter', { token: a.finance }), 200);
    expect(byAssignee.body.items.map((c: { id: string }) => c.id)).toEqual([mine.body.id]);
    const byPhase = expectStatus(await host.call('GET', `/api/cases?phase=scan&q=${marker}`, { token: a.admin }), 200);
    expect(byPhase.body.items).toEqual([scan.body]);
  });

  it('refuses unknown query parameters and an unknown phase with 400', async () => {
    expect((await host.call('GET', '/api/cases?colour=red', { token: a.caseworker })).status).toBe(400);
    expect((await host.call('GET', '/api/cases?phase=someday', { token: a.caseworker })).status).toBe(400);
  });
});

describe('GET and PUT /api/cases/{id}', () => {
  it('replaces input fields with If-Match, keeps the server-owned ones, and audits', async () => {
    const created = await newCase();
    const got = expectStatus(await host.call('GET', `/api/cases/${created.body.id}`, { token: a.manager }), 200);
    expect(got.body).toEqual(created.body);
    const body = { ...got.body, title: 'Længerevarende botilbud', phase: 'closed', deviations: [{ x: 1 }] };
    const answer = expectStatus(
      await host.call('PUT', `/api/cases/${created.body.id}`, {
        token: a.negotiator,
        ifMatch: got.headers.get('etag')!,
        body,
      }),
      200,
    );
    expect(answer.body).toMatchObject({ title: 'Længerevarende botilbud', phase: 'need', deviations: [] });
    expect(answer.body.phaseHistory).toEqual(created.body.phaseHistory);
    expect(await auditActions(host, a.admin, created.body.id)).toEqual(['create', 'update']);
  });

  it('answers 428 without If-Match and 412 with a stale one, changing nothing', async () => {
    const created = await newCase();
    const url = `/api/cases/${created.body.id}`;
    const body = { ...caseBody(), title: 'Ændret' };
    expect((await host.call('PUT', url, { token: a.caseworker, body })).status).toBe(428);
    expectStatus(await transition(created.body.id, created.etag, 'scan'), 200);
    expect((await host.call('PUT', url, { token: a.caseworker, ifMatch: created.etag, body })).status).toBe(412);
    expect((await host.call('GET', url, { token: a.caseworker })).body.title).toBe(created.body.title);
  });

  it('refuses finance and procurement with 403', async () => {
    const created = await newCase();
    for (const role of ['finance', 'procurement'] as const) {
      const answer = await host.call('PUT', `/api/cases/${created.body.id}`, {
        token: a[role],
        ifMatch: created.etag,
        body: caseBody(),
      });
      expect(answer.status).toBe(403);
    }
  });

  it("keeps tenants apart: another tenant's case is not found and not listed", async () => {
    const created = await newCase();
    const url = `/api/cases/${created.body.id}`;
    expect((await host.call('GET', url, { token: b.caseworker })).status).toBe(404);
    expect((await host.call('PUT', url, { token: b.caseworker, ifMatch: created.etag, body: caseBody() })).status).toBe(
      404,
    );
    expect((await transition(created.body.id, created.etag, 'scan', b.caseworker)).status).toBe(404);
    const listed = await host.call('GET', `/api/cases?q=${created.body.reference.toLowerCase()}`, { token: b.manager });
    expect(listed.body.items).toEqual([]);
  });
});

describe('POST /api/cases/{id}/transitions', () => {
  it('moves one phase forward, records who, when and why, and audits the transition', async () => {
    const created = await newCase();
    const answer = expectStatus(
      await transition(created.body.id, created.etag, 'scan', a.negotiator, 'Behov fastlagt'),
      200,
    );
    expect(answer.body.phase).toBe('scan');
    expect(answer.body.phaseHistory.at(-1)).toEqual({
      from: 'need',
      to: 'scan',
      at: NOW.toISOString(),
      by: { userId: 'user-negotiator', name: 'Test user-negotiator' },
      reason: 'Behov fastlagt',
    });
    expect(answer.headers.get('etag')).not.toBe(created.etag);
    expect(await auditActions(host, a.admin, created.body.id)).toEqual(['create', 'transition']);
  });

  it('refuses skipping phases with 422 and the reason, changing nothing', async () => {
    const created = await newCase();
    const answer = await transition(created.body.id, created.etag, 'negotiation');
    expect(answer.status).toBe(422);
    expect(answer.body.detail).toContain('kan ikke gå fra »Fastlæggelse af støttebehov« til »Forhandling og kontrakt«');
    const after = await host.call('GET', `/api/cases/${created.body.id}`, { token: a.caseworker });
    expect(after.body.phase).toBe('need');
    expect(after.headers.get('etag')).toBe(created.etag);
  });

  it('refuses entering follow-up without a contract, and allows it once the case has one', async () => {
    const { refs } = await contractSetup(host, TENANT_A, a);
    let etag = (await host.call('GET', `/api/cases/${refs.caseId}`, { token: a.caseworker })).headers.get('etag')!;
    const current = (await host.call('GET', `/api/cases/${refs.caseId}`, { token: a.caseworker })).body;
    const chosen = await host.call('PUT', `/api/cases/${refs.caseId}`, {
      token: a.caseworker,
      ifMatch: etag,
      body: { ...current, chosenOffer: { providerId: refs.providerId, offerId: refs.offerId } },
    });
    etag = expectStatus(chosen, 200).headers.get('etag')!;
    for (const to of ['scan', 'choice', 'negotiation']) {
      etag = expectStatus(await transition(refs.caseId, etag, to), 200).headers.get('etag')!;
    }
    const refused = await transition(refs.caseId, etag, 'followUp');
    expect(refused.status).toBe(422);
    expect(refused.body.detail).toBe('Sagen skal have en kontrakt, før den går videre til »Opfølgning«.');

    await createContract(host, a.negotiator, refs);
    const allowed = expectStatus(await transition(refs.caseId, etag, 'followUp'), 200);
    expect(allowed.body.phaseHistory.map((c: { to: string }) => c.to)).toEqual([
      'need',
      'scan',
      'choice',
      'negotiation',
      'followUp',
    ]);
  });

  it('refuses moving to negotiation before an offer is chosen', async () => {
    let { etag, body } = await newCase();
    for (const to of ['scan', 'choice'])
      etag = expectStatus(await transition(body.id, etag, to), 200).headers.get('etag')!;
    const answer = await transition(body.id, etag, 'negotiation');
    expect(answer.status).toBe(422);
    expect(answer.body.detail).toContain('Vælg et tilbud');
    body = (await host.call('GET', `/api/cases/${body.id}`, { token: a.caseworker })).body;
    expect(body.phase).toBe('choice');
  });

  it('needs If-Match (428), refuses a stale one (412), a bad phase (400) and readers (403)', async () => {
    const created = await newCase();
    const url = `/api/cases/${created.body.id}/transitions`;
    expect((await host.call('POST', url, { token: a.caseworker, body: { to: 'scan' } })).status).toBe(428);
    expect((await transition(created.body.id, '"stale"', 'scan')).status).toBe(412);
    expect((await transition(created.body.id, created.etag, 'later')).status).toBe(400);
    expect((await transition(created.body.id, created.etag, 'scan', a.manager)).status).toBe(403);
    const reasonWithCpr = await transition(created.body.id, created.etag, 'scan', a.caseworker, 'Se 010190-1234');
    expect(reasonWithCpr.status).toBe(422);
    expect((await host.call('GET', `/api/cases/${created.body.id}`, { token: a.caseworker })).body.phase).toBe('need');
  });
});

describe('POST /api/cases/{id}/deviations', () => {
  it('records an accepted deviation with clause, reason, who and when, without If-Match, and audits it', async () => {
    const { clauseId } = await seedLibrary(host, TENANT_A);
    const created = await newCase();
    const url = `/api/cases/${created.body.id}/deviations`;
    const body = { clauseId, reason: 'Leverandøren kræver 14 dages betalingsfrist' };
    const first = expectStatus(await host.call('POST', url, { token: a.negotiator, body }), 201);
    expect(first.body.deviations).toEqual([
      { ...body, by: { userId: 'user-negotiator', name: 'Test user-negotiator' }, at: NOW.toISOString() },
    ]);
    const second = expectStatus(
      await host.call('POST', url, { token: a.caseworker, body: { clauseId, reason: 'Aftalt igen' } }),
      201,
    );
    expect(second.body.deviations.map((d: { reason: string }) => d.reason)).toEqual([body.reason, 'Aftalt igen']);
    const stored = await host.call('GET', `/api/cases/${created.body.id}`, { token: a.manager });
    expect(stored.body.deviations).toHaveLength(2);
    expect(await auditActions(host, a.admin, created.body.id)).toEqual(['create', 'deviation', 'deviation']);
  });

  it('refuses a clause outside the tenant library (400), a CPR number (422), readers (403) and other tenants (404)', async () => {
    const { clauseId } = await seedLibrary(host, TENANT_A);
    const { clauseId: otherTenantClause } = await seedLibrary(host, TENANT_B);
    const created = await newCase();
    const url = `/api/cases/${created.body.id}/deviations`;
    const unknown = await host.call('POST', url, {
      token: a.caseworker,
      body: { clauseId: otherTenantClause, reason: 'x' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields).toHaveProperty('clauseId');
    const cpr = await host.call('POST', url, { token: a.caseworker, body: { clauseId, reason: 'Borger 0101901234' } });
    expect(cpr.status).toBe(422);
    expect((await host.call('POST', url, { token: a.finance, body: { clauseId, reason: 'x' } })).status).toBe(403);
    expect((await host.call('POST', url, { token: b.caseworker, body: { clauseId, reason: 'x' } })).status).toBe(404);
    expect((await host.call('POST', url, { token: a.caseworker, body: { clauseId, reason: '' } })).status).toBe(400);
    const after = await host.call('GET', `/api/cases/${created.body.id}`, { token: a.caseworker });
    expect(after.body.deviations).toEqual([]);
  });
});
