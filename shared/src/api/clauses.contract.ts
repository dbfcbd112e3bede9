// The clause library (klausulbibliotek): search, working copies, publishing immutable versions, retiring.
import { z } from 'zod';

import {
  Applicability,
  Clause,
  ClauseInput,
  ClauseServerFields,
  ClauseStatus,
  ClauseVersion,
  RetireClauseBody,
  TopicKey,
} from '../domain/clause';
import { pageOf, PagingQuery, ParagraphCode } from '../domain/common';
import { deleteRoute, IdParams, resourceRoutes } from './resource.contract';
import { WRITERS } from './roles';
import { defineRoute } from './route';
import { versionRoutes } from './versions.contract';

export const ClauseFilters = {
  /** Words that must all occur in the title, guidance, recognition phrases or paragraph text. */
  q: z.string().max(200).optional(),
  topic: TopicKey.optional(),
  /** A paragraph code the clause applies to (`applicability.paragraphs`), e.g. `SEL §107`. */
  paragraph: ParagraphCode.optional(),
  status: ClauseStatus.optional(),
};

/** What the library's list shows of a clause: no paragraphs, guidance or recognition phrases. */
export const ClauseSummary = Clause.pick({
  id: true,
  title: true,
  topic: true,
  status: true,
  version: true,
  hasUnpublishedChanges: true,
  updatedAt: true,
}).extend({ applicability: Applicability.pick({ paragraphs: true }) });
export type ClauseSummary = z.infer<typeof ClauseSummary>;

/** DELETE deletes a clause never published; a published one is retired with a reason, and its versions stay readable. */
export const clauseRoutes = {
  ...resourceRoutes({
    path: '/api/clauses',
    plural: 'clauses',
    names: ['Clause', 'Clauses'],
    writers: WRITERS.library,
    input: ClauseInput,
    entity: Clause,
    serverFields: ClauseServerFields,
    filters: ClauseFilters,
  }),
  remove: deleteRoute(
    '/api/clauses',
    'Delete a clause never published (If-Match required); a published clause is retired instead',
    { operationId: 'deleteClause', writers: WRITERS.library },
  ),
  summaries: defineRoute({
    method: 'GET',
    path: '/api/clause-summaries',
    operationId: 'listClauseSummaries',
    summary: 'List clauses as the summaries the library list shows, with the same filters as the list',
    access: 'user',
    query: z.strictObject({ ...ClauseFilters, ...PagingQuery }),
    responses: { 200: pageOf(ClauseSummary) },
  }),
  retire: defineRoute({
    method: 'POST',
    path: '/api/clauses/{id}/retire',
    operationId: 'retireClause',
    summary: 'Retire a published clause with a reason (If-Match required); its versions stay readable',
    access: 'user',
    roles: WRITERS.library,
    ifMatch: 'required',
    params: IdParams,
    body: RetireClauseBody,
    responses: { 200: Clause },
  }),
  ...versionRoutes({
    path: '/api/clauses',
    noun: 'clause',
    name: 'Clause',
    writers: WRITERS.library,
    entity: Clause,
    version: ClauseVersion,
  }),
};
