// Reads an import file sent as a request body: size, type, header and row count checked, then its data rows.
import { PayloadTooLargeError, ValidationError } from '@koberollen/shared/errors';

import { type Column, readHeader } from './columns';
import type { SheetRow } from './sheetRows';
import { readSpreadsheet } from './spreadsheet';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 5000;

/** A non-empty data row: its number in the file (the header being row 1) and its cell texts. */
export type DataRow = SheetRow;

/** The file's data rows and where each column of the map is; throws a Danish 400/413/415 when the file is unfit. */
export async function readImportFile<K extends string>(
  bytes: Buffer,
  columns: readonly Column<K>[],
): Promise<{ positions: Record<K, number>; rows: DataRow[] }> {
  if (bytes.length === 0)
    throw new ValidationError('Filen er tom. Send en CSV- eller XLSX-fil som forespørgslens indhold.');
  if (bytes.length > MAX_IMPORT_BYTES)
    throw new PayloadTooLargeError('Filen fylder mere end 5 MB. Del den op i flere filer.');
  const table = await readSpreadsheet(bytes, { maxDataRows: MAX_IMPORT_ROWS });
  const header = readHeader(columns, table.find((r) => r.row === 1)?.cells ?? []);
  if ('errors' in header) throw new ValidationError(header.errors.join(' '));
  const rows = table.filter((r) => r.row > 1);
  if (rows.length === 0) throw new ValidationError('Filen har ingen rækker under overskrifterne.');
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new PayloadTooLargeError(`Filen har ${rows.length} rækker; højst ${MAX_IMPORT_ROWS} kan indlæses ad gangen.`);
  }
  return { positions: header.positions, rows };
}
