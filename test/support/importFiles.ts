// Import files as the finance and catalogue systems export them: a header row, then one row per record, as CSV or XLSX.
import ExcelJS from 'exceljs';

/** The provider import template's headers, in file order (docs/import.md). */
export const PROVIDER_IMPORT_HEADERS = [
  'Tilbudsid',
  'Afdelingsid',
  'Leverandør',
  'CVR',
  'Ejerform',
  'Adresse',
  'Postnummer',
  'By',
  'Kommune',
  'Region',
  'Tilbud',
  'Paragraf',
  'Målgrupper',
  'Pladser',
  'Takstenhed',
  'Listetakst',
  'Listetakst dato',
  'Forhandlet takst',
  'Forhandlet dato',
];

/** A valid provider import row as a map from header to cell text: one offer with a list and a negotiated price. */
export function providerImportRecord(name: string, overrides: Partial<Record<string, string>> = {}) {
  const record: Record<string, string | undefined> = {
    Tilbudsid: '7001',
    Afdelingsid: '1',
    Leverandør: name,
    CVR: '12345674',
    Ejerform: 'Privat',
    Adresse: 'Skovvej 2',
    Postnummer: '7100',
    By: 'Vejle',
    Kommune: 'Vejle Kommune',
    Region: 'Syddanmark',
    Tilbud: 'Længerevarende ophold',
    Paragraf: 'SEL §108',
    Målgrupper: 'Udviklingshæmning; Autismespektrumforstyrrelse',
    Pladser: '14',
    Takstenhed: 'døgn',
    Listetakst: '2.950,00',
    'Listetakst dato': '05.01.2026',
    'Forhandlet takst': '2800',
    'Forhandlet dato': '2026-02-01',
    ...overrides,
  };
  return Object.fromEntries(Object.entries(record).map(([header, text]) => [header, text ?? '']));
}

/** A valid provider import row for `name` in the template's column order, with `overrides` by header. */
export function providerRow(name: string, overrides: Partial<Record<string, string>> = {}): string[] {
  return rowsOf(PROVIDER_IMPORT_HEADERS, [providerImportRecord(name, overrides)])[0]!;
}

/** Rows given as maps from header to cell text, in the headers' order (a missing cell is empty). */
export const rowsOf = (headers: string[], records: Record<string, string>[]): string[][] =>
  records.map((record) => headers.map((h) => record[h] ?? ''));

const cellOf = (text: string) => (/[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** A semicolon-separated file, quoting cells that need it. */
export const csvOf = (headers: string[], rows: string[][]): string =>
  [headers, ...rows].map((r) => r.map(cellOf).join(';')).join('\n');

/** An XLSX workbook with one sheet: the headers, then the rows. */
export async function xlsxOf(headers: string[], rows: string[][], sheetName = 'Ark1'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const r of [headers, ...rows]) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
