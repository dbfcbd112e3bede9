// Detects text shaped like a Danish CPR number (DDMMYY, optional hyphen, four digits) so it is never stored.

const CPR_SHAPE = /(?<![\d])(\d{2})(\d{2})(\d{2})[-‐‑–]?(\d{4})(?![\d])/g;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when the text contains six digits forming a valid date DDMMYY followed by four digits. */
export function containsCprNumber(text: string): boolean {
  for (const match of text.matchAll(CPR_SHAPE)) {
    const day = Number(match[1]);
    const month = Number(match[2]);
    const maxDay = DAYS_IN_MONTH[month - 1];
    if (maxDay !== undefined && day >= 1 && day <= maxDay) return true;
  }
  return false;
}

/** The user-facing reason a text was refused. */
export const CPR_REFUSAL =
  'Feltet ser ud til at indeholde et CPR-nummer. Køberollen gemmer aldrig CPR-numre – brug sagsnummeret fra sagssystemet.';
