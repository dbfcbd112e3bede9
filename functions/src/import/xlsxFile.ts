// Reads the first sheet of an XLSX import as a stream, within the limits, after the zip directory has been checked.
import { Readable } from 'node:stream';

import ExcelJS from 'exceljs';

import { DomainError, UnsupportedMediaTypeError } from '@koberollen/shared/errors';

import {
  cellTooLong,
  MAX_CELL_CHARS,
  MAX_CELLS_PER_ROW,
  MAX_COLUMNS,
  refuseFormulas,
  type SheetLimits,
  type SheetRow,
  tooManyCells,
  tooManyRows,
} from './sheetRows';
import { checkZipSize } from './zipLimits';

export const NOT_A_SPREADSHEET =
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
  return '';
}

const isFormula = (value: ExcelJS.CellValue) =>
  typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);

/** The rows with content of the workbook's first sheet; 413 past the row or cell limit, 400 for formula cells. */
export async function readXlsx(bytes: Buffer, limits: SheetLimits): Promise<SheetRow[]> {
  await checkZipSize(bytes);
  const rows: SheetRow[] = [];
  const formulas: { row: number; column: number }[] = [];
  let filled = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const cells: string[] = [];
        const numberColumns: number[] = [];
        row.eachCell((cell, column) => {
          if (column > MAX_COLUMNS) return;
          if (isFormula(cell.value)) formulas.push({ row: row.number, column: column - 1 });
          if (typeof cell.value === 'number') numberColumns.push(column - 1);
          const text = cellText(cell.value);
          if (text.length > MAX_CELL_CHARS) throw cellTooLong(row.number, column);
          if (text) filled += 1;
          cells[column - 1] = text;
        });
        if (!cells.some((c) => c?.trim())) continue;
        rows.push({ row: row.number, cells: Array.from(cells, (c) => c ?? ''), numberColumns });
        if (rows.length > limits.maxDataRows + 1) throw tooManyRows(limits);
        if (filled > (limits.maxDataRows + 1) * MAX_CELLS_PER_ROW) throw tooManyCells(limits);
      }
      break;
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new UnsupportedMediaTypeError(NOT_A_SPREADSHEET);
  }
  refuseFormulas(rows, formulas, 'xlsx');
  return rows;
}
