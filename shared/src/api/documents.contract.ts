// Contract document review: a document built from a template (tagged clauses) or a provider's own text (untagged).
import { z } from 'zod';

import { freeText, Id, systemString } from '../domain/common';
import { defineRoute } from './route';

/** Longest untagged contract text accepted, in characters. */
export const MAX_REVIEW_TEXT = 200_000;

/** A clause as found in the document: the id and version from its tag, and the hash of its text as it stands. */
export const FoundClauseBody = z.strictObject({
  clauseId: Id,
  /** 0 when the clause was inserted from an unpublished working copy. */
  version: z.number().int().nonnegative(),
  textHash: systemString(z.string().regex(/^[0-9a-f]{1,64}$/, 'Ugyldig tekst-hash'), 'a hash the add-in computes'),
});

export const TaggedReviewBody = z.strictObject({
  mode: z.literal('tagged'),
  templateId: Id,
  clauses: z.array(FoundClauseBody).max(500),
  /** Field values as filled in the document, by field key. */
  fieldValues: z.record(z.string().max(48), freeText(4000)).default({}),
  /** The linked case: the server reads its paragraph, and a template written for another is a finding. */
  caseId: Id.optional(),
});

export const UntaggedReviewBody = z.strictObject({
  mode: z.literal('untagged'),
  text: freeText(MAX_REVIEW_TEXT, 1),
  /** The template whose mandatory clauses' topics the contract must cover. */
  templateId: Id.optional(),
  /** Checklists whose required topics the contract must cover; without it, every contract-review checklist. */
  checklistIds: z.array(Id).max(20).optional(),
  /** The linked case: the server reads its paragraph, to propose the clause that applies to it. */
  caseId: Id.optional(),
});

export const DocumentReviewBody = z.discriminatedUnion('mode', [TaggedReviewBody, UntaggedReviewBody]);

const ClauseTitle = z.object({ clauseId: z.string(), title: z.string() });
const ChoiceFinding = z.object({ choice: z.string(), label: z.string(), clauses: z.array(ClauseTitle) });

export const TaggedReviewResult = z.object({
  mode: z.literal('tagged'),
  /** Topics the template's mandatory clauses cover. */
  requiredTopics: z.array(z.string()),
  missingMandatory: z.array(ClauseTitle),
  outdated: z.array(ClauseTitle.extend({ foundVersion: z.number().int(), latestVersion: z.number().int() })),
  /** Clauses whose text differs from the version they claim to be. */
  deviating: z.array(ClauseTitle.extend({ version: z.number().int() })),
  unknown: z.array(z.object({ clauseId: z.string() })),
  /** Clauses retired from the library, with the clause named to take their place. */
  retired: z.array(ClauseTitle.extend({ successorId: z.string().optional() })),
  emptyFields: z.array(z.object({ key: z.string(), label: z.string() })),
  /** Choices of which the document holds more than one alternative. */
  conflictingAlternatives: z.array(ChoiceFinding),
  /** Mandatory choices of which the document holds no alternative (variant A or B not chosen). */
  openChoices: z.array(ChoiceFinding),
  /** The template when its legal basis differs from the case's paragraph, with the templates written for that one. */
  wrongTemplate: z.array(
    z.object({
      templateId: z.string(),
      title: z.string(),
      reason: z.string(),
      matching: z.array(z.object({ id: z.string(), name: z.string() })),
    }),
  ),
  ok: z.boolean(),
});

/** A required topic of a provider's text: `topic` is its key, `name` its Danish name in the library. */
export const TopicFinding = z.discriminatedUnion('status', [
  z.object({
    topic: z.string(),
    name: z.string(),
    status: z.literal('found'),
    matchedPhrases: z.array(z.string()),
    /** The sentence of the text the topic was found in. */
    evidence: z.string(),
  }),
  z.object({
    topic: z.string(),
    name: z.string(),
    status: z.literal('missing'),
    proposedClause: z.object({ clauseId: z.string(), title: z.string(), version: z.number().int() }).nullable(),
  }),
]);

export const UntaggedReviewResult = z.object({
  mode: z.literal('untagged'),
  requiredTopics: z.array(z.string()),
  findings: z.array(TopicFinding),
  /** True when every required topic was found. */
  ok: z.boolean(),
});

export const DocumentReviewResult = z.discriminatedUnion('mode', [TaggedReviewResult, UntaggedReviewResult]);

export const documentRoutes = {
  review: defineRoute({
    method: 'POST',
    path: '/api/documents/review',
    operationId: 'reviewDocument',
    summary: 'Review a contract document against the clause library, a template and checklists (writes nothing)',
    access: 'user',
    body: DocumentReviewBody,
    responses: { 200: DocumentReviewResult },
  }),
};
