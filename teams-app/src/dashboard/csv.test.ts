// The chart exports' CSV: Danish numbers that sum, and no cell a spreadsheet would run as a formula.
import { csvCellText } from '@koberollen/shared/rules/csvCell';

import { toCsv } from './csv';

const table = {
  columns: [
    { label: 'Sag', kind: 'text' as const },
    { label: 'Udgift', kind: 'kr' as const },
    { label: 'Start', kind: 'date' as const },
  ],
  rows: [
    ['=HYPERLINK("https://evil.example","Klik")', -1234.5, '2026-03-01'],
    ['@SUM(A1:A9)', 2500, '2026-04-01'],
    ['Botilbud; Roskilde', 0, '2026-05-01'],
  ],
};

/** Splits the CSV as a spreadsheet would: lines, then `;`-separated cells with quotes removed. */
function cellsOf(csv: string): string[][] {
  return csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) =>
      (line.match(/("([^"]|"")*"|[^;]*)(;|$)/g) ?? []).filter((c) => c !== '').map((c) => c.replace(/;$/, '')),
    )
    .map((cells) => cells.map((c) => (c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c)));
}

it('neutralises formula-like texts and keeps amounts as numbers that sum', () => {
  const [header, first, second, third] = cellsOf(toCsv(table));
  expect(header).toEqual(['Sag', 'Udgift', 'Start']);
  expect(first).toEqual([`'=HYPERLINK("https://evil.example","Klik")`, '-1234,50', '01.03.2026']);
  expect(second?.[0]).toBe("'@SUM(A1:A9)");
  expect(third?.[0]).toBe('Botilbud; Roskilde');
});

it('reads back, apostrophe dropped, as the texts the table shows', () => {
  const rows = cellsOf(toCsv(table)).slice(1);
  expect(rows.map((r) => csvCellText(r[0]!))).toEqual(table.rows.map((r) => r[0]));
});
