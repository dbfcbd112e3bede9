// After a credit note: its own check, and the contract's invoices billed twice checked again without the credited days.
import type { Invoice, InvoiceCheck, InvoiceInput } from '../domain/invoice';
import type { RegulationRate } from '../domain/settings';
import { isCreditNote } from './creditNote';
import { checkInvoice, type InvoiceCheckInput } from './invoiceCheck';
import { RATE_NAMES } from './invoiceRates';
import { statusOf } from './invoiceSummary';
import { roundKr } from './money';

/**
 * A credit note's check: nothing to compare against a rate, so it matches, and every amount counts negative. Each
 * line says what it credits on which invoice.
 */
export function creditNoteCheck(note: Pick<InvoiceInput, 'lines'>, creditedNumber: string): InvoiceCheck {
  const lines = note.lines.map((line, index) => ({
    index,
    verdict: 'matches' as const,
    billedUnitPrice: line.unitPrice,
    expectedAmount: -line.amount,
    billedAmount: -line.amount,
    difference: 0,
    reason: `Krediterer ${RATE_NAMES[line.rateType]} på faktura ${creditedNumber}.`,
  }));
  const total = roundKr(-note.lines.reduce((sum, line) => sum + line.amount, 0));
  return { verdict: 'matches', expectedTotal: total, billedTotal: total, difference: 0, lines, findings: [] };
}

export interface RecheckInput extends Pick<InvoiceCheckInput, 'contract' | 'reviews'> {
  klRates: RegulationRate[];
  /** All the contract's invoices and credit notes, the new credit note among them. */
  invoices: Invoice[];
}

/**
 * The contract's invoices still deviating for days billed twice, checked again against the invoices their check named
 * and every credit note, so days a credit note took back no longer count twice (and no new finding appears). Only those whose check changed
 * are returned, with their new check and status (an invoice whose only deviation was credited now matches).
 */
export function checksAfterCredit({ invoices, contract, klRates, reviews }: RecheckInput): Invoice[] {
  const credits = invoices.filter(isCreditNote);
  return invoices.flatMap((invoice): Invoice[] => {
    const named = new Set(
      (invoice.check.findings ?? []).flatMap((finding) => (finding.kind === 'doubleBilled' ? [finding.invoiceId] : [])),
    );
    if (invoice.status !== 'deviating' || named.size === 0) return [];
    const earlier = invoices.filter((other) => named.has(other.id));
    const check = checkInvoice({ invoice, contract, klRates, reviews, others: [...earlier, ...credits] });
    if (JSON.stringify(check) === JSON.stringify(invoice.check)) return [];
    return [{ ...invoice, check, status: statusOf(check) }];
  });
}
