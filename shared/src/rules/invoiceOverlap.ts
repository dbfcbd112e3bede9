// Days billed twice: another invoice of the same contract that billed the same rate for some of the same days.
import type { InvoiceFinding, InvoiceInput, LineCheck } from '../domain/invoice';
import { creditedDays, type CreditNoteLike, dayCount, isCreditNote, subtractPeriods } from './creditNote';
import { compareDates, daysBetween } from './dates';
import { formatDate, formatKr } from './format';
import { roundKr } from './money';
import type { Period } from './periodCost';

/** What the overlap check reads of the contract's other invoices (credit notes among them). */
export type OtherInvoice = Pick<
  InvoiceInput,
  'invoiceNumber' | 'periodFrom' | 'periodTo' | 'lines' | 'creditsInvoiceId'
> & {
  id: string;
};

const days = (from: string, to: string) => daysBetween(from, to) + 1;
const spanText = ({ from, to }: Period) => (from === to ? formatDate(from) : `${formatDate(from)}–${formatDate(to)}`);

/**
 * One finding per other invoice whose period shares days with this one and bills a rate this one bills too
 * (the same rate type; add-ons count only against add-ons), leaving out the days a credit note took back of either
 * invoice's lines of that rate. Credit notes among `others` bill nothing themselves. Its amount at stake is this
 * invoice's part for the shared days of those lines: each line's expected amount (its billed amount when none) spread
 * evenly over the period. The reason names the other invoice and the days, e.g. "Faktura F-2026-0022 har allerede
 * faktureret …". `invoice.id` is given when the invoice is registered already (a check again after a credit note).
 */
export function doubleBilling(
  invoice: Pick<InvoiceInput, 'periodFrom' | 'periodTo' | 'lines'> & { id?: string },
  checks: LineCheck[],
  others: OtherInvoice[],
): InvoiceFinding[] {
  const periodDays = days(invoice.periodFrom, invoice.periodTo);
  const credits: CreditNoteLike[] = others.filter(isCreditNote);
  const billing = others.filter((other) => !isCreditNote(other) && other.id !== invoice.id);
  const sorted = [...billing].sort((a, b) => compareDates(a.periodFrom, b.periodFrom));
  return sorted.flatMap((other): InvoiceFinding[] => {
    const from = compareDates(other.periodFrom, invoice.periodFrom) > 0 ? other.periodFrom : invoice.periodFrom;
    const to = compareDates(other.periodTo, invoice.periodTo) < 0 ? other.periodTo : invoice.periodTo;
    if (compareDates(from, to) > 0) return [];
    const billed = new Set(other.lines.map((l) => l.rateType));
    const shared = invoice.lines.flatMap((line, i) => {
      if (!billed.has(line.rateType)) return [];
      const cuts = [
        ...creditedDays(other.id, line.rateType, credits),
        ...(invoice.id ? creditedDays(invoice.id, line.rateType, credits) : []),
      ];
      return [{ check: checks[i]!, left: subtractPeriods({ from, to }, cuts) }];
    });
    const amount = roundKr(
      shared.reduce(
        (sum, { check, left }) => sum + ((check.expectedAmount ?? check.billedAmount) * dayCount(left)) / periodDays,
        0,
      ),
    );
    if (shared.length === 0 || amount <= 0) return [];
    const widest = shared.reduce((a, b) => (dayCount(b.left) > dayCount(a.left) ? b : a)).left;
    const count = dayCount(widest);
    return [
      {
        kind: 'doubleBilled',
        amount,
        invoiceId: other.id,
        invoiceNumber: other.invoiceNumber,
        reason: `Faktureret to gange: faktura ${other.invoiceNumber} har allerede faktureret ${widest.map(spanText).join(', ')} (${count} ${count === 1 ? 'dag' : 'dage'}) for kontrakten; ${formatKr(amount)} af denne faktura gælder de samme dage.`,
      },
    ];
  });
}
