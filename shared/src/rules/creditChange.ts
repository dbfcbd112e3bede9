// A credit note corrected or deleted: the contract's invoices whose days billed twice it touched, checked again.
import type { Invoice } from '../domain/invoice';
import { isCreditNote } from './creditNote';
import type { RecheckInput } from './creditRecheck';
import { compareDates } from './dates';
import { checkInvoice } from './invoiceCheck';
import { statusOf } from './invoiceSummary';
import type { Period } from './periodCost';

const overlaps = (invoice: Invoice, period: Period) =>
  compareDates(invoice.periodFrom, period.to) <= 0 && compareDates(period.from, invoice.periodTo) <= 0;

/**
 * What `invoice` is checked against: the invoices registered before it (as its check first saw them), those its
 * check names as billing the same days, and the invoices the credit notes credit (registered no later than it).
 */
function earlierThan(invoice: Invoice, others: Invoice[], credited: Set<string>): Invoice[] {
  const named = new Set(
    (invoice.check.findings ?? []).flatMap((f) => (f.kind === 'doubleBilled' ? [f.invoiceId] : [])),
  );
  return others.filter(
    (other) =>
      named.has(other.id) ||
      other.createdAt < invoice.createdAt ||
      (credited.has(other.id) && other.createdAt <= invoice.createdAt),
  );
}

/**
 * After a credit note was corrected or deleted (`invoices` as they now stand, the deleted note gone; `periods` the
 * note's days before and after): every invoice of the contract on those days, but those finance cleared, checked
 * again against the invoices registered before it and every credit note. Days a credit note no longer takes back
 * count twice again; days it now takes back no longer do. Only those whose check changed are returned, with their
 * new check and status.
 */
export function checksAfterCreditChange({
  invoices,
  contract,
  klRates,
  reviews,
  periods,
}: RecheckInput & { periods: Period[] }): Invoice[] {
  const credits = invoices.filter(isCreditNote);
  const credited = new Set(credits.flatMap((note) => (note.creditsInvoiceId ? [note.creditsInvoiceId] : [])));
  const billing = invoices.filter((invoice) => !isCreditNote(invoice));
  return billing.flatMap((invoice): Invoice[] => {
    if (invoice.status === 'resolved' || !periods.some((period) => overlaps(invoice, period))) return [];
    const others = [...earlierThan(invoice, billing, credited), ...credits];
    const check = checkInvoice({ invoice, contract, klRates, reviews, others });
    if (JSON.stringify(check) === JSON.stringify(invoice.check)) return [];
    return [{ ...invoice, check, status: statusOf(check) }];
  });
}
