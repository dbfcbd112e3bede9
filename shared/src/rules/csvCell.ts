// CSV cells that spreadsheets cannot run: OWASP's CSV-injection guard for exports, and its inverse for imports.

/** Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A plain number (`-1234,50`, `+3`, `12.5`): a spreadsheet reads it as a number, never as a formula. */
const PLAIN_NUMBER = /^[+-]?\d+([.,]\d+)?$/;

/** Whether a spreadsheet would read the text as a formula. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/** Texts that get the apostrophe: formula-like ones, also behind apostrophes of their own, so reading back is exact. */
const guarded = (text: string) => isFormulaLike(text.replace(/^'+/, ''));

/**
 * One CSV cell: a formula-like text gets a leading apostrophe so spreadsheets show it as text, then the cell is
 * quoted when it holds the separator, a quote, a tab, a line break or leading or trailing spaces.
 */
export function csvCell(text: string, separator = ';'): string {
  const safe = guarded(text) ? `'${text}` : text;
  const needsQuotes = safe.includes(separator) || /["\r\n\t]/.test(safe) || safe !== safe.trim();
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The text an exported cell stood for: drops the apostrophe csvCell put before a formula-like text. */
export function csvCellText(cell: string): string {
  return cell.startsWith("'") && guarded(cell) ? cell.slice(1) : cell;
}
