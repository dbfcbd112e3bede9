// The demo library as a municipality is served it, read as text: a clause's words by its key, a template's words with
// all of its clauses, the review checklist's items. Content tests read the law's rules from here.
import type { Clause } from '@koberollen/shared/domain/clause';
import type { Template } from '@koberollen/shared/domain/template';
import { checklistItemApplies, templateContext } from '@koberollen/shared/rules/documentReview';

import { CONTRACT_TYPES, type ContractType } from '../content/contractTypes';
import { seedContext } from '../context';
import { buildLibrary } from '../library';

export const SERVED = buildLibrary(seedContext('served-library', new Date('2026-03-15T10:00:00Z')));

const clauseById = new Map(SERVED.clauses.map((clause) => [clause.id, clause]));

/** The served clause with the seed key. */
export function servedClause(key: string): Clause {
  const clause = clauseById.get(SERVED.clauseIds.get(key) ?? '');
  if (!clause) throw new Error(`The served library has no clause "${key}"`);
  return clause;
}

/** What the document holds: title and paragraphs. */
export const wordsOf = (clause: Clause) => [clause.title, ...clause.paragraphs.map((p) => p.text)].join('\n');

/** What the case worker reads as well: the guidance. */
export const allWordsOf = (clause: Clause) => `${wordsOf(clause)}\n${clause.guidance}`;

export const clauseWords = (key: string) => wordsOf(servedClause(key));
export const clauseGuidance = (key: string) => servedClause(key).guidance;

/** The served template of the contract type. */
export function servedTemplate(type: ContractType): Template {
  return SERVED.templateByType.get(type)!;
}

/** The clauses of the template, each once; `plainOnly` leaves alternatives out. */
export function templateClauses(type: ContractType, plainOnly = false): Clause[] {
  return servedTemplate(type)
    .sections.flatMap((section) => section.clauses)
    .filter((ref) => !plainOnly || !ref.alternative)
    .map((ref) => clauseById.get(ref.clauseId)!);
}

/** Name, description and every clause of the template with its guidance. */
export function templateWords(type: ContractType): string {
  const template = servedTemplate(type);
  return [template.name, template.description, ...templateClauses(type).map(allWordsOf)].join('\n');
}

/** Every served text: clauses, templates and checklists. */
export function everyServedText(): string {
  return [
    ...SERVED.clauses.map((c) => `${allWordsOf(c)}\n${c.recognitionPhrases.join('\n')}`),
    ...SERVED.templates.map((t) => `${t.name}\n${t.description}`),
    ...SERVED.checklists.flatMap((c) => c.items.flatMap((item) => [item.text, item.guidance])),
  ].join('\n');
}

/** The ids of the review checklist's items that apply to a contract built from the template of the type. */
export function reviewItemsFor(type: ContractType): string[] {
  const review = SERVED.checklists.find((c) => c.purpose === 'contractReview')!;
  const context = templateContext(servedTemplate(type));
  return review.items.filter((item) => checklistItemApplies(item, context)).map((item) => item.id);
}

export const ALL_TYPES: ContractType[] = Object.values(CONTRACT_TYPES);
