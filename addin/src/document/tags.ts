// Content control tags: `kr:clause:<id>:<version>` on a clause, `kr:field:<key>` on a field; and the guidance marker.

const CLAUSE = /^kr:clause:([A-Za-z0-9][A-Za-z0-9_-]{0,63}):(\d{1,6})$/;
const FIELD = /^kr:field:([A-Za-z][A-Za-z0-9]{0,47})$/;

export function clauseTag(clauseId: string, version: number): string {
  return `kr:clause:${clauseId}:${version}`;
}

export function fieldTag(key: string): string {
  return `kr:field:${key}`;
}

export type ParsedTag = { kind: 'clause'; clauseId: string; version: number } | { kind: 'field'; key: string };

/** Reads one of our tags; anything else (other add-ins' tags, none) is undefined. */
export function parseTag(tag: string | null | undefined): ParsedTag | undefined {
  const clause = CLAUSE.exec(tag ?? '');
  if (clause) return { kind: 'clause', clauseId: clause[1]!, version: Number(clause[2]) };
  const field = FIELD.exec(tag ?? '');
  if (field) return { kind: 'field', key: field[1]! };
  return undefined;
}

/** Every guidance comment starts with this, so the pane can find and remove exactly its own. */
export const GUIDANCE_PREFIX = 'Vejledning fra Køberollen: ';
