// The invoice import's column map (Danish headers, as docs/import.md lists them) and the reading of one row: one
// line of one invoice or credit note, with its number, the provider's CVR, its contract and its period.
import type { InvoiceLine } from '@koberollen/shared/domain/invoice';
import { Cvr } from '@koberollen/shared/domain/provider';
import { compareDates } from '@koberollen/shared/rules/dates';
import { parseAmount } from '@koberollen/shared/rules/format';
import { RATE_NAMES } from '@koberollen/shared/rules/invoiceCheck';

import { byWord, type Column, parseDate, type RowReader, rowReader } from '../import/columns';
import type { SheetRow } from '../import/sheetRows';
import { UNIT_WORDS } from './providersImportColumns';

/** The columns in file order: key, Danish header, whether every row must fill it, and whether it may be left out. */
export const INVOICE_COLUMNS = [
  { key: 'invoiceNumber', header: 'Fakturanummer', required: true },
  { key: 'cvr', header: 'CVR', required: true },
  { key: 'contractId', header: 'Kontrakt-id', required: false, optionalHeader: true, systemIds: true },
  { key: 'caseReference', header: 'Sagsnummer', required: false, optionalHeader: true },
  { key: 'periodFrom', header: 'Periode fra', required: true },
  { key: 'periodTo', header: 'Periode til', required: true },
  { key: 'receivedDate', header: 'Modtaget', required: false, optionalHeader: true },
  { key: 'description', header: 'Linjetekst', required: true },
  { key: 'rateType', header: 'Takstart', required: false, optionalHeader: true },
  { key: 'unit', header: 'Enhed', required: true },
  { key: 'quantity', header: 'Antal', required: true },
  { key: 'unitPrice', header: 'Enhedspris', required: true },
  { key: 'amount', header: 'Beløb', required: true },
  { key: 'documentType', header: 'Bilagstype', required: false, optionalHeader: true },
  { key: 'creditsInvoiceNumber', header: 'Krediterer faktura', required: false, optionalHeader: true },
] as const satisfies readonly Column[];

export type InvoiceColumnKey = (typeof INVOICE_COLUMNS)[number]['key'];

/** The key that makes an invoice unique: its number and the provider's CVR. */
export const invoiceKey = (invoiceNumber: string, cvr: string) => `${cvr}/${invoiceNumber}`;
export const INVOICE_HEADERS = INVOICE_COLUMNS.map((c) => c.header);

/** One valid row: a line of the invoice `invoiceNumber` from the provider with `cvr`. */
export interface InvoiceRow {
  row: number;
  invoiceNumber: string;
  cvr: string;
  /** The contract by its id, or by the case-system reference of its case (with the CVR). */
  contract: { id: string } | { caseReference: string };
  periodFrom: string;
  periodTo: string;
  receivedDate?: string;
  /** On a credit note's row: the number of the invoice it credits (of the same contract). */
  creditsInvoiceNumber?: string;
  line: InvoiceLine;
}

export type InvoiceRowResult = { ok: true; value: InvoiceRow } | { ok: false; row: number; errors: string[] };

const RATE_WORDS = Object.values(RATE_NAMES).join(', ');
const DOCUMENT_TYPES = { invoice: 'Faktura', creditNote: 'Kreditnota' };
const MINUS = /^[-−]\s*/;

/**
 * Whether the row is a credit note: "Kreditnota" in »Bilagstype«, or an invoice number in »Krediterer faktura«.
 * Either without the other's agreement is an error: a credit note must name the invoice it credits.
 */
function creditedNumber(reader: Pick<RowReader<InvoiceColumnKey>, 'cell' | 'fail'>): string | undefined {
  const { cell, fail } = reader;
  const type = cell('documentType') ? byWord(DOCUMENT_TYPES, cell('documentType')) : undefined;
  if (cell('documentType') && !type) fail('documentType', 'skriv Faktura eller Kreditnota.');
  const credited = cell('creditsInvoiceNumber');
  if (type === 'creditNote' && !credited)
    fail('creditsInvoiceNumber', 'en kreditnota skal angive nummeret på den faktura, den krediterer.');
  if (type === 'invoice' && credited)
    fail('creditsInvoiceNumber', 'kun en kreditnota krediterer en faktura; skriv Kreditnota i kolonnen »Bilagstype«.');
  if (credited && credited === cell('invoiceNumber'))
    fail('creditsInvoiceNumber', 'en kreditnota kan ikke kreditere sig selv.');
  return credited || undefined;
}

/** Reads one data row (`row` is its number in the file, the header being row 1); each error names row and column. */
export function readInvoiceRow(sheetRow: SheetRow, positions: Record<InvoiceColumnKey, number>): InvoiceRowResult {
  const { row } = sheetRow;
  const reader = rowReader<InvoiceColumnKey>(INVOICE_COLUMNS, sheetRow, positions);
  const { cell, fail, errors } = reader;
  const creditsInvoiceNumber = creditedNumber(reader);
  const cvr = cell('cvr');
  if (cvr && !Cvr.safeParse(cvr).success) fail('cvr', 'CVR-nummeret skal være 8 cifre og bestå modulus 11-kontrollen.');
  if (!cell('contractId') && !cell('caseReference'))
    fail('contractId', 'udfyld kontraktens id eller kolonnen »Sagsnummer«.');
  const date = (key: 'periodFrom' | 'periodTo' | 'receivedDate') => {
    const parsed = parseDate(cell(key));
    if (cell(key) && !parsed) fail(key, 'skal være en dato, fx 05.01.2026.');
    return parsed;
  };
  const periodFrom = date('periodFrom');
  const periodTo = date('periodTo');
  const receivedDate = date('receivedDate');
  if (periodFrom && periodTo && compareDates(periodTo, periodFrom) < 0)
    fail('periodTo', 'perioden slutter, før den begynder.');
  const unit = byWord(UNIT_WORDS, cell('unit'));
  if (cell('unit') && !unit) fail('unit', 'skriv døgn, måned, time eller pakke.');
  const rateType = cell('rateType') ? byWord(RATE_NAMES, cell('rateType')) : unit;
  if (cell('rateType') && !rateType) fail('rateType', `skriv en af ${RATE_WORDS.replace(/, (?=[^,]*$)/, ' eller ')}.`);
  // A credit note's lines are what it credits: finance systems write them negative, the register keeps them positive.
  const number = (key: 'quantity' | 'unitPrice' | 'amount', example: string) => {
    const negative = MINUS.test(cell(key));
    const parsed = parseAmount(cell(key).replace(MINUS, ''));
    if (cell(key) && parsed === undefined) fail(key, `skal være et tal med højst to decimaler, fx ${example}.`);
    else if (negative && !creditsInvoiceNumber)
      fail(
        key,
        'er negativ: en kreditnota har »Kreditnota« i »Bilagstype« og fakturaens nummer i »Krediterer faktura«.',
      );
    return parsed;
  };
  const quantity = number('quantity', '28 eller 7,5');
  const unitPrice = number('unitPrice', '2.885,50');
  const amount = number('amount', '80.794,00');
  if (quantity === 0) fail('quantity', 'skal være større end 0.');
  if (errors.length > 0 || !periodFrom || !periodTo || !unit || !rateType) return { ok: false, row, errors };
  return {
    ok: true,
    value: {
      row,
      invoiceNumber: cell('invoiceNumber'),
      cvr,
      contract: cell('contractId') ? { id: cell('contractId') } : { caseReference: cell('caseReference') },
      periodFrom,
      periodTo,
      ...(receivedDate ? { receivedDate } : {}),
      ...(creditsInvoiceNumber ? { creditsInvoiceNumber } : {}),
      line: {
        rateType,
        description: cell('description'),
        quantity: quantity!,
        unit,
        unitPrice: unitPrice!,
        amount: amount!,
      },
    },
  };
}
