// CSV import files read and export files written, with formula-like cells guarded both ways (OWASP CSV injection).
import { UnsupportedMediaTypeError, ValidationError } from '@koberollen/shared/errors';
import { csvCell, csvCellText, isFormulaLike } from '@koberollen/shared/rules/csvCell';

import { cellTooLong, MAX_CELL_CHARS, refuseFormulas, type SheetLimits, type SheetRow, tooManyRows } from './sheetRows';
import { NOT_A_SPREADSHEET } from './xlsxParts';

/** The separator a Danish or English CSV uses, from its first line. */
function separatorOf(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  return (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
}

const unreadable = () => new ValidationError('CSV-filen kunne ikke læses. Kontrollér anførselstegn og separatorer.');

/** Where a quoted cell starting at `at` ends (after its closing quote), and its text with doubled quotes undone. */
function quotedCell(text: string, at: number): { cell: string; end: number } {
  let cell = '';
  let from = at + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) throw unreadable();
    cell += text.slice(from, quote);
    if (text[quote + 1] !== '"') return { cell, end: quote + 1 };
    cell += '"';
    from = quote + 2;
  }
}

/**
 * Parses CSV text (RFC 4180: a quoted cell may hold separators, line breaks and doubled quotes; lines end in CRLF or
 * LF) into its records with content, as raw cell texts numbered from 1 by record. Read in one pass, holding only
 * those cells; 413 past the row limit.
 */
function parse(text: string, separator: string, limits: SheetLimits): { row: number; raw: string[] }[] {
  const rows: { row: number; raw: string[] }[] = [];
  let record = 0;
  let cells: string[] = [];
  const endRecord = () => {
    record += 1;
    if (cells.some((cell) => cell.trim())) rows.push({ row: record, raw: cells });
    if (rows.length > limits.maxDataRows + 1) throw tooManyRows(limits);
    cells = [];
  };
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (at < text.length) {
    if (text[at] === '"') {
      const { cell, end } = quotedCell(text, at);
      cells.push(cell);
      at = end;
      while (text[at] === ' ' || text[at] === '\t') at += 1;
    } else {
      let end = at;
      while (end < text.length && text[end] !== separator && text[end] !== '\n' && text[end] !== '\r') end += 1;
      cells.push(text.slice(at, end));
      at = end;
    }
    const next = text[at];
    if (next === separator) {
      at += 1;
      if (at === text.length) cells.push('');
      continue;
    }
    if (next !== undefined && next !== '\n' && next !== '\r') throw unreadable();
    endRecord();
    at += next === '\r' && text[at + 1] === '\n' ? 2 : 1;
  }
  if (cells.length > 0) endRecord();
  return rows;
}

/**
 * The rows with content of a CSV file. A cell the product's own export neutralised (`'=…`) reads back as the text it
 * stood for; a formula-like cell without the apostrophe is refused, naming where it is.
 */
export function readCsv(bytes: Buffer, limits: SheetLimits): SheetRow[] {
  const text = bytes.toString('utf8');
  if (text.includes('\u0000') || text.includes('\uFFFD')) throw new UnsupportedMediaTypeError(NOT_A_SPREADSHEET);
  const rows: SheetRow[] = [];
  const formulas: { row: number; column: number }[] = [];
  parse(text, separatorOf(text), limits).forEach(({ row, raw }) => {
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
