// Credit notes (kreditnotaer): what a credit note may credit, and the days of an invoice it takes back.
import type { Invoice, InvoiceInput, InvoiceLine } from '../domain/invoice';
import { addDays, compareDates, daysBetween } from './dates';
import { formatDate, formatKr } from './format';
import { RATE_NAMES } from './invoiceRates';
import { roundKr } from './money';
import type { Period } from './periodCost';

/** What the rules read of a credit note: the invoice it credits, its days and its lines. */
export type CreditNoteLike = Pick<InvoiceInput, 'periodFrom' | 'periodTo' | 'lines' | 'creditsInvoiceId'>;

/** What the rules read of the invoice a credit note credits. */
export type CreditedInvoice = Pick<
  Invoice,
  'id' | 'contractId' | 'invoiceNumber' | 'periodFrom' | 'periodTo' | 'lines' | 'creditsInvoiceId'
>;

/** Whether a registered invoice is a credit note. */
export const isCreditNote = (invoice: { creditsInvoiceId?: string }): boolean => invoice.creditsInvoiceId !== undefined;

/** The days of `period` none of `cuts` covers, as periods in date order. */
export function subtractPeriods(period: Period, cuts: Period[]): Period[] {
  let left: Period[] = [period];
  for (const cut of cuts) {
    left = left.flatMap((p) => {
      if (compareDates(cut.to, p.from) < 0 || compareDates(cut.from, p.to) > 0) return [p];
      return [
        ...(compareDates(cut.from, p.from) > 0 ? [{ from: p.from, to: addDays(cut.from, -1) }] : []),
        ...(compareDates(cut.to, p.to) < 0 ? [{ from: addDays(cut.to, 1), to: p.to }] : []),
      ];
    });
  }
  return left;
}

/** The number of days the periods hold. */
export const dayCount = (periods: Period[]): number =>
  periods.reduce((sum, p) => sum + daysBetween(p.from, p.to) + 1, 0);

/** The days the credit notes take back of the invoice's lines of one rate type. */
export function creditedDays(
  invoiceId: string,
  rateType: InvoiceLine['rateType'],
  credits: CreditNoteLike[],
): Period[] {
  return credits
    .filter((note) => note.creditsInvoiceId === invoiceId && note.lines.some((line) => line.rateType === rateType))
    .map((note) => ({ from: note.periodFrom, to: note.periodTo }));
}

const amountOf = (lines: InvoiceLine[], rateType: InvoiceLine['rateType']) =>
  roundKr(lines.filter((line) => line.rateType === rateType).reduce((sum, line) => sum + line.amount, 0));

/**
 * Why a credit note cannot be registered, by field (none when it can): it must credit an invoice, not a credit note,
 * of the same contract; its days must lie within that invoice's period; each of its rate types must be billed on that
 * invoice; and what it and the earlier credit notes credit of a rate type may not exceed what the invoice billed.
 */
export function creditNoteErrors(
  note: CreditNoteLike,
  credited: CreditedInvoice | undefined,
  contractId: string,
  earlier: CreditNoteLike[],
): Record<string, string> {
  if (!credited) return { creditsInvoiceId: 'Fakturaen, der krediteres, findes ikke.' };
  const name = `faktura ${credited.invoiceNumber}`;
  if (credited.contractId !== contractId)
    return { creditsInvoiceId: `Faktura ${credited.invoiceNumber} hører til en anden kontrakt.` };
  if (isCreditNote(credited)) return { creditsInvoiceId: `${credited.invoiceNumber} er selv en kreditnota.` };
  const span = `${formatDate(credited.periodFrom)}–${formatDate(credited.periodTo)}`;
  const errors: Record<string, string> = {};
  if (compareDates(note.periodFrom, credited.periodFrom) < 0)
    errors.periodFrom = `Kreditnotaen kan kun kreditere dage i ${name}s periode ${span}.`;
  if (compareDates(note.periodTo, credited.periodTo) > 0)
    errors.periodTo = `Kreditnotaen kan kun kreditere dage i ${name}s periode ${span}.`;
  const before = earlier.filter((other) => other.creditsInvoiceId === credited.id);
  note.lines.forEach((line, i) => {
    const billed = amountOf(credited.lines, line.rateType);
    if (billed === 0) {
      errors[`lines.${i}.rateType`] = `${capitalized(name)} har ingen ${RATE_NAMES[line.rateType]} at kreditere.`;
      return;
    }
    const already = roundKr(before.reduce((sum, other) => sum + amountOf(other.lines, line.rateType), 0));
    const now = amountOf(note.lines.slice(0, i + 1), line.rateType);
    if (roundKr(already + now) > billed)
      errors[`lines.${i}.amount`] =
        `Der krediteres ${formatKr(roundKr(already + now))} ${RATE_NAMES[line.rateType]}, men ${name} fakturerede kun ` +
        `${formatKr(billed)}` +
        (already > 0 ? ` (${formatKr(already)} er krediteret før).` : '');
  });
  return errors;
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
