// Detects a Danish CPR number in any spelling (separators, full-width digits, invisible characters) so it is never stored.
import { fieldLabel } from '../domain/fieldLabels';

/**
 * Characters a reader does not see: format characters (zero-width space and joiners, soft hyphen, bidi marks, BOM),
 * combining marks, fillers and control characters other than white space. They are removed before matching, so
 * "0101\u200B901234" reads as "0101901234".
 */
const INVISIBLE = /[\p{Cf}\p{Mn}\p{Me}\u034F\u115F\u1160\u3164\uFFA0]|[^\P{Cc}\s]/gu;

/**
 * What may stand between the groups DDMMYY-SSSS or between DD, MM and YY: white space of any kind, a dot, a slash, or
 * a hyphen or dash of any kind, up to three of them ("01.01.90 - 1234"). Digits inside a group stay together.
 */
const SEP = String.raw`[\s./\-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]{0,3}`;

/** DD MM YY SSSS with optional separators at the group boundaries, and no digit right before or after. */
const CPR_SHAPE = new RegExp(String.raw`(?<!\d)(\d\d)${SEP}(\d\d)${SEP}(\d\d)${SEP}(\d)(\d{3})(?!\d)`, 'g');

/** Ten characters that are or may fold into digits (`\p{N}`: digits of any script, superscripts, circled). */
const TEN_NUMBERS = /(?:\p{N}\P{N}*){10}/u;

/** Any decimal digit of any script. */
const DIGIT = /\p{Nd}/u;
/** A decimal digit of another script than ASCII (Arabic-Indic, Devanagari, …). */
const OTHER_DIGITS = /[^\P{Nd}0-9]/gu;

/** The text with every decimal digit as an ASCII digit, full-width forms folded and invisible characters removed. */
export function normaliseForCpr(text: string): string {
  // Plain printable ASCII (the common case) needs neither folding nor removal.
  const folded = /[^\x20-\x7e\s]/.test(text) ? text.normalize('NFKC').replace(INVISIBLE, '') : text;
  return /[^\p{ASCII}]/u.test(folded) ? folded.replace(OTHER_DIGITS, (digit) => String(digitValue(digit))) : folded;
}

/** The value of a non-ASCII decimal digit: its distance from the start of its run of ten (Unicode keeps 0-9 in order). */
function digitValue(char: string): number {
  const code = char.codePointAt(0)!;
  let start = code;
  while (start > 0 && DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return (code - start) % 10;
}

/**
 * The birth year a CPR number encodes: the seventh digit and YY give the century (CPR-kontoret's table), so that
 * 29 February is only accepted in a leap year.
 */
function birthYear(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900 + yy;
  if (seventh === 4 || seventh === 9) return (yy <= 36 ? 2000 : 1900) + yy;
  return (yy <= 57 ? 2000 : 1800) + yy;
}

/** True when DD and MM form a real date in the year the number encodes. */
function isBirthDate(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * True when the text holds a CPR number: ten digits DDMMYYSSSS, not part of a longer run of digits, whose first six are
 * a real date. Spellings: no separator, or spaces, dots, slashes, hyphens, en or em dashes between DD, MM, YY and SSSS;
 * digits of any script and full-width; invisible characters anywhere; inside longer text. Ordinary numbers stay free:
 * amounts, CVR and phone numbers (eight digits, or ten starting with 45) and dates never have this shape. A ten-digit
 * number whose first six digits are a date is treated as a CPR number (see docs/security.md).
 */
export function containsCprNumber(text: string): boolean {
  if (!TEN_NUMBERS.test(text)) return false;
  for (const match of normaliseForCpr(text).matchAll(CPR_SHAPE)) {
    const [, dd, mm, yy, seventh] = match.map(Number) as [number, number, number, number, number];
    if (isBirthDate(dd, mm, birthYear(yy, seventh))) return true;
  }
  return false;
}

/** Why a text was refused, as the end of a sentence that names where (`Række 3, kolonne »Paragraf«: …`). */
export const CPR_SEEN =
  'ser ud til at indeholde et CPR-nummer. Køberollen gemmer aldrig CPR-numre – brug sagsnummeret fra sagssystemet.';

/** The user-facing reason a text was refused. */
export const CPR_REFUSAL = `Feltet ${CPR_SEEN}`;

/** The message next to one field of a problem document, whose detail explains it (see `cprRefusalIn`). */
export const CPR_FIELD = 'Ser ud til at være et CPR-nummer.';

/** The reason naming where by the fields' Danish names: `Feltet »Noter« ser ud til at indeholde et CPR-nummer. …` (an import names row and column). */
export function cprRefusalIn(fields: readonly string[]): string {
  const where = fields.map((field) => `»${fieldLabel(field) ?? field}«`).join(', ');
  const subject = fields.length === 1 ? `Feltet ${where}` : `Felterne ${where}`;
  return `${subject} ${CPR_SEEN}`;
}
