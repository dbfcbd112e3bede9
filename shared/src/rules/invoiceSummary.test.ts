// Tests for an invoice's status from its check and the summary of checked invoices.
import type { InvoiceCheck, InvoiceStatus } from '../domain/invoice';
import { statusOf, summarizeInvoices } from './invoiceSummary';

const check = (difference: number): InvoiceCheck => ({
  verdict: difference === 0 ? 'matches' : 'deviates',
  expectedTotal: 1000,
  billedTotal: 1000 + difference,
  difference,
  lines: [],
});

describe('statusOf', () => {
  it('is matching for a matching check and deviating otherwise', () => {
    expect(statusOf(check(0))).toBe('matching');
    expect(statusOf(check(12.5))).toBe('deviating');
  });
});

describe('summarizeInvoices', () => {
  it('adds what deviating invoices bill too much, leaving out cleared ones and ones billing too little', () => {
    const invoices: { status: InvoiceStatus; check: InvoiceCheck }[] = [
      { status: 'matching', check: check(0) },
      { status: 'deviating', check: check(5600) },
      { status: 'deviating', check: check(0.1 + 0.2) },
      { status: 'deviating', check: check(-300) },
      { status: 'resolved', check: check(900) },
    ];
    expect(summarizeInvoices(invoices)).toEqual({ checked: 5, deviating: 3, amountAtStake: 5600.3 });
  });

  it('is all zero for no invoices', () => {
    expect(summarizeInvoices([])).toEqual({ checked: 0, deviating: 0, amountAtStake: 0 });
  });
});
