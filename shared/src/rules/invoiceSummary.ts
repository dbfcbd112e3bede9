// An invoice's status from its check, and what a set of checked invoices comes to: how many deviate, for how much.
import type { InvoiceCheck, InvoiceStatus } from '../domain/invoice';
import { roundKr } from './money';

/** The status a freshly checked invoice gets: matching, or deviating until finance clears it. */
export function statusOf(check: InvoiceCheck): Exclude<InvoiceStatus, 'resolved'> {
  return check.verdict === 'matches' ? 'matching' : 'deviating';
}

export interface InvoiceSummary {
  /** Invoices checked. */
  checked: number;
  /** Of those, the ones deviating and not yet cleared. */
  deviating: number;
  /** What the deviating invoices bill above what the contract allows, in kr.: the amount at stake. */
  amountAtStake: number;
}

/** Counts checked and deviating invoices; a deviation billing less than expected puts nothing at stake. */
export function summarizeInvoices(invoices: readonly { status: InvoiceStatus; check: InvoiceCheck }[]): InvoiceSummary {
  const deviating = invoices.filter((i) => i.status === 'deviating');
  return {
    checked: invoices.length,
    deviating: deviating.length,
    amountAtStake: roundKr(deviating.reduce((sum, i) => sum + Math.max(0, i.check.difference), 0)),
  };
}
