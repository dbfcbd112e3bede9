// Spreadsheet files for the imports and exports: reads XLSX or CSV into rows of text, writes rows as either.
import type { HttpResponseInit } from '@azure/functions';
import ExcelJS from 'exceljs';

import { CSV_TYPE, type FileFormat, XLSX_TYPE } from '@koberollen/shared/api/providers.contract';

import { readCsv, writeCsv } from './csvFile';
import type { SheetLimits, SheetRow } from './sheetRows';
import { readXlsx } from './xlsxFile';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Reads the first sheet of an XLSX file or a CSV file (UTF-8, `;` or `,`) as its rows with content. */
export function readSpreadsheet(bytes: Buffer, limits: SheetLimits): Promise<SheetRow[]> {
  return bytes.subarray(0, 4).equals(ZIP_MAGIC) ? readXlsx(bytes, limits) : Promise.resolve(readCsv(bytes, limits));
}

/** Writes rows (the first being the headers) as an XLSX workbook with one sheet, or as a UTF-8 CSV with `;`. */
export async function writeSpreadsheet(
  rows: (string | number)[][],
  format: FileFormat,
  sheetName: string,
): Promise<Buffer> {
  if (format === 'csv') return writeCsv(rows);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
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
