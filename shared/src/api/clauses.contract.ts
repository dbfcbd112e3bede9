// The clause library (klausulbibliotek): search, working copies, publishing immutable versions, retiring.
import { z } from 'zod';

import {
  Clause,
  ClauseInput,
  ClauseServerFields,
  ClauseStatus,
  ClauseVersion,
  PublishClauseBody,
  RetireClauseBody,
  TopicKey,
} from '../domain/clause';
import { Id, pageOf, PagingQuery, ParagraphCode } from '../domain/common';
import { deleteRoute, IdParams, resourceRoutes } from './resource.contract';
import { WRITERS } from './roles';
import { defineRoute } from './route';

export const ClauseFilters = {
  /** Words that must all occur in the title, guidance, recognition phrases or paragraph text. */
  q: z.string().max(200).optional(),
  topic: TopicKey.optional(),
  /** A paragraph code the clause applies to (`applicability.paragraphs`), e.g. `SEL §107`. */
  paragraph: ParagraphCode.optional(),
  status: ClauseStatus.optional(),
};

export const ClauseVersionParams = z.strictObject({ id: Id, version: z.coerce.number().int().positive() });

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
  publish: defineRoute({
    method: 'POST',
    path: '/api/clauses/{id}/publish',
    operationId: 'publishClause',
    summary: 'Publish the working copy of a clause as its next immutable version (If-Match required)',
    access: 'user',
    roles: WRITERS.library,
    ifMatch: 'required',
    params: IdParams,
    body: PublishClauseBody,
    responses: { 200: Clause },
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
  versions: defineRoute({
    method: 'GET',
    path: '/api/clauses/{id}/versions',
    operationId: 'listClauseVersions',
    summary: 'List the published versions of a clause, oldest first',
    access: 'user',
    params: IdParams,
    query: z.strictObject(PagingQuery),
    responses: { 200: pageOf(ClauseVersion) },
  }),
  version: defineRoute({
    method: 'GET',
    path: '/api/clauses/{id}/versions/{version}',
    operationId: 'getClauseVersion',
    summary: 'Read one published version of a clause',
    access: 'user',
    params: ClauseVersionParams,
    responses: { 200: ClauseVersion },
  }),
};
