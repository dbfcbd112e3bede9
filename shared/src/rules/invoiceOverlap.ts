// Days billed twice: another invoice of the same contract that billed the same rate for some of the same days.
import type { InvoiceFinding, InvoiceInput, LineCheck } from '../domain/invoice';
import { compareDates, daysBetween } from './dates';
import { formatDate, formatKr } from './format';
import { roundKr } from './money';

/** What the overlap check reads of the contract's other invoices. */
export type OtherInvoice = Pick<InvoiceInput, 'invoiceNumber' | 'periodFrom' | 'periodTo' | 'lines'> & { id: string };

const days = (from: string, to: string) => daysBetween(from, to) + 1;

/**
 * One finding per other invoice whose period shares days with this one and bills a rate this one bills too
 * (the same rate type; add-ons count only against add-ons). Its amount at stake is this invoice's part for the
 * shared days of those lines: each line's expected amount (its billed amount when none) spread evenly over the
 * period. The reason names the other invoice and the days, e.g. "Faktura F-2026-0022 har allerede faktureret …".
 */
export function doubleBilling(
  invoice: Pick<InvoiceInput, 'periodFrom' | 'periodTo' | 'lines'>,
  checks: LineCheck[],
  others: OtherInvoice[],
): InvoiceFinding[] {
  const periodDays = days(invoice.periodFrom, invoice.periodTo);
  const sorted = [...others].sort((a, b) => compareDates(a.periodFrom, b.periodFrom));
  return sorted.flatMap((other): InvoiceFinding[] => {
    const from = compareDates(other.periodFrom, invoice.periodFrom) > 0 ? other.periodFrom : invoice.periodFrom;
    const to = compareDates(other.periodTo, invoice.periodTo) < 0 ? other.periodTo : invoice.periodTo;
    if (compareDates(from, to) > 0) return [];
    const billed = new Set(other.lines.map((l) => l.rateType));
    const shared = invoice.lines.flatMap((line, i) => (billed.has(line.rateType) ? [checks[i]!] : []));
    const amount = roundKr(
      shared.reduce((sum, c) => sum + ((c.expectedAmount ?? c.billedAmount) * days(from, to)) / periodDays, 0),
    );
    if (shared.length === 0 || amount <= 0) return [];
    const span = from === to ? formatDate(from) : `${formatDate(from)}–${formatDate(to)}`;
    return [
      {
        kind: 'doubleBilled',
        amount,
        invoiceId: other.id,
        invoiceNumber: other.invoiceNumber,
        reason: `Faktureret to gange: faktura ${other.invoiceNumber} har allerede faktureret ${span} (${days(from, to)} ${days(from, to) === 1 ? 'dag' : 'dage'}) for kontrakten; ${formatKr(amount)} af denne faktura gælder de samme dage.`,
      },
    ];
  });
}
