// The rows of an import sheet, the limits reading one keeps to, and the refusal of formula cells.
import { PayloadTooLargeError, ValidationError } from '@koberollen/shared/errors';

/** One row with content: its number in the sheet (the header being row 1) and its cell texts by column. */
export interface SheetRow {
  row: number;
  cells: string[];
  /**
   * The columns whose cell the file stores as a number (an XLSX number cell): its text is the number, which may have
   * lost the leading zero a person typed (0101901234 is stored as 101901234).
   */
  numberColumns?: number[];
}

/** Where a cell is: its row's number in the sheet and its column (0-based). */
export interface SheetCell {
  row: number;
  column: number;
}

export interface SheetLimits {
  /** Rows with content below the header; one more is refused with 413. */
  maxDataRows: number;
}

/** Cells beyond the last column any import reads are not read at all. */
export const MAX_COLUMNS = 200;
/** Filled cells a file may hold: every column of the longest import, with room to spare, on every allowed row. */
export const MAX_CELLS_PER_ROW = 40;
/** Excel's own limit for the text of one cell. */
export const MAX_CELL_CHARS = 32_767;

export function tooManyRows(limits: SheetLimits): PayloadTooLargeError {
  return new PayloadTooLargeError(
    `Filen har mere end ${limits.maxDataRows} rækker; højst ${limits.maxDataRows} kan indlæses ad gangen.`,
  );
}

export function tooManyCells(limits: SheetLimits): PayloadTooLargeError {
  const cells = (limits.maxDataRows + 1) * MAX_CELLS_PER_ROW;
  return new PayloadTooLargeError(
    `Filen har flere end ${cells.toLocaleString('da-DK')} udfyldte celler. Fjern kolonner, der ikke skal indlæses.`,
  );
}

export function cellTooLong(row: number, column: number): ValidationError {
  return new ValidationError(
    `Række ${row}, kolonne ${column}: cellen har mere end ${MAX_CELL_CHARS.toLocaleString('da-DK')} tegn, som er det mest, Excel selv tillader.`,
  );
}

/** The header's text for a column, for error messages: `»Leverandør«`, else the column's number. */
function columnName(rows: SheetRow[], column: number): string {
  const header = rows.find((r) => r.row === 1)?.cells[column]?.trim();
  return header ? `»${header}«` : String(column + 1);
}

const FORMULA_ADVICE = {
  csv: 'Filen har celler, som regneark læser som formler (de begynder med =, +, -, @, tabulator eller linjeskift)',
  xlsx: 'Regnearket har celler med formler',
} as const;
const FORMULA_FIX = {
  csv: "Ret cellerne, eller skriv en apostrof (') foran teksten, som Køberollens egne CSV-filer gør.",
  xlsx: 'Erstat formlerne med deres værdier (kopiér og indsæt som værdier), og send filen igen.',
} as const;

/** Up to five cells named by row and column (`række 3, kolonne »Pladser« (#N/A)`), and how many more there are. */
function cellsNamed(rows: SheetRow[], found: (SheetCell & { value?: string })[]): string {
  const where = found
    .slice(0, 5)
    .map(({ row, column, value }) => `række ${row}, kolonne ${columnName(rows, column)}${value ? ` (${value})` : ''}`)
    .join('; ');
  return found.length > 5 ? `${where} og ${found.length - 5} andre celler` : where;
}

/**
 * Refuses formula cells (OWASP's CSV-injection advice): up to five of them named by row and column, with how to fix
 * them for the file's kind.
 */
export function refuseFormulas(rows: SheetRow[], found: SheetCell[], kind: 'csv' | 'xlsx'): void {
  if (found.length === 0) return;
  throw new ValidationError(`${FORMULA_ADVICE[kind]}: ${cellsNamed(rows, found)}. ${FORMULA_FIX[kind]}`);
}

/** Refuses cells that show an error value (`#N/A`, `#DIV/0!`) instead of a value, naming up to five of them. */
export function refuseErrorValues(rows: SheetRow[], found: (SheetCell & { value: string })[]): void {
  if (found.length === 0) return;
  throw new ValidationError(
    `Regnearket har celler, der viser en fejl i stedet for en værdi: ${cellsNamed(rows, found)}. ` +
      'Skriv den rigtige værdi i cellerne, eller lad dem stå tomme, og send filen igen.',
  );
}
