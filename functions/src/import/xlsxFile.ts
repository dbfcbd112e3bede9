// Reads the first sheet of an XLSX import as a stream, within the limits, after the zip directory has been checked:
// cells as the text a user sees, number cells marked, formula and error cells refused.
import { DomainError, UnsupportedMediaTypeError } from '@koberollen/shared/errors';

import {
  cellTooLong,
  MAX_CELL_CHARS,
  MAX_CELLS_PER_ROW,
  MAX_COLUMNS,
  refuseErrorValues,
  refuseFormulas,
  type SheetCell,
  type SheetLimits,
  type SheetRow,
  tooManyCells,
  tooManyRows,
} from './sheetRows';
import { NOT_A_SPREADSHEET, readWorkbookParts, scanPart, textCollector, type WorkbookParts } from './xlsxParts';
import type { XmlHandler } from './xmlScanner';
import { damaged } from './zipEntries';
import { checkZipSize } from './zipLimits';

/** One cell as the sheet's XML gives it, before it is read as text. */
interface RawCell {
  row: number;
  column: number;
  type: string;
  style: number;
  formula: boolean;
  value: string;
  inValue: boolean;
  inline?: string | null;
  inlineReader?: XmlHandler;
}

const DAY_MS = 24 * 3600 * 1000;
const MAX_SHEET_ROWS = 1_048_576;
const pad = (n: number) => String(n).padStart(2, '0');

/** A date serial as an ISO date (days since 1899-12-30, or since 1904-01-01); undefined when it is no real date. */
function serialDate(serial: number, date1904: boolean): string | undefined {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * DAY_MS);
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return undefined;
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Column index (0-based) of a cell reference such as `AB12`; undefined when there is none. */
function columnOf(ref: string | undefined): number | undefined {
  if (ref === undefined) return undefined;
  const letters = /^([A-Za-z]{1,3})\d*$/.exec(ref)?.[1];
  if (!letters) throw damaged();
  return [...letters.toUpperCase()].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

/** The text a user sees in a cell, and whether the file stores it as a number; undefined for an error cell. */
function cellValue(cell: RawCell, parts: WorkbookParts): { text: string; number?: boolean } | undefined {
  const { type, value } = cell;
  if (cell.formula) return { text: '' };
  if (type === 'inlineStr') return { text: cell.inline === undefined ? value : (cell.inline ?? tooLongText) };
  if (type === 'str') return { text: value };
  if (type === 'e') return undefined;
  if (value === '') return { text: '' };
  if (type === 's') {
    const index = Number(value);
    if (!Number.isInteger(index) || index < 0 || index >= parts.sharedStrings.length) throw damaged();
    return { text: parts.sharedStrings[index] ?? tooLongText };
  }
  if (type === 'b') return { text: String(parseInt(value, 10) !== 0) };
  if (type === 'd') return { text: /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] ?? value };
  const number = parseFloat(value);
  if (Number.isNaN(number)) throw damaged();
  const date = parts.dateStyles.has(cell.style) ? serialDate(number, parts.date1904) : undefined;
  return date ? { text: date } : { text: String(number), number: true };
}

/** Stands for a text longer than any cell may hold, so that its length check refuses it. */
const tooLongText = 'x'.repeat(MAX_CELL_CHARS + 1);

/** The sheet's rows with content; throws 413 past the row or cell limit and 400 for a cell longer than Excel allows. */
function sheetReader(parts: WorkbookParts, limits: SheetLimits) {
  const rows: SheetRow[] = [];
  const formulas: SheetCell[] = [];
  const errors: (SheetCell & { value: string })[] = [];
  let filled = 0;
  let rowNumber = 0;
  let cells: string[] = [];
  let nextColumn = 0;
  let numberColumns: number[] = [];
  let cell: RawCell | undefined;

  const endCell = (raw: RawCell) => {
    if (raw.column >= MAX_COLUMNS) return;
    if (raw.formula) formulas.push({ row: raw.row, column: raw.column });
    const read = cellValue(raw, parts);
    if (!read) return void errors.push({ row: raw.row, column: raw.column, value: raw.value });
    if (read.text.length > MAX_CELL_CHARS) throw cellTooLong(raw.row, raw.column + 1);
    if (read.number) numberColumns.push(raw.column);
    if (read.text) filled += 1;
    cells[raw.column] = read.text;
  };
  const endRow = () => {
    if (cells.some((c) => c?.trim())) {
      rows.push({ row: rowNumber, cells: Array.from(cells, (c) => c ?? ''), numberColumns });
      if (rows.length > limits.maxDataRows + 1) throw tooManyRows(limits);
      if (filled > (limits.maxDataRows + 1) * MAX_CELLS_PER_ROW) throw tooManyCells(limits);
    }
    [cells, numberColumns, nextColumn] = [[], [], 0];
  };

  const handler: XmlHandler = {
    open(name, attributes, selfClosing) {
      if (cell?.inlineReader) return cell.inlineReader.open(name, attributes, selfClosing);
      if (name === 'row') {
        rowNumber = attributes.r === undefined ? rowNumber + 1 : Number(attributes.r);
        if (!Number.isInteger(rowNumber) || rowNumber < 1 || rowNumber > MAX_SHEET_ROWS) throw damaged();
        if (selfClosing) endRow();
      } else if (name === 'c') {
        const column = columnOf(attributes.r) ?? nextColumn;
        nextColumn = column + 1;
        const style = Number(attributes.s ?? 0);
        if (!selfClosing)
          cell = {
            row: rowNumber,
            column,
            type: attributes.t ?? 'n',
            style,
            formula: false,
            value: '',
            inValue: false,
          };
      } else if (cell && name === 'f') cell.formula = true;
      else if (cell && name === 'v') cell.inValue = !selfClosing;
      else if (cell && name === 'is') {
        const target = cell;
        target.inlineReader = textCollector('is', (text) => {
          target.inline = text;
          target.inlineReader = undefined;
        });
        target.inlineReader.open(name, attributes, selfClosing);
      }
    },
    close(name) {
      if (cell?.inlineReader) return cell.inlineReader.close(name);
      if (name === 'v' && cell) cell.inValue = false;
      else if (name === 'c' && cell) {
        const done = cell;
        cell = undefined;
        endCell(done);
      } else if (name === 'row') endRow();
    },
    text(piece) {
      if (cell?.inlineReader) return cell.inlineReader.text(piece);
      if (!cell?.inValue) return;
      cell.value = cell.value.length + piece.length > MAX_CELL_CHARS ? tooLongText : cell.value + piece;
    },
  };
  return { handler, rows, formulas, errors };
}

/** The rows with content of the workbook's first sheet; 413 past the row or cell limit, 400 for formula cells and
 * cells showing an error value, 415 when the file is no workbook or is damaged. */
export async function readXlsx(bytes: Buffer, limits: SheetLimits): Promise<SheetRow[]> {
  try {
    const parts = await readWorkbookParts(bytes, await checkZipSize(bytes));
    const { handler, rows, formulas, errors } = sheetReader(parts, limits);
    await scanPart(bytes, parts.sheet, handler);
    refuseFormulas(rows, formulas, 'xlsx');
    refuseErrorValues(rows, errors);
    return rows;
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new UnsupportedMediaTypeError(NOT_A_SPREADSHEET);
  }
}
