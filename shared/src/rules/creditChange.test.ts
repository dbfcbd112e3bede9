// Tests for the contract's invoices checked again after a credit note was corrected or deleted.
import type { Invoice, InvoiceInput } from '../domain/invoice';
import { checksAfterCreditChange } from './creditChange';
import { checksAfterCredit, creditNoteCheck } from './creditRecheck';
import { checkInvoice } from './invoiceCheck';
import { statusOf } from './invoiceSummary';
import { TEST_KL_RATES, testContract, testFebruaryInvoice, testInvoiceLine as line } from './testFixtures';

const contract = testContract();
const user = { userId: 'u1', name: 'Økonomi' };
const input = (invoiceNumber: string, extra: Partial<InvoiceInput> = {}) =>
  testFebruaryInvoice([line()], invoiceNumber, extra);
const registered = (id: string, at: string, body: InvoiceInput, others: Invoice[] = []): Invoice => {
  const check = checkInvoice({ invoice: body, contract, klRates: TEST_KL_RATES, others });
  const stamp = { createdAt: at, createdBy: user, updatedAt: at, updatedBy: user };
  return { ...body, id, ...stamp, contractId: 'k1', providerId: 'p1', status: statusOf(check), check };
};

describe('after a credit note is corrected or deleted', () => {
  const first = registered('inv-1', '2027-03-01T10:00:00Z', input('F-1'));
  const twice = registered('inv-2', '2027-03-02T10:00:00Z', input('F-2'), [first]);
  const february = { from: first.periodFrom, to: first.periodTo };
  const note = {
    ...registered('kn-1', '2027-03-03T10:00:00Z', input('KN-1', { creditsInvoiceId: 'inv-1' })),
    check: creditNoteCheck(input('KN-1'), 'F-1'),
  };
  const cleared = checksAfterCredit({ invoices: [first, twice, note], contract, klRates: TEST_KL_RATES, reviews: [] });
  const matching = cleared[0]!;
  const change = (invoices: Invoice[], periods = [february]) =>
    checksAfterCreditChange({ invoices, contract, klRates: TEST_KL_RATES, reviews: [], periods });

  it('flags the later invoice again when the note is deleted, naming the earlier one, and leaves that one alone', () => {
    expect(matching.status).toBe('matching');
    const [again, ...rest] = change([first, matching]);
    expect(rest).toEqual([]);
    expect(again).toMatchObject({ id: 'inv-2', status: 'deviating' });
    expect(again!.check).toEqual(twice.check);
  });

  it('changes nothing while the note still takes back every day billed twice', () => {
    expect(change([first, matching, note])).toEqual([]);
  });

  it('leaves invoices finance cleared, and those outside the note’s days, as they are', () => {
    const resolved = { ...matching, status: 'resolved' as const };
    expect(change([first, resolved])).toEqual([]);
    expect(change([first, matching], [{ from: '2027-05-01', to: '2027-05-31' }])).toEqual([]);
  });
});
