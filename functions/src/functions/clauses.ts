// The clause library: search and edit working copies, publish immutable versions, read every version, retire.
import type { z } from 'zod';

import { ClauseFilters, clauseRoutes, type ClauseSummary } from '@koberollen/shared/api/clauses.contract';
import { type Clause, ClauseInput, ClauseServerFields, type ClauseVersion } from '@koberollen/shared/domain/clause';
import type { User } from '@koberollen/shared/domain/user';
import { ConflictError, RuleViolationError, ValidationError } from '@koberollen/shared/errors';
import { clauseTextHash } from '@koberollen/shared/rules/textHash';

import { declare } from '../http/declare';
import { noContent, ok, okItems } from '../http/responses';
import { clauseFields, clauseIndex } from '../indexes/clause';
import { clauseVersionFields, clauseVersionIndex } from '../indexes/clauseVersion';
import { templateFields } from '../indexes/template';
import { auditOp, updatedStamp, userRef } from '../records/audit';
import { textFilters } from '../records/search';
import { summaryPage } from '../records/summaryPage';
import type { Services } from '../services';
import type { Filter } from '../store/types';
import { ownRecord, resourceFunctions } from './resource';
import { differsFromPublished, type VersionedKind, versionFunctions } from './versions';

type ClauseFilterValues = z.infer<z.ZodObject<typeof ClauseFilters>>;

const NOUN = 'Klausulen';

/** Publishing, versions and the working copy's difference, as every versioned library record has them. */
const versioned: VersionedKind<Clause, ClauseVersion> = {
  name: 'clauses',
  kind: 'clause',
  versionKind: 'clauseVersion',
  noun: NOUN,
  routes: clauseRoutes,
  content: (clause) => JSON.stringify(ClauseInput.parse(clause)),
  versionOf: (clause, meta) => ({
    ...ClauseInput.parse(clause),
    clauseId: clause.id,
    ...meta,
    textHash: clauseTextHash(clause.paragraphs),
  }),
  published: (clause) => ({ ...clause, status: 'published' }),
  mayPublish: (clause) => {
    if (clause.status === 'retired') throw new RuleViolationError('Klausulen er udgået og kan ikke udgives.');
  },
  index: clauseIndex,
  versionIndex: clauseVersionIndex,
  versionsOf: (clauseId) => ({
    filters: clauseVersionFields.eq('clauseId', clauseId),
    orderBy: clauseVersionFields.order('version'),
  }),
  title: (clause) => clause.title,
};

/** The store filters of a clause search. */
const clauseFilters = (query: ClauseFilterValues): Filter[] => [
  ...textFilters(query.q),
  ...clauseFields.eq('topic', query.topic),
  ...clauseFields.eq('paragraph', query.paragraph),
  ...clauseFields.eq('status', query.status),
];

const standard = resourceFunctions({
  name: 'clauses',
  kind: 'clause',
  noun: NOUN,
  // DELETE retires published clauses, so it has its own handler below.
  routes: { ...clauseRoutes, remove: undefined },
  input: ClauseInput,
  serverFields: ClauseServerFields,
  index: clauseIndex,
  orderBy: clauseFields.order('title'),
  filters: clauseFilters,
  describe: (clause: Clause) => clause.title,
  initial: () => ({ status: 'draft' as const, version: 0, hasUnpublishedChanges: true }),
  prepare: async (clause: Clause, services, user) => {
    if (clause.status === 'retired') throw new RuleViolationError('Klausulen er udgået og kan ikke ændres.');
    return { ...clause, hasUnpublishedChanges: await differsFromPublished(versioned, clause, services, user.tenantId) };
  },
});

/** What the library's list shows of a clause. */
export function clauseSummary(clause: Clause): ClauseSummary {
  const { id, title, topic, status, version, hasUnpublishedChanges, updatedAt } = clause;
  return {
    id,
    title,
    topic,
    status,
    version,
    hasUnpublishedChanges,
    updatedAt,
    applicability: { paragraphs: clause.applicability.paragraphs },
  };
}

/** GET /api/clause-summaries: one page of summaries in title order, each read whole only once per version. */
export const listClauseSummaries = declare('clauses-summaries', clauseRoutes.summaries, async (call) => {
  const { query, user, services } = call;
  const { limit, continuationToken, ...filters } = query;
  const orderBy = clauseFields.order('title');
  const page = await summaryPage(
    services.store,
    user.tenantId,
    'clause',
    { filters: clauseFilters(filters), orderBy, limit, continuationToken },
    clauseSummary,
  );
  return okItems(page.items, page.continuationToken);
});

const ownClause = ownRecord<Clause>('clause', NOUN);

/** Only a clause never published is deleted; a published one is retired with a reason (below). */
export const removeClause = declare('clauses-delete', clauseRoutes.remove, ownClause, async (call) => {
  const { user, ifMatch, record, services } = call;
  const clause = record.body;
  if (clause.version > 0) {
    throw new ConflictError('Klausulen er udgivet og kan ikke slettes; udgå den med en begrundelse i stedet.');
  }
  const usedBy = await services.store.count(user.tenantId, 'template', templateFields.eq('clauseId', clause.id));
  if (usedBy > 0) throw new ConflictError('Klausulen bruges i en kontraktskabelon og kan ikke slettes.');
  await services.store.write(user.tenantId, [
    { op: 'delete', kind: 'clause', id: clause.id, ifMatch },
    auditOp(user, services.now(), {
      action: 'delete',
      entityKind: 'clause',
      entityId: clause.id,
      summary: `Slettet: ${clause.title}`,
    }),
  ]);
  return noContent();
});

/** The clause named to take a retired clause's place: another clause of the tenant, published. */
async function publishedSuccessor(services: Services, user: User, clause: Clause, successorId: string) {
  const doc = await services.store.get<Clause>(user.tenantId, 'clause', successorId);
  const problem = !doc
    ? 'Efterfølgeren findes ikke i biblioteket.'
    : doc.id === clause.id
      ? 'En klausul kan ikke efterfølge sig selv.'
      : doc.body.status !== 'published'
        ? 'Efterfølgeren skal være en udgivet klausul.'
        : undefined;
  if (problem) throw new ValidationError(problem, { successorId: problem });
  return doc!.body;
}

/** A published clause is retired, never deleted: Word stops offering it, and its versions stay readable. */
export const retireClause = declare('clauses-retire', clauseRoutes.retire, ownClause, async (call) => {
  const { body, user, ifMatch, record, services } = call;
  const clause = record.body;
  if (clause.version === 0) throw new RuleViolationError('Klausulen er aldrig udgivet; slet kladden i stedet.');
  if (clause.status === 'retired') throw new RuleViolationError('Klausulen er allerede udgået.');
  const successor = body.successorId
    ? await publishedSuccessor(call.services, user, clause, body.successorId)
    : undefined;
  const now = services.now();
  const retired: Clause = {
    ...clause,
    ...updatedStamp(clause, user, now),
    status: 'retired',
    retirement: {
      at: now.toISOString(),
      by: userRef(user),
      reason: body.reason,
      ...(successor ? { successorId: successor.id } : {}),
    },
  };
  const [written] = await services.store.write(user.tenantId, [
    { op: 'replace', kind: 'clause', id: clause.id, body: retired, index: clauseIndex(retired), ifMatch },
    auditOp(user, now, {
      action: 'retire',
      entityKind: 'clause',
      entityId: clause.id,
      summary: `Udgået: ${clause.title}. Begrundelse: ${body.reason}${successor ? `. Efterfølger: ${successor.title}` : ''}`,
    }),
  ]);
  return ok(retired, written!.etag);
});

export const routes = [...standard, listClauseSummaries, ...versionFunctions(versioned), removeClause, retireClause];
