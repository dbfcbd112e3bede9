// A validation issue in plain Danish, naming the limit in the field's own unit ("Højst 24 måneder."): the error map
// the API validates with, so every front end shows the same sentence beside the field.
import type { z } from 'zod';

import { countText } from '../rules/countText';
import { formatKr, formatNumber } from '../rules/format';

type RawIssue = z.core.$ZodRawIssue;

/** A field's unit, read from its name: `noticePeriodMonths` counts months, `unitPrice` is an amount in kr. */
function unitOf(path: readonly PropertyKey[]): ((n: number) => string) | undefined {
  const key = String(path[path.length - 1] ?? '');
  if (/months?$/i.test(key)) return (n) => countText(n, 'måned', 'måneder');
  if (/days$/i.test(key)) return (n) => countText(n, 'dag', 'dage');
  if (/hours$/i.test(key)) return (n) => countText(n, 'time', 'timer');
  if (/percent$/i.test(key)) return (n) => `${formatNumber(n)} %`;
  if (/(amount|price|rate)$/i.test(key)) return formatKr;
  return undefined;
}

/** The text ended by one full stop: an amount already ends with the one of "kr.". */
const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

function numberLimit(issue: RawIssue & { code: 'too_big' | 'too_small' }, limit: number): string {
  const shown = (unitOf(issue.path ?? []) ?? formatNumber)(limit);
  if (issue.code === 'too_big')
    return sentence(issue.inclusive === false ? `Skal være under ${shown}` : `Højst ${shown}`);
  return sentence(issue.inclusive === false ? `Skal være over ${shown}` : `Mindst ${shown}`);
}

function sizeLimit(issue: RawIssue & { code: 'too_big' | 'too_small' }): string | undefined {
  const limit = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum);
  if (issue.origin === 'number' || issue.origin === 'int') return numberLimit(issue, limit);
  if (issue.origin === 'string') {
    if (issue.code === 'too_small')
      return limit <= 1 ? 'Skal udfyldes.' : `Mindst ${countText(limit, 'tegn', 'tegn')}.`;
    return `Højst ${countText(limit, 'tegn', 'tegn')}.`;
  }
  if (issue.origin === 'array' || issue.origin === 'set') {
    if (issue.code === 'too_small') return limit <= 1 ? 'Tilføj mindst én.' : `Tilføj mindst ${limit}.`;
    return `Højst ${limit} på listen.`;
  }
  if (issue.origin === 'date') return issue.code === 'too_big' ? 'Datoen er for sen.' : 'Datoen er for tidlig.';
  return undefined;
}

const FORMATS: Record<string, string> = {
  date: 'Datoen kan ikke læses.',
  datetime: 'Tidspunktet kan ikke læses.',
  email: 'E-mailadressen kan ikke læses.',
  url: 'Adressen kan ikke læses.',
};

const TYPES: Record<string, string> = {
  number: 'Skal være et tal.',
  int: 'Skal være et helt tal.',
  string: 'Skal være tekst.',
  boolean: 'Skal være ja eller nej.',
  array: 'Skal være en liste.',
  object: 'Kan ikke læses.',
};

/**
 * The Danish sentence for a zod issue, or undefined to leave it to zod's Danish locale. A schema's own message (a
 * refinement's) always wins: zod asks this map only for issues without one.
 */
export function issueText(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'too_big':
    case 'too_small':
      return sizeLimit(issue);
    case 'invalid_type':
      return issue.input === undefined ? 'Skal udfyldes.' : (TYPES[issue.expected] ?? 'Kan ikke læses.');
    case 'invalid_format':
      return FORMATS[issue.format] ?? 'Har ikke den rette form.';
    case 'invalid_value':
      return 'Ikke en af de mulige værdier.';
    case 'not_multiple_of':
      return Number(issue.divisor) === 0.01
        ? 'Højst to decimaler.'
        : `Skal gå op i ${formatNumber(Number(issue.divisor))}.`;
    case 'unrecognized_keys':
      return 'Feltet kendes ikke.';
    default:
      return undefined;
  }
}
