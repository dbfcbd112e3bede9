// Date ranges in an input run forwards: an end before its start (a rate, a contract, a special rate) is refused.

/** The pairs of fields that make a range wherever they stand together in an input, with their Danish names. */
const RANGES: readonly { from: string; to: string; fromName: string; toName: string }[] = [
  { from: 'validFrom', to: 'validTo', fromName: 'gyldig fra-datoen', toName: 'Gyldig til-datoen' },
  { from: 'startDate', to: 'endDate', fromName: 'startdatoen', toName: 'Slutdatoen' },
  { from: 'periodFrom', to: 'periodTo', fromName: 'periodens start', toName: 'Periodens slut' },
  { from: 'from', to: 'to', fromName: 'fra-datoen', toName: 'Til-datoen' },
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/**
 * Every range in a parsed input (at any depth: a contract's rates, a provider's offers' rates and their history) whose
 * end lies before its start, by the path of the end field, with a Danish message. Equal dates are a one-day range.
 */
export function findUnorderedRanges(value: unknown, path: string[] = []): Record<string, string> {
  if (value === null || typeof value !== 'object') return {};
  const found: Record<string, string> = {};
  const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : Object.entries(value);
  for (const [key, item] of entries) Object.assign(found, findUnorderedRanges(item, [...path, key]));
  if (Array.isArray(value)) return found;
  const record = value as Record<string, unknown>;
  for (const range of RANGES) {
    const [from, to] = [record[range.from], record[range.to]];
    if (typeof from !== 'string' || typeof to !== 'string' || !ISO_DATE.test(from) || !ISO_DATE.test(to)) continue;
    if (to.slice(0, 10) < from.slice(0, 10)) {
      found[[...path, range.to].join('.')] = `${range.toName} må ikke ligge før ${range.fromName}.`;
    }
  }
  return found;
}
