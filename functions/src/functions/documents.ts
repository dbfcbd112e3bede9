// Contract document review: checks a tagged document or a provider's own text against the library; writes nothing.
import type { z } from 'zod';

import {
  documentRoutes,
  type TaggedReviewBody,
  type TaggedReviewResult,
  type UntaggedReviewBody,
  type UntaggedReviewResult,
} from '@koberollen/shared/api/documents.contract';
import type { Case } from '@koberollen/shared/domain/case';
import type { Checklist } from '@koberollen/shared/domain/checklist';
import type { Clause, ClauseVersion } from '@koberollen/shared/domain/clause';
import type { Template } from '@koberollen/shared/domain/template';
import type { Topic } from '@koberollen/shared/domain/topic';
import { ValidationError } from '@koberollen/shared/errors';
import {
  type ClauseLibraryEntry,
  type FoundClause,
  requiredTopicsOf,
  reviewTaggedDocument,
} from '@koberollen/shared/rules/documentReview';
import { topicsWithoutTemplate } from '@koberollen/shared/rules/reviewTopics';
import { templateMismatch } from '@koberollen/shared/rules/templateFit';
import { topicNamer } from '@koberollen/shared/rules/topicNames';
import { reviewUntaggedText } from '@koberollen/shared/rules/untaggedReview';

import { declare } from '../http/declare';
import { ok } from '../http/responses';
import { checklistFields } from '../indexes/checklist';
import { clauseFields } from '../indexes/clause';
import { clauseVersionId } from '../indexes/clauseVersion';
import { collectAll } from '../records/collect';
import { readReferences } from '../records/references';
import type { Services } from '../services';

/** Sorts records by a text the way a Danish reader expects (æ, ø, å last), so proposals do not depend on ids. */
function byText<T>(items: T[], text: (item: T) => string): T[] {
  return items.sort((a, b) => text(a).localeCompare(text(b), 'da-DK'));
}

async function readTemplate(services: Services, tenantId: string, templateId: string): Promise<Template> {
  const doc = await services.store.get<Template>(tenantId, 'template', templateId);
  if (!doc) throw new ValidationError('Skabelonen findes ikke.', { templateId: 'Skabelonen findes ikke.' });
  return doc.body;
}

/** The paragraph the linked case is decided under, read from the tenant's store: never taken from the request. */
async function caseParagraph(services: Services, tenantId: string, caseId: string | undefined) {
  if (!caseId) return undefined;
  const found = await readReferences<Case>(
    services,
    tenantId,
    'case',
    [{ field: 'caseId', id: caseId }],
    'Sagen findes ikke.',
  );
  return found.get(caseId)?.paragraph;
}

function templateClauseIds(template: Template): string[] {
  return template.sections.flatMap((section) => section.clauses.map((ref) => ref.clauseId));
}

/** The library entries of the clauses with these ids: each as it is now, with the found versions that exist. */
async function libraryEntries(services: Services, tenantId: string, clauseIds: string[], found: FoundClause[]) {
  const ids = [...new Set(clauseIds)];
  const [clauses, versions] = await Promise.all([
    Promise.all(ids.map((id) => services.store.get<Clause>(tenantId, 'clause', id))),
    Promise.all(
      found
        .filter((ref) => ref.version > 0)
        .map((ref) =>
          services.store.get<ClauseVersion>(tenantId, 'clauseVersion', clauseVersionId(ref.clauseId, ref.version)),
        ),
    ),
  ]);
  const versionsOf = new Map<string, Map<number, ClauseVersion>>();
  for (const doc of versions) {
    if (!doc) continue;
    const byNumber = versionsOf.get(doc.body.clauseId) ?? new Map<number, ClauseVersion>();
    versionsOf.set(doc.body.clauseId, byNumber.set(doc.body.version, doc.body));
  }
  const entries = new Map<string, ClauseLibraryEntry>();
  for (const doc of clauses) {
    if (doc) entries.set(doc.id, { current: doc.body, versions: versionsOf.get(doc.id) ?? new Map() });
  }
  return entries;
}

/** The templates Word offers (published, not retired), to name those written for the case's paragraph. */
async function offeredTemplates(services: Services, tenantId: string): Promise<Template[]> {
  const all = await collectAll<Template>(services.store, tenantId, 'template', []);
  return byText(
    all.filter((template) => template.version > 0 && template.status === 'active'),
    (template) => template.name,
  );
}

async function reviewTagged(body: z.infer<typeof TaggedReviewBody>, services: Services, tenantId: string) {
  const [template, paragraph] = await Promise.all([
    readTemplate(services, tenantId, body.templateId),
    caseParagraph(services, tenantId, body.caseId),
  ]);
  const ids = [...templateClauseIds(template), ...body.clauses.map((ref) => ref.clauseId)];
  const [clausesById, templates] = await Promise.all([
    libraryEntries(services, tenantId, ids, body.clauses),
    paragraph ? offeredTemplates(services, tenantId) : [],
  ]);
  const review = reviewTaggedDocument({ template, clausesById, found: body.clauses, fieldValues: body.fieldValues });
  const wrongTemplate = templateMismatch(template, paragraph, templates).map(({ kind: _kind, ...f }) => f);
  const result: z.infer<typeof TaggedReviewResult> = {
    mode: 'tagged',
    requiredTopics: requiredTopicsOf(template, clausesById),
    ...review,
    wrongTemplate,
    ok: review.ok && wrongTemplate.length === 0,
  };
  return result;
}

/** The checklists named in the body, or else every contract-review checklist of the tenant. */
async function reviewChecklists(services: Services, tenantId: string, checklistIds: string[] | undefined) {
  if (!checklistIds) {
    const all = await collectAll<Checklist>(
      services.store,
      tenantId,
      'checklist',
      checklistFields.eq('purpose', 'contractReview'),
    );
    return byText(all, (checklist) => checklist.name);
  }
  const refs = checklistIds.map((id, i) => ({ field: `checklistIds.${i}`, id }));
  const found = await readReferences<Checklist>(services, tenantId, 'checklist', refs, 'Tjeklisten findes ikke.');
  return [...found.values()];
}

async function reviewUntagged(body: z.infer<typeof UntaggedReviewBody>, services: Services, tenantId: string) {
  const [template, paragraph] = await Promise.all([
    body.templateId ? readTemplate(services, tenantId, body.templateId) : undefined,
    caseParagraph(services, tenantId, body.caseId),
  ]);
  const [checklists, unordered, topics] = await Promise.all([
    reviewChecklists(services, tenantId, body.checklistIds),
    collectAll<Clause>(services.store, tenantId, 'clause', clauseFields.eq('status', 'published')),
    collectAll<Topic>(services.store, tenantId, 'topic', []),
  ]);
  const published = byText(unordered, (clause) => clause.title);
  const requiredTopics = template
    ? requiredTopicsOf(template, await libraryEntries(services, tenantId, templateClauseIds(template), []), checklists)
    : topicsWithoutTemplate(checklists, published, paragraph);
  const nameOf = topicNamer(topics);
  const findings = reviewUntaggedText({
    text: body.text,
    requiredTopics,
    clauses: published,
    topics,
    context: { contractType: template?.contractType, paragraph },
  }).map((finding) => ({ ...finding, name: nameOf(finding.topic) }));
  const result: z.infer<typeof UntaggedReviewResult> = {
    mode: 'untagged',
    requiredTopics,
    findings,
    ok: findings.every((finding) => finding.status === 'found'),
  };
  return result;
}

/** Open to every signed-in user: the review only reads the library. */
export const reviewDocument = declare('documents-review', documentRoutes.review, async ({ body, user, services }) =>
  ok(
    body.mode === 'tagged'
      ? await reviewTagged(body, services, user.tenantId)
      : await reviewUntagged(body, services, user.tenantId),
  ),
);

export const routes = [reviewDocument];
