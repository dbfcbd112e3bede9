// A CPR number typed into Excel as a number loses its leading zero; the imports read such a number cell as it was
// typed and refuse the row naming row and column. Real XLSX files, built here with exceljs.
import ExcelJS from 'exceljs';

import { INVOICE_COLUMNS, INVOICE_HEADERS, readInvoiceRow } from '../functions/invoicesImportColumns';
import { COLUMNS, HEADERS, readRow } from '../functions/providersImportColumns';
import { readImportFile } from './importFile';

/** An XLSX workbook whose first sheet holds the headers and the rows, numbers stored as number cells. */
async function xlsx(headers: string[], rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Ark1');
  for (const row of [headers, ...rows]) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A provider row with the given cells by header, the rest valid. */
function providerRow(cells: Record<string, string | number>): (string | number)[] {
  const valid: Record<string, string | number> = {
    Leverandør: 'Bostedet Engly',
    CVR: '12345674',
    Ejerform: 'Privat',
    Postnummer: 7100,
    By: 'Vejle',
    Kommune: 'Vejle Kommune',
    Region: 'Syddanmark',
    Tilbud: 'Længerevarende ophold',
    Paragraf: 'SEL §108',
    Pladser: 14,
    Takstenhed: 'døgn',
    Listetakst: 2950,
    'Listetakst dato': '2026-01-05',
  };
  return HEADERS.map((header) => ({ ...valid, ...cells })[header] ?? '');
}

async function providerErrors(cells: Record<string, string | number>): Promise<string[]> {
  const { positions, rows } = await readImportFile(await xlsx(HEADERS, [providerRow(cells)]), COLUMNS);
  const result = readRow(rows[0]!, positions);
  return result.ok ? [] : result.errors;
}

// Building and reading real workbooks takes a few seconds on a busy machine.
jest.setTimeout(30_000);

const LOST_ZERO = /ser ud til at indeholde et CPR-nummer, som regnearket har gemt som et tal uden det foranstillede 0/;

it('refuses a provider row whose number cell is a CPR number without its leading zero, naming row and column', async () => {
  // 0101901234 typed into a number cell is stored as 101901234.
  const errors = await providerErrors({ Tilbudsid: 101901234 });
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatch(/^Række 2, kolonne »Tilbudsid«: /);
  expect(errors[0]).toMatch(LOST_ZERO);
  expect(await providerErrors({ Afdelingsid: 311299123 })).toEqual([expect.stringMatching(/kolonne »Afdelingsid«/)]);
});

it('refuses a ten-digit CPR number in a number cell as any CPR number', async () => {
  expect(await providerErrors({ Tilbudsid: 1502261234 })).toEqual([
    expect.stringMatching(/^Række 2, kolonne »Tilbudsid«: ser ud til at indeholde et CPR-nummer\./),
  ]);
});

it('reads ordinary numbers and the same nine digits typed as text as they are', async () => {
  // Nine digits whose padded form is no date (day 01, month 23), a place count, a rate, a postal code.
  expect(await providerErrors({ Tilbudsid: 123456789, Pladser: 14, Listetakst: 2950 })).toEqual([]);
  // Typed as text the cell holds what the person wrote: nine digits are not a CPR number.
  expect(await providerErrors({ Tilbudsid: '101901234' })).toEqual([]);
});

it('refuses an invoice row whose number cell in "Fakturanummer" is a CPR number without its leading zero', async () => {
  const cells: Record<string, string | number> = {
    Fakturanummer: 50190123,
    CVR: '12345674',
    Sagsnummer: 'SAG-2026-0001',
    'Periode fra': '2026-02-01',
    'Periode til': '2026-02-28',
    Linjetekst: 'Ophold februar',
    Enhed: 'døgn',
    Antal: 28,
    Enhedspris: 2950,
    Beløb: 82600,
  };
  const file = async (invoiceNumber: number) => {
    const row: Record<string, string | number> = { ...cells, Fakturanummer: invoiceNumber };
    return xlsx(INVOICE_HEADERS, [INVOICE_HEADERS.map((header) => row[header] ?? '')]);
  };
  const errorsOf = async (invoiceNumber: number) => {
    const { positions, rows } = await readImportFile(await file(invoiceNumber), INVOICE_COLUMNS);
    const result = readInvoiceRow(rows[0]!, positions);
    return result.ok ? [] : result.errors;
  };
  expect(await errorsOf(50190123)).toEqual([]);
  const errors = await errorsOf(501901234);
  expect(errors).toEqual([expect.stringMatching(/^Række 2, kolonne »Fakturanummer«: /)]);
  expect(errors[0]).toMatch(LOST_ZERO);
});
