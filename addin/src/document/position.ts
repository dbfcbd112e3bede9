// Where a clause goes so the document keeps the template's order: next to its nearest neighbour in the template.
import type { InsertPosition } from './types';

/**
 * The position of `clauseId` among `sections` (the template's clause ids, section by section) given the clauses
 * `present` in the document: after the nearest preceding clause of its section, else before the nearest following
 * one of its section (so it stays under the section's heading), else after the nearest preceding clause of the
 * template, else before the nearest following one, else at the start of the document.
 */
export function templatePosition(
  sections: string[][],
  clauseId: string,
  present: { clauseId: string; version: number }[],
): InsertPosition {
  const found = new Map<string, number>();
  for (const clause of present) if (!found.has(clause.clauseId)) found.set(clause.clauseId, clause.version);
  const at = (place: 'after' | 'before', ids: string[]): InsertPosition | undefined => {
    const id = ids.find((candidate) => found.has(candidate));
    return id === undefined ? undefined : { at: place, clauseId: id, version: found.get(id)! };
  };
  const section = sections.find((ids) => ids.includes(clauseId)) ?? [clauseId];
  const inSection = section.indexOf(clauseId);
  const all = sections.flat();
  const inAll = all.indexOf(clauseId);
  return (
    at('after', section.slice(0, inSection).reverse()) ??
    at('before', section.slice(inSection + 1)) ??
    at('after', inAll < 0 ? [] : all.slice(0, inAll).reverse()) ??
    at('before', inAll < 0 ? [] : all.slice(inAll + 1)) ?? { at: 'start' }
  );
}
