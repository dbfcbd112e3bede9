// Tests for which invoices count as spend and how their days are spread over months.
import type { Invoice } from '../domain/invoice';
import { addBilledByMonth, addSpentByMonth, billedByContract, coveredDays, withInvoices } from './spendBilled';

type Billable = Pick<
  Invoice,
  'id' | 'contractId' | 'status' | 'periodFrom' | 'periodTo' | 'lines' | 'creditsInvoiceId'
>;

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

describe('credit notes in spend', () => {
  const january = { from: '2026-01-01', to: '2026-01-31' };
  const daily = [{ type: 'day' as const, amount: 100, first: '2025-01-01' }];
  const spent = (billed: ReturnType<typeof withInvoices>) => {
    const into = new Map<string, number>();
    addSpentByMonth(daily, billed, january, into);
    return Math.round(into.get('2026-01') ?? 0);
  };
  const note = (status: Invoice['status'] = 'matching') => ({
    ...invoice('kn', status, [1000]),
    creditsInvoiceId: 'a',
  });

  it('keeps a credit note as a negative amount over its days', () => {
    expect(billedByContract([invoice('a', 'matching', [3100]), note()]).get('k1')).toEqual([
      { invoiceId: 'a', from: '2026-01-01', to: '2026-01-31', amount: 3100 },
      { invoiceId: 'kn', from: '2026-01-01', to: '2026-01-31', amount: -1000, creditsInvoiceId: 'a' },
    ]);
  });

  it('nets the credit off what the credited invoice billed, not off what the contract implies', () => {
    const both = withInvoices([], [invoice('a', 'matching', [3100]), note()]);
    expect(spent(both)).toBe(2100);
    // The credited invoice does not count yet (still deviating): the days cost what the rates imply, credit aside.
    const onlyNote = withInvoices([], [invoice('a', 'deviating', [3100]), note()]);
    expect(spent(onlyNote)).toBe(3100);
    expect(spent(withInvoices(onlyNote, [invoice('a', 'resolved', [2500])]))).toBe(1500);
  });
});
