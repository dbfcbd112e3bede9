// A new contract type as procurement names it: what is wrong with the name, and the key derived from it, so no person
// has to write one.
import { LABEL_MAX } from '../domain/limits';

/** Longest key `ContractTypeKey` allows. */
const KEY_MAX = 48;

const SPELLED: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa' };

/** The name in lowercase ASCII words joined by hyphens: "Aflastning (§ 84)" → "aflastning-84". */
function words(name: string): string {
  return name
    .toLocaleLowerCase('da-DK')
    .replace(/[æøå]/g, (letter) => SPELLED[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const fit = (base: string, suffix: string) => base.slice(0, KEY_MAX - suffix.length).replace(/-+$/, '') + suffix;

/**
 * The key templates and clauses will name the new contract type by, read from its name and unlike every key in
 * `taken` (a second "Aflastning" becomes `aflastning-2`); it starts with a letter and is 2 to 48 characters long.
 */
export function keyFromName(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const named = words(name);
  const base = /^[a-z]/.test(named) && named.length >= 2 ? named : ['type', named].filter(Boolean).join('-');
  for (let n = 1; ; n += 1) {
    const key = fit(base, n === 1 ? '' : `-${n}`);
    if (!used.has(key)) return key;
  }
}

/** The same name as another's, whatever the case and the spaces around it. */
export const sameName = (a: string, b: string) =>
  a.trim().toLocaleLowerCase('da-DK') === b.trim().toLocaleLowerCase('da-DK');

/** What is wrong with the name of a new contract type, in Danish, or undefined when nothing is. */
export function contractTypeNameProblem(name: string, others: readonly { name: string }[]): string | undefined {
  const trimmed = name.trim();
  if (!trimmed) return 'Navnet skal udfyldes.';
  if (trimmed.length > LABEL_MAX) return `Navnet må højst være ${LABEL_MAX} tegn; det er ${trimmed.length}.`;
  if (others.some((other) => sameName(other.name, trimmed))) return 'Navnet bruges allerede af en anden kontrakttype.';
  return undefined;
}
