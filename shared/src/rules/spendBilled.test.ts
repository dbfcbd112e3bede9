// Tests for which invoices count as spend and how their days are spread over months.
import type { Invoice } from '../domain/invoice';
import { addBilledByMonth, billedByContract, coveredDays, withInvoices } from './spendBilled';

type Billable = Pick<Invoice, 'id' | 'contractId' | 'status' | 'periodFrom' | 'periodTo' | 'lines'>;

const invoice = (id: string, status: Invoice['status'], amounts: number[], contractId = 'k1'): Billable => ({
  id,
  contractId,
  status,
  periodFrom: '2026-01-01',
  periodTo: '2026-01-31',
  lines: amounts.map((amount) => ({
    rateType: 'day',
    description: 'Døgntakst',
    quantity: 1,
    unit: 'day',
    unitPrice: amount,
    amount,
  })),
});

describe('billedByContract', () => {
  it('counts matching and cleared invoices with the sum of their lines, not those still deviating', () => {
    const billed = billedByContract([
      invoice('a', 'matching', [1000, 550.5]),
      invoice('b', 'deviating', [9000]),
      invoice('c', 'resolved', [200], 'k2'),
    ]);
    expect(billed.get('k1')).toEqual([{ invoiceId: 'a', from: '2026-01-01', to: '2026-01-31', amount: 1550.5 }]);
    expect(billed.get('k2')?.map((b) => b.amount)).toEqual([200]);
  });
});

describe('withInvoices', () => {
  it('adds an invoice once it counts and takes it away when it no longer does', () => {
    const kept = withInvoices([], [invoice('a', 'matching', [100])]);
    expect(withInvoices(kept, [invoice('b', 'deviating', [50])])).toEqual(kept);
    const cleared = withInvoices(kept, [invoice('b', 'resolved', [50])]);
    expect(cleared.map((b) => b.invoiceId)).toEqual(['a', 'b']);
    expect(withInvoices(cleared, [{ ...invoice('a', 'deviating', [100]) }]).map((b) => b.invoiceId)).toEqual(['b']);
  });
});

describe('coveredDays', () => {
  it('merges adjoining and overlapping periods within the bounds', () => {
    const periods = [
      { invoiceId: 'a', from: '2026-02-01', to: '2026-02-28', amount: 1 },
      { invoiceId: 'b', from: '2026-01-01', to: '2026-01-31', amount: 1 },
      { invoiceId: 'c', from: '2026-04-01', to: '2026-04-30', amount: 1 },
    ];
    expect(coveredDays(periods, { from: '2026-01-15', to: '2026-04-10' })).toEqual([
      { from: '2026-01-15', to: '2026-02-28' },
      { from: '2026-04-01', to: '2026-04-10' },
    ]);
  });
});

describe('addBilledByMonth', () => {
  it("spreads an invoice's amount evenly over its days, within the bounds", () => {
    const into = new Map<string, number>();
    const period = { invoiceId: 'a', from: '2026-01-17', to: '2026-02-15', amount: 3000 };
    addBilledByMonth([period], { from: '2026-01-01', to: '2026-02-10' }, into);
    expect([...into]).toEqual([
      ['2026-01', 1500],
      ['2026-02', 1000],
    ]);
  });
});
