// Reviews a contract document built from our clauses (known by id, version and hash) and says which topics a
// contract must cover; a provider's own text is reviewed by `untaggedReview`.
import type { ChecklistInput, ChecklistItem } from '../domain/checklist';
import type { Clause, ClauseVersion, FieldDefinition } from '../domain/clause';
import type { TemplateInput } from '../domain/template';
import { choiceStatuses, type ChoiceValues, refIncluded } from './templateChoices';
import { templateParagraphs } from './templateFit';

/** A clause of the library with its published versions by number. */
export interface ClauseLibraryEntry {
  current: Clause;
  versions: ReadonlyMap<number, ClauseVersion>;
}

/** A clause found in a tagged document: id and version from its tag, hash of its text as found. */
export interface FoundClause {
  clauseId: string;
  version: number;
  textHash: string;
}

export interface TaggedReviewInput {
  template: TemplateInput;
  clausesById: ReadonlyMap<string, ClauseLibraryEntry>;
  found: FoundClause[];
  fieldValues: Record<string, string>;
  /** The options the case and offer take, so a missing choice names the alternative that fits. */
  choices?: ChoiceValues;
}

/** A choice between alternatives and the clauses of it a finding is about. */
export interface ChoiceFinding {
  choice: string;
  label: string;
  clauses: { clauseId: string; title: string }[];
}

export interface TaggedReview {
  missingMandatory: { clauseId: string; title: string }[];
  outdated: { clauseId: string; title: string; foundVersion: number; latestVersion: number }[];
  /** Clauses whose text differs from the version they claim to be (a version not published counts too). */
  deviating: { clauseId: string; title: string; version: number }[];
  unknown: { clauseId: string }[];
  /** Clauses procurement has retired, with the clause named to take their place. */
  retired: { clauseId: string; title: string; successorId?: string }[];
  emptyFields: { key: string; label: string }[];
  /** Choices of which the document holds more than one alternative (e.g. both variant A and B). */
  conflictingAlternatives: ChoiceFinding[];
  /** Mandatory choices of which the document holds no alternative and the case and offer decide none. */
  openChoices: ChoiceFinding[];
  ok: boolean;
}

function templateClauses(template: TemplateInput) {
  return template.sections.flatMap((section) => section.clauses);
}

/** Checks a document built from the template against the clause library and the field values filled in. */
export function reviewTaggedDocument({
  template,
  clausesById,
  found,
  fieldValues,
  choices = {},
}: TaggedReviewInput): TaggedReview {
  const foundIds = new Set(found.map((f) => f.clauseId));
  const titleOf = (clauseId: string) => clausesById.get(clauseId)?.current.title ?? clauseId;
  const statuses = choiceStatuses(template, foundIds);
  const missingPlain = templateClauses(template)
    .filter((ref) => ref.mandatory && !ref.alternative && !foundIds.has(ref.clauseId))
    .map((ref) => ({ clauseId: ref.clauseId, title: titleOf(ref.clauseId) }));
  const choiceFinding = (c: (typeof statuses)[number], ids: string[]): ChoiceFinding => ({
    choice: c.choice,
    label: c.label,
    clauses: ids.map((clauseId) => ({ clauseId, title: titleOf(clauseId) })),
  });
  // A mandatory choice none of whose alternatives is found misses the one the case and offer call for; when they
  // call for none, the choice is open.
  const unmet = statuses.filter((c) => c.mandatory && c.found.length === 0);
  const fittingOf = (choice: string) =>
    templateClauses(template).find((ref) => ref.alternative?.choice === choice && refIncluded(ref, choices));
  const missingChoices = unmet.flatMap((c) => {
    const fitting = fittingOf(c.choice);
    return fitting ? [{ clauseId: fitting.clauseId, title: titleOf(fitting.clauseId) }] : [];
  });
  const openChoices = unmet.filter((c) => !fittingOf(c.choice)).map((c) => choiceFinding(c, c.alternatives));
  const missingMandatory = [...missingPlain, ...missingChoices];
  const conflictingAlternatives = statuses.filter((c) => c.found.length > 1).map((c) => choiceFinding(c, c.found));

  const review: Pick<TaggedReview, 'outdated' | 'deviating' | 'unknown' | 'retired'> = {
    outdated: [],
    deviating: [],
    unknown: [],
    retired: [],
  };
  const fields: FieldDefinition[] = [...template.fields];
  for (const { clauseId, version, textHash } of found) {
    const entry = clausesById.get(clauseId);
    if (!entry) {
      review.unknown.push({ clauseId });
      continue;
    }
    const title = entry.current.title;
    const published = entry.versions.get(version);
    fields.push(...(published ?? entry.current).fields);
    if (entry.current.status === 'retired') {
      const successorId = entry.current.retirement?.successorId;
      review.retired.push({ clauseId, title, ...(successorId ? { successorId } : {}) });
      continue;
    }
    const latestVersion = entry.current.version;
    if (version < latestVersion) review.outdated.push({ clauseId, title, foundVersion: version, latestVersion });
    if (published?.textHash !== textHash) review.deviating.push({ clauseId, title, version });
  }

  const requiredByKey = new Map<string, FieldDefinition>();
  for (const field of fields) if (field.required && !requiredByKey.has(field.key)) requiredByKey.set(field.key, field);
  const emptyFields = [...requiredByKey.values()]
    .filter((field) => !(fieldValues[field.key] ?? '').trim())
    .map(({ key, label }) => ({ key, label }));
  const ok =
    missingMandatory.length +
      review.outdated.length +
      review.deviating.length +
      review.unknown.length +
      review.retired.length +
      emptyFields.length +
      conflictingAlternatives.length +
      openChoices.length ===
    0;
  return { missingMandatory, ...review, emptyFields, conflictingAlternatives, openChoices, ok };
}

/** What a reviewed contract is, as far as known: its contract type and the paragraphs it is bought under. */
export interface ReviewContext {
  contractType?: string;
  paragraphs?: string[];
}

/** The context of a contract built from the template: its contract type and its legal basis as paragraph codes. */
export function templateContext(template: Pick<TemplateInput, 'contractType' | 'legalBasis'>): ReviewContext {
  return {
    contractType: template.contractType,
    paragraphs: templateParagraphs(template),
  };
}

/**
 * Whether a checklist item applies to a contract: an item limited to contract types applies only to those types,
 * one limited to paragraphs only to a contract under one of them. What the context does not know limits nothing.
 */
export function checklistItemApplies(item: Pick<ChecklistItem, 'applicability'>, context: ReviewContext): boolean {
  const types = item.applicability?.contractTypes ?? [];
  const paragraphs = item.applicability?.paragraphs ?? [];
  const known = context.paragraphs ?? [];
  const typeFits = types.length === 0 || !context.contractType || types.includes(context.contractType);
  const paragraphFits = paragraphs.length === 0 || known.length === 0 || paragraphs.some((p) => known.includes(p));
  return typeFits && paragraphFits;
}

/** The topics the checklists' items require, skipping items that do not apply in the context. */
export function checklistTopics(
  checklists: readonly { items: readonly Pick<ChecklistItem, 'applicability' | 'requiresTopic'>[] }[],
  context: ReviewContext,
): (string | undefined)[] {
  return checklists.flatMap((c) =>
    c.items.filter((item) => checklistItemApplies(item, context)).map((item) => item.requiresTopic),
  );
}

/**
 * Clause topics a contract must cover: those of the template's mandatory clauses (found in the library) and those
 * the checklist items that apply to the template's contract type and legal basis require; each once, in that order.
 */
export function requiredTopicsOf(
  template: TemplateInput,
  clausesById: ReadonlyMap<string, { current: Pick<Clause, 'topic'> }>,
  checklists: Pick<ChecklistInput, 'items'>[] = [],
): string[] {
  const fromTemplate = templateClauses(template)
    .filter((ref) => ref.mandatory)
    .map((ref) => clausesById.get(ref.clauseId)?.current.topic);
  const fromChecklists = checklistTopics(checklists, templateContext(template));
  return [...new Set([...fromTemplate, ...fromChecklists].filter((t): t is string => t !== undefined))];
}
