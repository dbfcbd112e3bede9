// The CSV a chart's table exports: semicolons, Danish decimal commas, a BOM so Excel reads æ, ø and å as UTF-8.
import { csvCell } from '@koberollen/shared/rules/csvCell';
import { formatDate, formatKr, formatNumber } from '@koberollen/shared/rules/format';

/** How a column's values are written: text, kroner, an ISO date or a whole count. */
export type CellKind = 'text' | 'kr' | 'date' | 'count';

export interface Column {
  label: string;
  kind: CellKind;
}

export type Cell = string | number;

/** A table as it is shown and exported: the same columns and rows in both. */
export interface TableData {
  columns: Column[];
  rows: Cell[][];
}

/** A cell as the table shows it: `12.345,50 kr.`, `01.03.2026`. */
export function displayCell(value: Cell, kind: CellKind): string {
  if (kind === 'kr') return formatKr(Number(value));
  if (kind === 'date') return formatDate(String(value));
  if (kind === 'count') return formatNumber(Number(value), 0);
  return String(value);
}

/**
 * A cell as the CSV holds it: amounts as numbers with a decimal comma and no thousands separator, so they sum; a
 * text a spreadsheet would run as a formula is neutralised (see csvCell).
 */
function exportCell(value: Cell, kind: CellKind): string {
  const text =
    kind === 'kr'
      ? Number(value).toFixed(2).replace('.', ',')
      : kind === 'count'
        ? String(value)
        : displayCell(value, kind);
  return csvCell(text);
}

const BOM = '\ufeff';

/** The table as CSV text: a header line, then one line per row, separated by CRLF as Excel writes them. */
export function toCsv(table: TableData): string {
  const lines = [
    table.columns.map((c) => exportCell(c.label, 'text')),
    ...table.rows.map((row) => row.map((cell, i) => exportCell(cell, table.columns[i]?.kind ?? 'text'))),
  ];
  return BOM + lines.map((cells) => cells.join(';')).join('\r\n') + '\r\n';
}

/** Offers the CSV as a download named `fileName`. */
export function downloadCsv(table: TableData, fileName: string): void {
  const url = URL.createObjectURL(new Blob([toCsv(table)], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
