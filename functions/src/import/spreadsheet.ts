// Spreadsheet files for the imports and exports: reads XLSX or CSV into rows of text, writes rows as either.
import { Readable } from 'node:stream';

import type { HttpResponseInit } from '@azure/functions';
import ExcelJS from 'exceljs';

import { CSV_TYPE, type FileFormat, XLSX_TYPE } from '@koberollen/shared/api/providers.contract';
import { UnsupportedMediaTypeError, ValidationError } from '@koberollen/shared/errors';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const NOT_A_SPREADSHEET =
  'Filen er hverken en CSV- eller en XLSX-fil. Gem den som CSV eller Excel-projektmappe (.xlsx).';

const pad = (n: number) => String(n).padStart(2, '0');

/** A cell's value as the text a user sees; dates as ISO dates, numbers with a decimal point. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date)
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  if ('result' in value) return cellText(value.result);
  return '';
}

function rowsOf(sheet: ExcelJS.Worksheet | undefined): string[][] {
  const rows: string[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row, number) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows[number - 1] = values.map((v) => cellText(v));
  });
  return Array.from(rows, (row) => row ?? []);
}

/** The separator a Danish or English CSV uses, from its first line. */
function separatorOf(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  return (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** Reads the first sheet of an XLSX file or a CSV file (UTF-8, `;` or `,`) as rows of cell texts. */
export async function readSpreadsheet(bytes: Buffer): Promise<string[][]> {
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(new Uint8Array(bytes).buffer);
    } catch {
      throw new UnsupportedMediaTypeError(NOT_A_SPREADSHEET);
    }
    return rowsOf(workbook.worksheets[0]);
  }
  const text = bytes.toString('utf8');
  if (text.includes('\u0000') || text.includes('\uFFFD')) throw new UnsupportedMediaTypeError(NOT_A_SPREADSHEET);
  const workbook = new ExcelJS.Workbook();
  try {
    const sheet = await workbook.csv.read(Readable.from([text.replace(/^\uFEFF/, '')]), {
      map: (value: unknown) => (typeof value === 'string' ? value : ''),
      parserOptions: { delimiter: separatorOf(text) },
    });
    return rowsOf(sheet);
  } catch {
    throw new ValidationError('CSV-filen kunne ikke læses. Kontrollér anførselstegn og separatorer.');
  }
}

/** Writes rows (the first being the headers) as an XLSX workbook with one sheet, or as a UTF-8 CSV with `;`. */
export async function writeSpreadsheet(
  rows: (string | number)[][],
  format: FileFormat,
  sheetName: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  if (format === 'csv') {
    const csv = await workbook.csv.writeBuffer({ formatterOptions: { delimiter: ';', writeBOM: true } });
    return Buffer.from(csv);
  }
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column) => {
    column.width = 18;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A 200 answer carrying a file to save as `name.format`. */
export function fileAnswer(bytes: Buffer, format: FileFormat, name: string): HttpResponseInit {
  return {
    status: 200,
    headers: {
      'Content-Type': format === 'csv' ? `${CSV_TYPE}; charset=utf-8` : XLSX_TYPE,
      'Content-Disposition': `attachment; filename="${name}.${format}"`,
    },
    body: bytes,
  };
}
