// Turns published clause texts and templates into blocks to insert: `{{key}}` becomes a field run with its value.
import type { ClauseVersion, FieldDefinition } from '@koberollen/shared/domain/clause';
import type { Template } from '@koberollen/shared/domain/template';
import { type ChoiceValues, refIncluded } from '@koberollen/shared/rules/templateChoices';

import type { Block, ClauseBlock, Run } from './types';

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/** Splits a paragraph into text and field runs; a field unknown to the clause is still a field, labelled by key. */
export function runsOf(text: string, fields: FieldDefinition[], values: Record<string, string>): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > at) runs.push({ kind: 'text', text: text.slice(at, match.index) });
    const key = match[1]!;
    const label = fields.find((field) => field.key === key)?.label ?? key;
    runs.push({ kind: 'field', key, label, value: values[key] ?? '' });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ kind: 'text', text: text.slice(at) });
  return runs;
}

export function clauseBlock(version: ClauseVersion, values: Record<string, string> = {}): ClauseBlock {
  return {
    clauseId: version.clauseId,
    version: version.version,
    title: version.title,
    paragraphs: version.paragraphs.map((paragraph) => runsOf(paragraph.text, version.fields, values)),
  };
}

/**
 * A template as blocks: its name, each section's title, then its clauses (those the library has published); of a
 * choice between alternatives only the one `choices` names, none while the choice is open.
 */
export function templateBlocks(
  template: Template,
  latest: (clauseId: string) => ClauseVersion | undefined,
  values: Record<string, string> = {},
  choices: ChoiceValues = {},
): Block[] {
  const blocks: Block[] = [{ kind: 'heading', text: template.name }];
  for (const section of template.sections) {
    blocks.push({ kind: 'heading', text: section.title });
    for (const ref of section.clauses) {
      if (!refIncluded(ref, choices)) continue;
      const version = latest(ref.clauseId);
      if (version) blocks.push({ kind: 'clause', clause: clauseBlock(version, values) });
    }
  }
  return blocks;
}

/** Every field key a template's clauses and the template itself use, with its definition, first one winning. */
export function templateFields(template: Template, latest: (clauseId: string) => ClauseVersion | undefined) {
  const byKey = new Map<string, FieldDefinition>();
  const clauseFields = template.sections.flatMap((section) =>
    section.clauses.flatMap((ref) => latest(ref.clauseId)?.fields ?? []),
  );
  for (const field of [...template.fields, ...clauseFields]) if (!byKey.has(field.key)) byKey.set(field.key, field);
  return [...byKey.values()];
}
