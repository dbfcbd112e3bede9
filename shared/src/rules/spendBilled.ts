// What a contract's invoices billed, as periods of days with their amounts: the spend of the days they cover, in place
// of what the contract's rates imply for those days.
import type { Invoice, InvoiceStatus } from '../domain/invoice';
import { compareDates, daysBetween } from './dates';
import { addByMonth, type DailyCharge, daysByMonth, type Period } from './periodCost';

/** One invoice's days and what it billed for them (kr.), spread evenly over its days; a credit note's is negative. */
export interface BilledPeriod {
  invoiceId: string;
  from: string;
  to: string;
  amount: number;
  /** On a credit note's period: the invoice it credits. It counts only while that invoice counts. */
  creditsInvoiceId?: string;
}

type Billing = Pick<Invoice, 'id' | 'status' | 'periodFrom' | 'periodTo' | 'lines' | 'creditsInvoiceId'>;

/**
 * Invoices that count as spend: those that match the contract and those whose deviation finance has cleared. An
 * invoice still deviating is not accepted yet, so its days keep what the contract implies.
 */
const SPENT: readonly InvoiceStatus[] = ['matching', 'resolved'];

/** The invoice's billed period when it counts as spend, else none. */
export function billedPeriodOf(invoice: Billing): BilledPeriod | undefined {
  if (!SPENT.includes(invoice.status) || compareDates(invoice.periodFrom, invoice.periodTo) > 0) return undefined;
  const amount = invoice.lines.reduce((sum, line) => sum + line.amount, 0);
  const period = { invoiceId: invoice.id, from: invoice.periodFrom, to: invoice.periodTo };
  const { creditsInvoiceId } = invoice;
  return creditsInvoiceId === undefined ? { ...period, amount } : { ...period, amount: -amount, creditsInvoiceId };
}

/** The periods that count: every invoice's, and a credit note's while the invoice it credits counts. */
function counting(billed: BilledPeriod[]): BilledPeriod[] {
  const ids = new Set(billed.filter((b) => b.creditsInvoiceId === undefined).map((b) => b.invoiceId));
  return billed.filter((b) => b.creditsInvoiceId === undefined || ids.has(b.creditsInvoiceId));
}

/** The kept periods with the invoices' own replaced by what each now counts for (gone when it counts for nothing). */
export function withInvoices(kept: BilledPeriod[], invoices: Billing[]): BilledPeriod[] {
  const ids = new Set(invoices.map((i) => i.id));
  const fresh = invoices.flatMap((invoice) => billedPeriodOf(invoice) ?? []);
  return [...kept.filter((b) => !ids.has(b.invoiceId)), ...fresh].sort(
    (a, b) => compareDates(a.from, b.from) || (a.invoiceId < b.invoiceId ? -1 : a.invoiceId > b.invoiceId ? 1 : 0),
  );
}

const later = (a: string, b: string) => (compareDates(a, b) >= 0 ? a : b);
const earlier = (a: string, b: string) => (compareDates(a, b) <= 0 ? a : b);

/** The days the invoices' periods cover within `within` (credit notes' aside), as disjoint periods in date order. */
export function coveredDays(billed: BilledPeriod[], within: Period): Period[] {
  const clipped = billed
    .filter((b) => b.creditsInvoiceId === undefined)
    .map((b) => ({ from: later(b.from, within.from), to: earlier(b.to, within.to) }))
    .filter((p) => compareDates(p.from, p.to) <= 0)
    .sort((a, b) => compareDates(a.from, b.from));
  const merged: Period[] = [];
  for (const period of clipped) {
    const last = merged.at(-1);
    if (last && daysBetween(last.to, period.from) <= 1) last.to = later(last.to, period.to);
    else merged.push({ ...period });
  }
  return merged;
}

/**
 * Adds what the periods billed for their days within `within` to `into`, by month key `YYYY-MM`: each day of an
 * invoice carries its amount over its days. Days two invoices cover carry both. Not rounded.
 */
export function addBilledByMonth(billed: BilledPeriod[], within: Period, into: Map<string, number>): void {
  for (const period of billed) {
    const perDay = period.amount / (daysBetween(period.from, period.to) + 1);
    const first = later(period.from, within.from);
    const last = earlier(period.to, within.to);
    if (compareDates(first, last) > 0) continue;
    daysByMonth(first, last, (key, _year, days) => into.set(key, (into.get(key) ?? 0) + perDay * days));
  }
}

/**
 * Adds the spend of the period's days to `into`, by month key: what the invoices billed for the days they cover, net
 * of what credit notes took back of invoices that count, and what the charges imply for the days no invoice covers.
 * Not rounded.
 */
export function addSpentByMonth(
  charges: DailyCharge[],
  kept: BilledPeriod[],
  period: Period,
  into: Map<string, number>,
): void {
  const billed = counting(kept);
  addByMonth(charges, period, into);
  if (billed.length === 0) return;
  const implied = new Map<string, number>();
  for (const days of coveredDays(billed, period)) addByMonth(charges, days, implied);
  for (const [key, amount] of implied) into.set(key, (into.get(key) ?? 0) - amount);
  addBilledByMonth(billed, period, into);
}

/** By contract id, the billed periods of its invoices that count as spend. */
export function billedByContract(invoices: (Billing & Pick<Invoice, 'contractId'>)[]): Map<string, BilledPeriod[]> {
  const byContract = new Map<string, BilledPeriod[]>();
  for (const invoice of invoices) {
    const billed = billedPeriodOf(invoice);
    if (billed) byContract.set(invoice.contractId, [...(byContract.get(invoice.contractId) ?? []), billed]);
  }
  for (const [id, billed] of byContract) byContract.set(id, withInvoices(billed, []));
  return byContract;
}
