// Invoices through HTTP: finance-only registration, the check against the contract and KL's rates, lists, tenants.
import {
  allPages,
  auditActions,
  contractSetup,
  createContract,
  expectStatus,
  invoiceBody,
  invoicePeriod,
  setRegulationRates,
  useCaseHost,
} from './support/caseFixtures';
import { TENANT_A } from './support/host';

const { host, a, b, refs, contract } = useCaseHost('contract');

async function register(body: unknown, id = contract.id, token = a.finance) {
  return host.call('POST', `/api/contracts/${id}/invoices`, { token, body });
}

describe('POST /api/contracts/{id}/invoices', () => {
  it('stores a matching invoice with contract, provider and check, readable at its Location, and audits it', async () => {
    const answer = expectStatus(await register(invoiceBody(2500, invoicePeriod(0))), 201);
    const location = `/api/contracts/${contract.id}/invoices/${answer.body.id}`;
    expect(answer.headers.get('location')).toBe(location);
    expect(answer.body).toMatchObject({ contractId: contract.id, providerId: refs.providerId, status: 'matching' });
    expect(answer.body.check).toMatchObject({
      verdict: 'matches',
      billedTotal: 70_000,
      expectedTotal: 70_000,
      difference: 0,
    });
    expect(answer.body.createdBy.userId).toBe('user-finance');
    const got = expectStatus(await host.call('GET', location, { token: a.caseworker }), 200);
    expect(got.body).toEqual(answer.body);
    expect(await auditActions(host, a.admin, answer.body.id)).toEqual(['create']);
  });

  it('marks an invoice above the contract rate as deviating, with the reason per line', async () => {
    const answer = expectStatus(await register(invoiceBody(2700, invoicePeriod(1))), 201);
    expect(answer.body.status).toBe('deviating');
    expect(answer.body.check).toMatchObject({
      verdict: 'deviates',
      billedTotal: 75_600,
      expectedTotal: 70_000,
      difference: 5_600,
    });
    expect(answer.body.check.lines[0].reason).toContain('er højere end den tilladte');
  });

  it("checks regulated prices against the KL rates in the tenant's settings", async () => {
    const { refs: older } = await contractSetup(host, TENANT_A, a);
    const rates = [{ type: 'day', label: 'Døgntakst', amount: 2500, validFrom: '2025-01-01' }];
    const contract = await createContract(host, a.caseworker, older, { startDate: '2025-01-01', rates });
    const regulated = invoiceBody(2565, invoicePeriod(0));
    await setRegulationRates(host, TENANT_A, []);
    const unknownRate = expectStatus(await register(regulated, contract.id), 201);
    expect(unknownRate.body.status).toBe('deviating');
    expect(unknownRate.body.check.lines[0].reason).toContain('2026 mangler');
    await setRegulationRates(host, TENANT_A, [{ year: 2026, percent: 2.6 }]);
    const known = expectStatus(
      await register({ ...regulated, ...invoicePeriod(1), invoiceNumber: 'F-reguleret' }, contract.id),
      201,
    );
    expect(known.body.status).toBe('matching');
  });

  it.each(['caseworker', 'negotiator', 'procurement', 'manager', 'admin'] as const)(
    'refuses %s with 403',
    async (role) => {
      expect((await register(invoiceBody(2500), contract.id, a[role])).status).toBe(403);
    },
  );

  it('refuses unknown and server-owned fields, a period ending before it starts, no lines and a CPR number', async () => {
    const unknown = await register({ ...invoiceBody(2500), status: 'matching' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.fields).toHaveProperty('status');
    const backwards = await register(invoiceBody(2500, { periodTo: '2026-01-31' }));
    expect(backwards.status).toBe(400);
    expect(backwards.body.fields).toHaveProperty('periodTo');
    expect((await register(invoiceBody(2500, { lines: [] }))).body.fields).toHaveProperty('lines');
    expect((await register(invoiceBody(2500, { notes: 'Vedr. 010190-1234' }))).status).toBe(422);
  });

  it('flags days another invoice of the contract billed, whatever its number, with their amount at stake', async () => {
    const first = expectStatus(await register(invoiceBody(2500, invoicePeriod(9))), 201).body;
    const again = expectStatus(await register(invoiceBody(2500, invoicePeriod(9))), 201).body;
    expect(again.status).toBe('deviating');
    expect(again.check.findings).toEqual([
      expect.objectContaining({ kind: 'doubleBilled', invoiceId: first.id, amount: 70_000 }),
    ]);
    expect(again.check.findings[0].reason).toContain(`faktura ${first.invoiceNumber} har allerede faktureret`);
    expect(again.check).toMatchObject({ billedTotal: 70_000, expectedTotal: 0, difference: 70_000 });
  });

  it('refuses an invoice it cannot check, naming the line, and writes nothing', async () => {
    const listed = async () =>
      (await allPages(host, a.finance, `/api/contracts/${contract.id}/invoices`, 200)).items.length;
    const before = await listed();
    const line = { rateType: 'hour', description: 'Timer', quantity: 5, unit: 'hour', unitPrice: 600, amount: 3000 };
    const answer = await register(invoiceBody(600, { ...invoicePeriod(10), lines: [line] }));
    expect(answer.status).toBe(400);
    expect(answer.body.fields['lines.0.rateType']).toMatch(/^Kontrakten har ingen timetakst i kraft i perioden /);
    expect(await listed()).toBe(before);
  });

  it('refuses an invoice number the provider already used (409) and an unknown contract (404)', async () => {
    const body = invoiceBody(2500, invoicePeriod(2));
    expectStatus(await register(body), 201);
    expect((await register(body)).status).toBe(409);
    expect((await register(invoiceBody(2500), 'no-such-contract')).status).toBe(404);
  });
});

describe('GET invoices', () => {
  it("lists a contract's invoices deviating first with paging, and the tenant's deviating ones across contracts", async () => {
    const { refs: own } = await contractSetup(host, TENANT_A, a);
    const contract = await createContract(host, a.caseworker, own);
    const matching = expectStatus(await register(invoiceBody(2500, invoicePeriod(0)), contract.id), 201).body;
    const deviating = expectStatus(await register(invoiceBody(2600, invoicePeriod(1)), contract.id), 201).body;
    const third = expectStatus(
      await register(invoiceBody(2500, { ...invoicePeriod(2), receivedDate: '2026-03-10' }), contract.id),
      201,
    ).body;

    const perContract = await allPages(host, a.caseworker, `/api/contracts/${contract.id}/invoices`, 2);
    expect(perContract.pages).toBe(2);
    expect(perContract.items.map((i) => i.id)).toEqual([deviating.id, third.id, matching.id]);

    const deviatingOnes = await allPages(host, a.manager, '/api/invoices?status=deviating', 200);
    const ids = deviatingOnes.items.map((i) => i.id);
    expect(ids).toContain(deviating.id);
    expect(ids).not.toContain(matching.id);
    expect(deviatingOnes.items.every((i) => (i as unknown as { status: string }).status === 'deviating')).toBe(true);
    expect((await host.call('GET', '/api/invoices?status=paid', { token: a.finance })).status).toBe(400);
  });

  it("keeps tenants apart and answers 404 for an invoice under another contract's path", async () => {
    const invoice = expectStatus(await register(invoiceBody(2500, invoicePeriod(3))), 201).body;
    expect((await host.call('GET', `/api/contracts/${contract.id}/invoices`, { token: b.finance })).status).toBe(404);
    const url = `/api/contracts/${contract.id}/invoices/${invoice.id}`;
    expect((await host.call('GET', url, { token: b.finance })).status).toBe(404);
    expect((await register(invoiceBody(2500), contract.id, b.finance)).status).toBe(404);
    const across = await allPages(host, b.finance, '/api/invoices', 200);
    expect(across.items.map((i) => i.id)).not.toContain(invoice.id);
    const { refs: own } = await contractSetup(host, TENANT_A, a);
    const otherContract = await createContract(host, a.caseworker, own);
    const wrongPath = `/api/contracts/${otherContract.id}/invoices/${invoice.id}`;
    expect((await host.call('GET', wrongPath, { token: a.finance })).status).toBe(404);
  });
});

describe('POST /api/contracts/{id}/invoices/{invoiceId}/resolve', () => {
  const resolve = (invoiceId: string, body: unknown, options: { token?: string; id?: string; ifMatch?: string } = {}) =>
    host.call('POST', `/api/contracts/${options.id ?? contract.id}/invoices/${invoiceId}/resolve`, {
      token: options.token ?? a.finance,
      body,
      ifMatch: options.ifMatch,
    });

  it('clears a deviation with a note, who and when, audited; the deviating list leaves it out', async () => {
    const deviating = expectStatus(await register(invoiceBody(2700, invoicePeriod(4))), 201).body;
    const answer = expectStatus(await resolve(deviating.id, { note: 'Kreditnota modtaget 10.03.2026' }), 200);
    expect(answer.body).toMatchObject({
      status: 'resolved',
      resolution: { note: 'Kreditnota modtaget 10.03.2026', by: { userId: 'user-finance' } },
      check: { verdict: 'deviates', difference: 5_600 },
    });
    expect(answer.body.resolution.at).toBe(answer.body.updatedAt);
    expect(await auditActions(host, a.admin, deviating.id)).toEqual(['create', 'update']);
    const open = await allPages(host, a.finance, `/api/invoices?status=deviating&contractId=${contract.id}`, 200);
    expect(open.items.map((i) => i.id)).not.toContain(deviating.id);
    const cleared = await allPages(host, a.finance, `/api/invoices?status=resolved&contractId=${contract.id}`, 200);
    expect(cleared.items.map((i) => i.id)).toContain(deviating.id);
  });

  it('refuses a second resolution (409), a matching invoice (422), an empty or CPR note and other roles', async () => {
    const deviating = expectStatus(await register(invoiceBody(2700, invoicePeriod(5))), 201).body;
    const matching = expectStatus(await register(invoiceBody(2500, invoicePeriod(6))), 201).body;
    expect((await resolve(matching.id, { note: 'Intet at afklare' })).status).toBe(422);
    expect((await resolve(deviating.id, { note: '' })).status).toBe(400);
    expect((await resolve(deviating.id, { note: 'Borger 010190-1234' })).status).toBe(422);
    expect((await resolve(deviating.id, { note: 'Aftalt tillæg' }, { token: a.negotiator })).status).toBe(403);
    expectStatus(await resolve(deviating.id, { note: 'Aftalt tillæg' }), 200);
    expect((await resolve(deviating.id, { note: 'Igen' })).status).toBe(409);
  });

  it('answers 404 under another contract or tenant, and 412 for a stale If-Match', async () => {
    const deviating = expectStatus(await register(invoiceBody(2700, invoicePeriod(7))), 201).body;
    const { refs: own } = await contractSetup(host, TENANT_A, a);
    const other = await createContract(host, a.caseworker, own);
    expect((await resolve(deviating.id, { note: 'Afklaret' }, { id: other.id })).status).toBe(404);
    expect((await resolve(deviating.id, { note: 'Afklaret' }, { token: b.finance })).status).toBe(404);
    const read = await host.call('GET', `/api/contracts/${contract.id}/invoices/${deviating.id}`, { token: a.finance });
    const stale = read.headers.get('etag')!;
    expectStatus(await resolve(deviating.id, { note: 'Afklaret' }, { ifMatch: stale }), 200);
    const another = expectStatus(await register(invoiceBody(2800, invoicePeriod(8))), 201);
    expect((await resolve(another.body.id, { note: 'Afklaret' }, { ifMatch: stale })).status).toBe(412);
  });
});

describe('GET /api/invoices filters', () => {
  it('lists one contract or one provider, deviating first, then latest received', async () => {
    const { refs: own } = await contractSetup(host, TENANT_A, a);
    const mine = await createContract(host, a.caseworker, own);
    const early = expectStatus(
      await register(invoiceBody(2500, { ...invoicePeriod(0), receivedDate: '2026-03-01' }), mine.id),
      201,
    ).body;
    const late = expectStatus(
      await register(invoiceBody(2500, { ...invoicePeriod(1), receivedDate: '2026-03-12' }), mine.id),
      201,
    ).body;
    const off = expectStatus(
      await register(invoiceBody(2650, { ...invoicePeriod(2), receivedDate: '2026-03-02' }), mine.id),
      201,
    ).body;
    const expected = [off.id, late.id, early.id];
    const byContract = await allPages(host, a.manager, `/api/invoices?contractId=${mine.id}`, 2);
    expect(byContract.items.map((i) => i.id)).toEqual(expected);
    const byProvider = await allPages(host, a.manager, `/api/invoices?providerId=${own.providerId}`, 200);
    expect(byProvider.items.map((i) => i.id)).toEqual(expected);
    const both = await allPages(host, a.manager, `/api/invoices?providerId=${own.providerId}&status=matching`, 200);
    expect(both.items.map((i) => i.id)).toEqual([late.id, early.id]);
  });
});
