// Danish display of amounts, dates, months and percentages ("12.345,50 kr.", "01.03.2026", "2,5 %"), and dates and
// amounts read back.
import { daysInMonth, formatIsoDate, parseIsoDate } from './dates';

const AMOUNT = new Intl.NumberFormat('da-DK', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  signDisplay: 'negative',
});
const MONTH = new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** ICU writes non-breaking spaces and the Unicode minus; users and tests expect plain ones. */
function plain(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');
}

/** An amount in kroner: `formatKr(12345.5) === '12.345,50 kr.'`. */
export function formatKr(amount: number): string {
  return `${plain(AMOUNT.format(amount))} kr.`;
}

/** An ISO date as dd.mm.yyyy: `formatDate('2026-03-01') === '01.03.2026'`. */
export function formatDate(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
}

const DANISH_DATE = /^(\d{1,2})[.\-/](\d{1,2})[.\-/](\d{4})$/;

/**
 * A date as typed in Danish, `01.03.2026` (also `1.3.2026`, `01-03-2026`, `01/03/2026`), as an ISO date; undefined
 * when it is no real calendar date. The reverse of `formatDate`.
 */
export function parseDanishDate(text: string): string | undefined {
  const match = DANISH_DATE.exec(text.trim());
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return formatIsoDate(year, month, day);
}

/** Month texts already made: an overview of a period names the same few months for every contract. */
const monthTexts = new Map<string, string>();

/** A month key `YYYY-MM` as Danish text: `formatMonth('2026-03') === 'marts 2026'`. */
export function formatMonth(month: string): string {
  let text = monthTexts.get(month);
  if (text === undefined) {
    const { year, month: m } = parseIsoDate(`${month}-01`);
    text = plain(MONTH.format(new Date(Date.UTC(year, m - 1, 1))));
    if (monthTexts.size < 1200) monthTexts.set(month, text);
  }
  return text;
}

const MONTH_NAMES = [
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** A month number (1-12) as its Danish name: `formatMonthName(3) === 'marts'`. */
export function formatMonthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? '';
}

/** A number with up to `maxDecimals` decimals and Danish separators: `formatNumber(1234.5) === '1.234,5'`. */
export function formatNumber(value: number, maxDecimals = 2): string {
  const format = new Intl.NumberFormat('da-DK', { maximumFractionDigits: maxDecimals, signDisplay: 'negative' });
  return plain(format.format(value));
}

/** A percentage with up to `maxDecimals` decimals: `formatPercent(2.5) === '2,5 %'`. */
export function formatPercent(percent: number, maxDecimals = 2): string {
  return `${formatNumber(percent, maxDecimals)} %`;
}

/** "2.885,59", "2885.59" or "2885" as a non-negative number with at most two decimals. */
export function parseAmount(text: string): number | undefined {
  const compact = text.replace(/\s|kr\.?/gi, '');
  const normal = /^\d+(\.\d+)?$/.test(compact) ? compact : compact.replace(/\./g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(normal)) return undefined;
  return Number(normal);
}
