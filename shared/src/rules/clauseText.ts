// Renders clause paragraphs with field values as Danish sentences: numbers with their noun in singular or plural,
// and no paragraph left broken by an optional field that was not filled in.
import type { ClauseParagraph, FieldDefinition, FieldUnit } from '../domain/clause';
import { formatDate, formatKr, formatNumber } from './format';

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "hver anden måned" reads better than "hver 2. måned" for the small intervals contracts use. */
const ORDINAL_WORDS: Record<number, string> = { 2: 'anden', 3: 'tredje', 4: 'fjerde', 5: 'femte', 6: 'sjette' };

/** A number typed the Danish way ("1.234,5") or the plain way ("1234.5"). */
function parseNumber(value: string): number | undefined {
  const danish = value.includes(',') ? value.replace(/\./g, '').replace(',', '.') : value;
  const n = Number(danish);
  return value !== '' && Number.isFinite(n) ? n : undefined;
}

/** A count with its noun: "1 måned", "3 måneder"; after "hver": "måned", "anden måned", "12. måned". */
export function withUnit(n: number, unit: FieldUnit): string {
  if (unit.every) {
    if (n === 1) return unit.one;
    return `${ORDINAL_WORDS[n] ?? `${formatNumber(n)}.`} ${unit.one}`;
  }
  return `${formatNumber(n)} ${n === 1 ? unit.one : unit.other}`;
}

/** A field value as it reads in a sentence. */
export function renderFieldValue(field: FieldDefinition, value: string): string {
  const text = value.trim();
  const n = parseNumber(text);
  if (field.type === 'number' && field.unit && n !== undefined) return withUnit(n, field.unit);
  if (field.type === 'amount' && n !== undefined) return formatKr(n).replace(/ kr\.$/, '');
  if (field.type === 'date' && ISO_DATE.test(text)) return formatDate(text);
  return text;
}

/** Each value as its field reads it in a sentence (`renderFieldValue`); a key no field defines keeps its value. */
export function renderFieldValues(
  values: Readonly<Record<string, string>>,
  fields: readonly FieldDefinition[],
): Record<string, string> {
  const byKey = new Map<string, FieldDefinition>();
  for (const field of fields) if (!byKey.has(field.key)) byKey.set(field.key, field);
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => {
      const field = byKey.get(key);
      return [key, field ? renderFieldValue(field, value) : value];
    }),
  );
}

/** A paragraph's text cut into plain runs and `{{fieldKey}}` placeholders, in order (for previews and editors). */
export function clauseTextParts(text: string): ({ kind: 'text'; text: string } | { kind: 'field'; key: string })[] {
  const parts: ({ kind: 'text'; text: string } | { kind: 'field'; key: string })[] = [];
  let at = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > at) parts.push({ kind: 'text', text: text.slice(at, match.index) });
    parts.push({ kind: 'field', key: match[1] ?? '' });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}

/**
 * The paragraphs with every `{{fieldKey}}` replaced by its rendered value. A paragraph that names an optional field
 * left empty is left out, so it never reads as a broken sentence; an empty required field shows its label in
 * brackets, so the gap is visible. A placeholder without a field definition stays as it is.
 */
export function renderClauseParagraphs(
  paragraphs: readonly ClauseParagraph[],
  fields: readonly FieldDefinition[],
  values: Readonly<Record<string, string>>,
): string[] {
  const byKey = new Map(fields.map((field) => [field.key, field]));
  const isEmpty = (key: string) => !(values[key] ?? '').trim();
  const leftOpen = (key: string) => byKey.get(key)?.required === false && isEmpty(key);
  return paragraphs
    .filter((p) => ![...p.text.matchAll(PLACEHOLDER)].some((match) => leftOpen(match[1] ?? '')))
    .map((p) =>
      p.text.replace(PLACEHOLDER, (placeholder, key: string) => {
        const field = byKey.get(key);
        if (!field) return placeholder;
        return isEmpty(key) ? `[${field.label}]` : renderFieldValue(field, values[key] ?? '');
      }),
    );
}
