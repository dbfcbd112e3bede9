// Credit notes through HTTP: registered against an invoice, refused with the field named, clearing days billed twice,
// and netted in spend as a full read nets them.
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

it('clears the double billing as credit notes take the days back, and nets them in spend', async () => {
  const a = await tokensFor(host, TENANT_A);
  const { refs } = await contractSetup(host, TENANT_A, a);
  const contract = await createContract(host, a.negotiator, refs, { status: 'active', specialRate: undefined });
  const other = await createContract(host, a.negotiator, refs, { status: 'active', specialRate: undefined });
  const path = `/api/contracts/${contract.id}/invoices`;
  const register = async (body: object, status = 201, id = contract.id) =>
    expectStatus(await host.call('POST', `/api/contracts/${id}/invoices`, { token: a.finance, body }), status).body;
  const total = async () =>
    expectStatus(await host.call('GET', '/api/dashboard/overview', { token: a.manager }), 200).body.total as number;
  const asFullRead = async () =>
    expect(expectStatus(await host.call('GET', '/api/dashboard/overview', { token: a.manager }), 200).body).toEqual(
      await overviewFromFullRead(host.services.store, TENANT_A, NOW, {}),
    );

  const first = await register(invoiceBody(2400, { ...january, invoiceNumber: 'F-2026-0022', lines: [line(31)] }));
  expect(first.status).toBe('matching');
  const billed = await total();
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
  expect(await total()).toBeCloseTo(billed - 36_000, 2);
  await asFullRead();

  // The rest credited: the later invoice matches, is audited, and January costs what it billed.
  await register(credit({ invoiceNumber: 'KN-2026-0002', periodFrom: '2026-01-16', lines: [line(16)] }));
  const cleared = expectStatus(await host.call('GET', `${path}/${twice.id}`, { token: a.finance }), 200).body;
  expect(cleared).toMatchObject({ status: 'matching', check: { verdict: 'matches', findings: [] } });
  expect(await auditActions(host, a.admin, twice.id)).toEqual(['create', 'update', 'update']);
  expect(await total()).toBeCloseTo(billed, 2);
  await asFullRead();

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
