// The pane's review: reads a document snapshot against the library with the same rule as POST /api/documents/review.
import type { Checklist } from '@koberollen/shared/domain/checklist';
import type { ClauseVersion } from '@koberollen/shared/domain/clause';
import type { ReviewFinding } from '@koberollen/shared/domain/review';
import {
  checklistItemApplies,
  type ChoiceFinding,
  type FoundClause,
  requiredTopicsOf,
  type ReviewContext as RuleContext,
  reviewTaggedDocument,
  templateContext,
} from '@koberollen/shared/rules/documentReview';
import { topicsWithoutTemplate } from '@koberollen/shared/rules/reviewTopics';
import type { ChoiceValues } from '@koberollen/shared/rules/templateChoices';
import { type TemplateMismatch, templateMismatch } from '@koberollen/shared/rules/templateFit';
import { normalizeClauseText, textHash } from '@koberollen/shared/rules/textHash';
import { topicNamer } from '@koberollen/shared/rules/topicNames';
import { reviewUntaggedText } from '@koberollen/shared/rules/untaggedReview';

import type { Library, LibraryIndex } from '../library/library';
import type { DocumentSnapshot, DocumentState, FoundClauseText } from './types';

const PLACEHOLDER = /\{\{\s*[A-Za-z0-9_]*\s*\}\}/g;

/** A published text with each `{{key}}` replaced, in order, by the field texts found in the document. */
export function expectedText(version: Pick<ClauseVersion, 'title' | 'paragraphs'>, fieldTexts: string[]): string {
  let next = 0;
  const body = version.paragraphs.map((p) => p.text).join('\n');
  return `${version.title}\n${body.replace(PLACEHOLDER, () => fieldTexts[next++] ?? '')}`;
}

/**
 * The clause as the rule needs it. Field values do not count as edits: when the text equals the claimed version's
 * text with the document's field values filled in, it carries that version's hash; otherwise the hash of what it
 * says, which matches no published version.
 */
export function foundClause(found: FoundClauseText, version: ClauseVersion | undefined): FoundClause {
  const unchanged =
    version !== undefined &&
    normalizeClauseText(expectedText(version, found.fieldTexts)) === normalizeClauseText(found.text);
  return {
    clauseId: found.clauseId,
    version: found.version,
    textHash: unchanged ? version.textHash : textHash(found.text),
  };
}

/** The first non-empty text of each field key (a key may occur in several clauses). */
export function fieldValuesOf(snapshot: Pick<DocumentSnapshot, 'fields'>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const { key, text } of snapshot.fields) if (!values[key]?.trim()) values[key] = text;
  return values;
}

/** A finding as the pane lists it: the recorded shape plus what its actions need. */
export type Finding =
  | { kind: 'missingMandatory'; clauseId: string; title: string }
  | { kind: 'outdated'; clauseId: string; title: string; foundVersion: number; latestVersion: number }
  | { kind: 'deviating'; clauseId: string; title: string; version: number }
  | { kind: 'unknown'; clauseId: string }
  | { kind: 'retired'; clauseId: string; title: string; successorId?: string }
  | { kind: 'emptyField'; key: string; label: string }
  | {
      kind: 'conflictingAlternatives' | 'openChoice';
      clauseId: string;
      choice: string;
      title: string;
      clauses: ClauseTitle[];
    }
  | { kind: 'uncheckedItem'; checklistId: string; itemId: string; text: string }
  | TemplateMismatch
  | {
      kind: 'missingTopic';
      topic: string;
      /** The topic's Danish name. */
      name: string;
      proposed: { clauseId: string; title: string; version: number } | null;
    };

type ClauseTitle = { clauseId: string; title: string };

/** A finding on a choice between alternatives: its label and the alternatives it is about. */
function choiceFinding(kind: 'conflictingAlternatives' | 'openChoice', found: ChoiceFinding): Finding {
  return {
    kind,
    clauseId: found.clauses[0]!.clauseId,
    choice: found.choice,
    title: found.label,
    clauses: found.clauses,
  };
}

export interface ReviewOutcome {
  /** `tagged`: built from the linked template; `untagged`: a provider's own contract, read by recognition phrases. */
  mode: 'tagged' | 'untagged';
  templateId?: string;
  findings: Finding[];
  /** Topics found in an untagged contract: key, Danish name, the phrase that revealed it and its sentence. */
  foundTopics: { topic: string; name: string; matchedPhrases: string[]; evidence: string }[];
}

/** The contract-review checklists, whose items the reviewer ticks. */
export function reviewChecklists(library: Pick<Library, 'checklists'>): Checklist[] {
  return library.checklists.filter((checklist) => checklist.purpose === 'contractReview');
}

export const checkKey = (checklistId: string, itemId: string) => `${checklistId}/${itemId}`;

/** The checklists with only the items that apply to the contract (its template, else the case's paragraph). */
export function applicableChecklists(checklists: Checklist[], context: RuleContext): Checklist[] {
  return checklists.map((checklist) => ({
    ...checklist,
    items: checklist.items.filter((item) => checklistItemApplies(item, context)),
  }));
}

function uncheckedItems(checklists: Checklist[], state: DocumentState): Finding[] {
  const checked = new Set(state.checked);
  return checklists.flatMap((checklist) =>
    checklist.items
      .filter((item) => !checked.has(checkKey(checklist.id, item.id)))
      .map((item) => ({ kind: 'uncheckedItem' as const, checklistId: checklist.id, itemId: item.id, text: item.text })),
  );
}

export interface ReviewContext {
  /** The case's paragraph, to propose the clause that applies, e.g. `SEL §108`. */
  paragraph?: string;
  /** The options the case and offer take, so a missing variant is the one that fits. */
  choices?: ChoiceValues;
}

/**
 * Reviews the document: against the linked template when it holds our clauses, else as a provider's own text.
 * Checklist items not yet ticked are findings in both modes.
 */
export function reviewDocument(
  snapshot: DocumentSnapshot,
  library: Library,
  index: LibraryIndex,
  state: DocumentState,
  context: ReviewContext = {},
): ReviewOutcome {
  const template = state.templateId ? index.template(state.templateId) : undefined;
  const ruleContext = template
    ? templateContext(template)
    : { paragraphs: context.paragraph ? [context.paragraph] : [] };
  const checklists = applicableChecklists(reviewChecklists(library), ruleContext);
  const unchecked = uncheckedItems(checklists, state);
  const wrong = templateMismatch(template, context.paragraph, library.templates);
  if (template && snapshot.clauses.length > 0) {
    const found = snapshot.clauses.map((clause) => foundClause(clause, index.version(clause.clauseId, clause.version)));
    const review = reviewTaggedDocument({
      template,
      clausesById: index.entries,
      found,
      fieldValues: fieldValuesOf(snapshot),
      choices: context.choices,
    });
    const findings: Finding[] = [
      ...wrong,
      ...review.missingMandatory.map((f) => ({ kind: 'missingMandatory' as const, ...f })),
      ...review.outdated.map((f) => ({ kind: 'outdated' as const, ...f })),
      ...review.deviating.map((f) => ({ kind: 'deviating' as const, ...f })),
      ...review.unknown.map((f) => ({ kind: 'unknown' as const, ...f })),
      ...review.retired.map((f) => ({ kind: 'retired' as const, ...f })),
      ...review.emptyFields.map((f) => ({ kind: 'emptyField' as const, ...f })),
      ...review.conflictingAlternatives.map((c) => choiceFinding('conflictingAlternatives', c)),
      ...review.openChoices.map((c) => choiceFinding('openChoice', c)),
      ...unchecked,
    ];
    return { mode: 'tagged', templateId: template.id, findings, foundTopics: [] };
  }
  const requiredTopics = template
    ? requiredTopicsOf(template, index.entries, checklists)
    : topicsWithoutTemplate(checklists, library.clauses, context.paragraph);
  const topics = reviewUntaggedText({
    text: snapshot.text,
    requiredTopics,
    clauses: library.clauses,
    topics: library.topics,
    context: { contractType: template?.contractType, paragraph: context.paragraph },
  });
  const nameOf = topicNamer(library.topics);
  const findings: Finding[] = [];
  const foundTopics: ReviewOutcome['foundTopics'] = [];
  for (const topic of topics) {
    const name = nameOf(topic.topic);
    if (topic.status === 'found') {
      foundTopics.push({ topic: topic.topic, name, matchedPhrases: topic.matchedPhrases, evidence: topic.evidence });
    } else findings.push({ kind: 'missingTopic', topic: topic.topic, name, proposed: topic.proposedClause });
  }
  return { mode: 'untagged', templateId: template?.id, findings: [...wrong, ...findings, ...unchecked], foundTopics };
}

/** The finding as recorded with the case. */
export function recordedFinding(finding: Finding, titleOf: (clauseId: string) => string, accepted: boolean) {
  const base = { accepted } satisfies Partial<ReviewFinding>;
  switch (finding.kind) {
    case 'missingMandatory':
    case 'outdated':
    case 'deviating':
      return { ...base, kind: finding.kind, ref: finding.clauseId, title: finding.title };
    case 'unknown':
      return { ...base, kind: finding.kind, ref: finding.clauseId, title: titleOf(finding.clauseId) };
    case 'retired':
      // The case's record knows no kind of its own for it: a clause retired is one a newer clause replaces.
      return { ...base, kind: 'outdated' as const, ref: finding.clauseId, title: `${finding.title} (udgået)` };
    case 'emptyField':
      return { ...base, kind: finding.kind, ref: finding.key, title: finding.label };
    case 'conflictingAlternatives':
    case 'openChoice':
      return { ...base, kind: finding.kind, ref: finding.choice, title: finding.title };
    case 'uncheckedItem':
      return { ...base, kind: finding.kind, ref: finding.itemId, title: finding.text };
    case 'missingTopic':
      return { ...base, kind: finding.kind, ref: finding.topic, title: finding.name };
    case 'wrongTemplate':
      return { ...base, kind: finding.kind, ref: finding.templateId, title: finding.title };
  }
}

/**
 * How many findings the pane lists: each of its own, the empty fields as one (they share one action, "Udfyld
 * felterne"); checklist items not yet ticked are the checklist's, counted apart.
 */
export function shownFindings(findings: readonly Finding[]): number {
  const own = findings.filter((f) => f.kind !== 'emptyField' && f.kind !== 'uncheckedItem').length;
  return own + (findings.some((f) => f.kind === 'emptyField') ? 1 : 0);
}

/** A stable key for a finding in a list. */
export function findingKey(finding: Finding): string {
  switch (finding.kind) {
    case 'emptyField':
      return `${finding.kind}:${finding.key}`;
    case 'uncheckedItem':
      return `${finding.kind}:${checkKey(finding.checklistId, finding.itemId)}`;
    case 'missingTopic':
      return `${finding.kind}:${finding.topic}`;
    case 'wrongTemplate':
      return `${finding.kind}:${finding.templateId}`;
    default:
      return `${finding.kind}:${finding.clauseId}`;
  }
}
