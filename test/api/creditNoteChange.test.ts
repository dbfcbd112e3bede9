// A credit note registered by mistake, corrected or deleted through HTTP: the same rule as registering one, the
// invoice billing the same days checked again in the same write, spend as a full read has it, and audit.
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

it('corrects and deletes a credit note, checking the invoice billed twice again and keeping spend in step', async () => {
  const a = await tokensFor(host, TENANT_A);
  const { refs } = await contractSetup(host, TENANT_A, a);
  const contract = await createContract(host, a.negotiator, refs, { status: 'active', specialRate: undefined });
  const path = `/api/contracts/${contract.id}/invoices`;
  const register = async (body: object) => expectStatus(await host.call('POST', path, { token: a.finance, body }), 201);
  const read = async (id: string) => expectStatus(await host.call('GET', `${path}/${id}`, { token: a.finance }), 200);
  const total = async () =>
    expectStatus(await host.call('GET', '/api/dashboard/overview', { token: a.manager }), 200).body.total as number;
  const asFullRead = async () =>
    expect(expectStatus(await host.call('GET', '/api/dashboard/overview', { token: a.manager }), 200).body).toEqual(
      await overviewFromFullRead(host.services.store, TENANT_A, NOW, {}),
    );

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
  const creditedAll = await total();

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
  expect(await total()).toBeCloseTo(creditedAll - 36_000, 2);
  await asFullRead();

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
  expect(await total()).toBeCloseTo(creditedAll, 2);
  await asFullRead();
  // The test clock stands still, so entries are compared without their order.
  expect((await auditActions(host, a.admin, created.body.id)).sort()).toEqual(['create', 'delete', 'update']);
  expect(await auditActions(host, a.admin, twice.id)).toEqual(['create', 'update', 'update', 'update']);
});
