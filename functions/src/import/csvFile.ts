// CSV import files read and export files written, with formula-like cells guarded both ways (OWASP CSV injection).
import { Readable } from 'node:stream';

import ExcelJS from 'exceljs';

import { UnsupportedMediaTypeError, ValidationError } from '@koberollen/shared/errors';
import { csvCell, csvCellText, isFormulaLike } from '@koberollen/shared/rules/csvCell';

import { cellTooLong, MAX_CELL_CHARS, refuseFormulas, type SheetRow } from './sheetRows';
import { NOT_A_SPREADSHEET } from './xlsxFile';

/** The separator a Danish or English CSV uses, from its first line. */
function separatorOf(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  return (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** Parses UTF-8 CSV text (`;` or `,`) into rows of raw cell texts, as the file holds them. */
async function parse(text: string): Promise<string[][]> {
  const rows: string[][] = [];
  const workbook = new ExcelJS.Workbook();
  try {
    const sheet = await workbook.csv.read(Readable.from([text.replace(/^\uFEFF/, '')]), {
      map: (value: unknown) => (typeof value === 'string' ? value : ''),
      parserOptions: { delimiter: separatorOf(text) },
    });
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      rows[number - 1] = Array.from(values, (v) => (typeof v === 'string' ? v : ''));
    });
  } catch {
    throw new ValidationError('CSV-filen kunne ikke læses. Kontrollér anførselstegn og separatorer.');
  }
  return rows;
}

/**
 * The rows with content of a CSV file. A cell the product's own export neutralised (`'=…`) reads back as the text it
 * stood for; a formula-like cell without the apostrophe is refused, naming where it is.
 */
export async function readCsv(bytes: Buffer): Promise<SheetRow[]> {
  const text = bytes.toString('utf8');
  if (text.includes('\u0000') || text.includes('\uFFFD')) throw new UnsupportedMediaTypeError(NOT_A_SPREADSHEET);
  const rows: SheetRow[] = [];
  const formulas: { row: number; column: number }[] = [];
  (await parse(text)).forEach((raw, index) => {
    const row = index + 1;
    const cells = Array.from(raw, (cell, column) => {
      if (cell.length > MAX_CELL_CHARS) throw cellTooLong(row, column + 1);
      if (isFormulaLike(cell)) formulas.push({ row, column });
      return csvCellText(cell);
    });
    if (cells.some((c) => c.trim())) rows.push({ row, cells });
  });
  refuseFormulas(rows, formulas, 'csv');
  return rows;
}

/** Rows (the first being the headers) as UTF-8 CSV with `;`, a BOM for Excel, and every cell guarded. */
export function writeCsv(rows: (string | number)[][]): Buffer {
  const lines = rows.map((row) => row.map((cell) => csvCell(String(cell))).join(';'));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
