// Tests for a credit note's own check and the contract's invoices checked again after it.
import type { Invoice, InvoiceInput } from '../domain/invoice';
import { checksAfterCredit, creditNoteCheck } from './creditRecheck';
import { checkInvoice } from './invoiceCheck';
import { statusOf } from './invoiceSummary';
import { TEST_KL_RATES, testContract, testFebruaryInvoice, testInvoiceLine as line } from './testFixtures';

const contract = testContract();
const user = { userId: 'u1', name: 'Økonomi' };
const input = (invoiceNumber: string, extra: Partial<InvoiceInput> = {}) =>
  testFebruaryInvoice([line()], invoiceNumber, extra);
const registered = (id: string, body: InvoiceInput, others: Invoice[] = []): Invoice => {
  const check = checkInvoice({ invoice: body, contract, klRates: TEST_KL_RATES, others });
  const stamp = {
    createdAt: '2027-03-02T10:00:00Z',
    createdBy: user,
    updatedAt: '2027-03-02T10:00:00Z',
    updatedBy: user,
  };
  return { ...body, id, ...stamp, contractId: 'k1', providerId: 'p1', status: statusOf(check), check };
};

describe('after a credit note', () => {
  const first = registered('inv-1', input('F-1'));
  const twice = registered('inv-2', input('F-2'), [first]);
  const unrelated = registered('inv-3', input('F-3', { lines: [line({ unitPrice: 2500 })] }));
  const note = (creditsInvoiceId: string) => ({
    ...registered('kn-1', input('KN-1', { creditsInvoiceId })),
    check: creditNoteCheck(input('KN-1'), 'F-1'),
  });
  const recheck = (invoices: Invoice[]) =>
    checksAfterCredit({ invoices, contract, klRates: TEST_KL_RATES, reviews: [] });

  it('counts the credit note negative and matching, each line naming the invoice', () => {
    expect(creditNoteCheck(input('KN-1'), 'F-1')).toMatchObject({
      verdict: 'matches',
      billedTotal: -57_680,
      difference: 0,
      lines: [{ reason: 'Krediterer døgntakst på faktura F-1.' }],
    });
  });

  it('returns the invoice billed twice, now matching, and leaves other deviations alone', () => {
    expect(twice.status).toBe('deviating');
    expect(unrelated.status).toBe('deviating');
    const [again, ...rest] = recheck([first, twice, unrelated, note('inv-1')]);
    expect(rest).toEqual([]);
    expect(again).toMatchObject({ id: 'inv-2', status: 'matching', check: { findings: [] } });
  });

  it('returns nothing when no credit note touches the days billed twice', () => {
    expect(recheck([first, twice, unrelated])).toEqual([]);
  });
});
