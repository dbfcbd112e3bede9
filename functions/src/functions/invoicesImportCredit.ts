// Credit notes in an invoice import: the invoice a credit note's rows credit (registered, or earlier in the file) and
// the errors of the credit-note rule, each on the row and column it comes from. Pure: writes nothing.
import type { InvoiceInput } from '@koberollen/shared/domain/invoice';
import { type CreditedInvoice, creditNoteErrors, type CreditNoteLike } from '@koberollen/shared/rules/creditNote';

import { cellError } from '../import/columns';
import { INVOICE_COLUMNS, type InvoiceColumnKey, type InvoiceRow } from './invoicesImportColumns';

/** The contract's invoices a credit note of the file may credit or count as earlier credit: registered, or new. */
export type KnownInvoice = CreditedInvoice & CreditNoteLike;

/** The invoice with this number among the contract's known invoices, later ones in the file last. */
export function creditedBy(number: string | undefined, known: KnownInvoice[]): KnownInvoice | undefined {
  return number === undefined ? undefined : known.find((invoice) => invoice.invoiceNumber === number);
}

const FIELD_COLUMNS: Partial<Record<string, InvoiceColumnKey>> = {
  creditsInvoiceId: 'creditsInvoiceNumber',
  periodFrom: 'periodFrom',
  periodTo: 'periodTo',
  rateType: 'rateType',
  amount: 'amount',
};

/**
 * Why the credit note of these rows cannot be registered, by row, from the same rule as a credit note registered by
 * hand: it must credit an invoice of the same contract that is not itself a credit note, within its days and up to
 * what it billed, counting the earlier credit notes registered or in the file.
 */
export function creditRowErrors(
  group: { row: InvoiceRow }[],
  input: InvoiceInput,
  credited: KnownInvoice | undefined,
  context: { contractId: string; known: KnownInvoice[] },
): Map<number, string[]> {
  const errors = new Map<number, string[]>();
  const head = group[0]!.row;
  if (!credited) {
    const message = `faktura ${head.creditsInvoiceNumber} findes ikke på kontrakten, hverken registreret eller før i filen.`;
    return errors.set(head.row, [cellError(INVOICE_COLUMNS, 'creditsInvoiceNumber', head.row, message)]);
  }
  const earlier = context.known.filter((invoice) => invoice.creditsInvoiceId !== undefined);
  for (const [field, message] of Object.entries(creditNoteErrors(input, credited, context.contractId, earlier))) {
    const parts = field.split('.');
    const row = (parts[0] === 'lines' ? group[Number(parts[1])] : group[0])!.row.row;
    const column = FIELD_COLUMNS[parts.at(-1)!] ?? 'creditsInvoiceNumber';
    const text = cellError(INVOICE_COLUMNS, column, row, message.charAt(0).toLowerCase() + message.slice(1));
    errors.set(row, [...(errors.get(row) ?? []), text]);
  }
  return errors;
}
