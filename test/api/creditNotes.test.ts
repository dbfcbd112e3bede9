// Credit notes through HTTP: registered against an invoice, refused with the field named, clearing days billed twice,
// and netted in spend as a full read nets them; one registered by mistake corrected or deleted, the invoice billing
// the same days checked again in the same write, with audit.
import {
  auditActions,
  contractSetup,
  createContract,
  expectStatus,
  invoiceBody,
  NOW,
  tokensFor,
} from './support/caseFixtures';
import { overviewFromFullRead } from './support/dashboardReference';
import { TENANT_A, useHost } from './support/host';
import { etagOf } from './support/libraryFixtures';

const { host } = useHost({ now: () => NOW });

const line = (days: number, unitPrice = 2400) => ({
  rateType: 'day',
  description: 'Døgntakst',
  quantity: days,
  unit: 'day',
  unitPrice,
  amount: days * unitPrice,
});
const january = { periodFrom: '2026-01-01', periodTo: '2026-01-31' };

/** The dashboard's total spend, as the manager reads it. */
const total = async (manager: string) =>
  expectStatus(await host.call('GET', '/api/dashboard/overview', { token: manager }), 200).body.total as number;
/** The dashboard's figures equal those of a full read of the store. */
const expectAsFullRead = async (manager: string) =>
  expect(expectStatus(await host.call('GET', '/api/dashboard/overview', { token: manager }), 200).body).toEqual(
    await overviewFromFullRead(host.services.store, TENANT_A, NOW, {}),
  );

it('clears the double billing as credit notes take the days back, and nets them in spend', async () => {
  const a = await tokensFor(host, TENANT_A);
  const { refs } = await contractSetup(host, TENANT_A, a);
  const contract = await createContract(host, a.negotiator, refs, { status: 'active', specialRate: undefined });
  const other = await createContract(host, a.negotiator, refs, { status: 'active', specialRate: undefined });
  const path = `/api/contracts/${contract.id}/invoices`;
  const register = async (body: object, status = 201, id = contract.id) =>
    expectStatus(await host.call('POST', `/api/contracts/${id}/invoices`, { token: a.finance, body }), status).body;

  const first = await register(invoiceBody(2400, { ...january, invoiceNumber: 'F-2026-0022', lines: [line(31)] }));
  expect(first.status).toBe('matching');
  const billed = await total(a.manager);
  const twice = await register(invoiceBody(2400, { ...january, invoiceNumber: 'F-2026-0031', lines: [line(31)] }));
  expect(twice.status).toBe('deviating');
  expect(twice.check.findings[0]).toMatchObject({ kind: 'doubleBilled', amount: 74_400, invoiceNumber: 'F-2026-0022' });

  // Refused, naming the field, and nothing written.
  const count = () => host.services.store.count(TENANT_A, 'invoice');
  const before = await count();
  const credit = (extra: object) =>
    invoiceBody(2400, { ...january, invoiceNumber: `KN-${Math.random()}`, creditsInvoiceId: first.id, ...extra });
  const tooMuch = await register(credit({ lines: [line(32)] }), 400);
  expect(tooMuch.fields).toEqual({
    'lines.0.amount': 'Der krediteres 76.800,00 kr. døgntakst, men faktura F-2026-0022 fakturerede kun 74.400,00 kr.',
  });
  const elsewhere = await register(credit({ lines: [line(31)] }), 400, other.id);
  expect(elsewhere.fields).toEqual({ creditsInvoiceId: 'Faktura F-2026-0022 hører til en anden kontrakt.' });
  expect(await count()).toBe(before);

  // Half the days credited: the other half is still billed twice.
  const firstHalf = await register(
    credit({ invoiceNumber: 'KN-2026-0001', periodTo: '2026-01-15', lines: [line(15)] }),
  );
  expect(firstHalf).toMatchObject({ status: 'matching', creditsInvoiceNumber: 'F-2026-0022' });
  expect(firstHalf.check).toMatchObject({ billedTotal: -36_000, difference: 0 });
  const stillTwice = expectStatus(await host.call('GET', `${path}/${twice.id}`, { token: a.finance }), 200).body;
  expect(stillTwice.status).toBe('deviating');
  expect(stillTwice.check.findings[0]).toMatchObject({ amount: 38_400 });
  expect(stillTwice.check.findings[0].reason).toContain('16.01.2026–31.01.2026 (16 dage)');
  expect(await total(a.manager)).toBeCloseTo(billed - 36_000, 2);
  await expectAsFullRead(a.manager);

  // The rest credited: the later invoice matches, is audited, and January costs what it billed.
  await register(credit({ invoiceNumber: 'KN-2026-0002', periodFrom: '2026-01-16', lines: [line(16)] }));
  const cleared = expectStatus(await host.call('GET', `${path}/${twice.id}`, { token: a.finance }), 200).body;
  expect(cleared).toMatchObject({ status: 'matching', check: { verdict: 'matches', findings: [] } });
  expect(await auditActions(host, a.admin, twice.id)).toEqual(['create', 'update', 'update']);
  expect(await total(a.manager)).toBeCloseTo(billed, 2);
  await expectAsFullRead(a.manager);

  // Listed with the invoice they credit; a third credit note of the same days is more than was billed.
  const list = expectStatus(await host.call('GET', path, { token: a.caseworker }), 200).body.items as {
    invoiceNumber: string;
    creditsInvoiceNumber?: string;
  }[];
  expect(list.filter((i) => i.creditsInvoiceNumber).map((i) => [i.invoiceNumber, i.creditsInvoiceNumber])).toEqual(
    expect.arrayContaining([
      ['KN-2026-0001', 'F-2026-0022'],
      ['KN-2026-0002', 'F-2026-0022'],
    ]),
  );
  expect((await register(credit({ lines: [line(1)] }), 400)).fields).toHaveProperty(['lines.0.amount']);
});

it('corrects and deletes a credit note, checking the invoice billed twice again and keeping spend in step', async () => {
  const a = await tokensFor(host, TENANT_A);
  const { refs } = await contractSetup(host, TENANT_A, a);
  const contract = await createContract(host, a.negotiator, refs, { status: 'active', specialRate: undefined });
  const path = `/api/contracts/${contract.id}/invoices`;
  const register = async (body: object) => expectStatus(await host.call('POST', path, { token: a.finance, body }), 201);
  const read = async (id: string) => expectStatus(await host.call('GET', `${path}/${id}`, { token: a.finance }), 200);

  const first = (await register(invoiceBody(2400, { ...january, invoiceNumber: 'F-RET-1', lines: [line(31)] }))).body;
  const twice = (await register(invoiceBody(2400, { ...january, invoiceNumber: 'F-RET-2', lines: [line(31)] }))).body;
  expect(twice.status).toBe('deviating');
  const noteBody = (extra: object = {}) =>
    invoiceBody(2400, {
      ...january,
      invoiceNumber: 'KN-RET-1',
      creditsInvoiceId: first.id,
      lines: [line(31)],
      ...extra,
    });
  const created = await register(noteBody());
  expect((await read(twice.id)).body.status).toBe('matching');
  const creditedAll = await total(a.manager);

  // Refused as a registration would be, or when it is an invoice, or stale: nothing changes.
  const put = (id: string, body: object, ifMatch: string, token = a.finance) =>
    host.call('PUT', `${path}/${id}`, { token, body, ifMatch });
  const tooMuch = expectStatus(await put(created.body.id, noteBody({ lines: [line(32)] }), etagOf(created)), 400);
  expect(tooMuch.body.fields).toEqual({
    'lines.0.amount': 'Der krediteres 76.800,00 kr. døgntakst, men faktura F-RET-1 fakturerede kun 74.400,00 kr.',
  });
  const invoice = await read(first.id);
  expectStatus(await put(first.id, noteBody(), etagOf(invoice)), 422);
  expectStatus(await put(created.body.id, noteBody(), etagOf(invoice)), 412);
  expectStatus(await put(created.body.id, noteBody(), etagOf(created), a.caseworker), 403);
  expect((await read(twice.id)).body.status).toBe('matching');

  // Corrected to the first half of January: the second half is billed twice again. The deviating invoice no longer
  // counts as spend, and the first invoice counts net of the smaller credit.
  const half = expectStatus(
    await put(created.body.id, noteBody({ periodTo: '2026-01-15', lines: [line(15)] }), etagOf(created)),
    200,
  );
  expect(half.body).toMatchObject({ periodTo: '2026-01-15', check: { billedTotal: -36_000 }, status: 'matching' });
  const again = (await read(twice.id)).body;
  expect(again.status).toBe('deviating');
  expect(again.check.findings[0]).toMatchObject({ kind: 'doubleBilled', amount: 38_400, invoiceNumber: 'F-RET-1' });
  expect(await total(a.manager)).toBeCloseTo(creditedAll - 36_000, 2);
  await expectAsFullRead(a.manager);

  // Deleted: the whole month is billed twice again, as before the credit note; January counts the first invoice.
  expectStatus(
    await host.call('DELETE', `${path}/${created.body.id}`, { token: a.caseworker, ifMatch: etagOf(half) }),
    403,
  );
  expectStatus(
    await host.call('DELETE', `${path}/${created.body.id}`, { token: a.finance, ifMatch: etagOf(half) }),
    204,
  );
  expectStatus(await host.call('GET', `${path}/${created.body.id}`, { token: a.finance }), 404);
  const back = (await read(twice.id)).body;
  expect(back.check.findings[0]).toMatchObject({ kind: 'doubleBilled', amount: 74_400 });
  expect(await total(a.manager)).toBeCloseTo(creditedAll, 2);
  await expectAsFullRead(a.manager);
  // The test clock stands still, so entries are compared without their order.
  expect((await auditActions(host, a.admin, created.body.id)).sort()).toEqual(['create', 'delete', 'update']);
  expect(await auditActions(host, a.admin, twice.id)).toEqual(['create', 'update', 'update', 'update']);
});
