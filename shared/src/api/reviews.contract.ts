// Contract reviews recorded with a case: the add-in stores each review, the Teams tab and negotiators read them.
import { z } from 'zod';

import { pageOf, PagingQuery } from '../domain/common';
import { CaseReview, CaseReviewInput } from '../domain/review';
import { IdParams } from './resource.contract';
import { WRITERS } from './roles';
import { defineRoute } from './route';

export const reviewRoutes = {
  create: defineRoute({
    method: 'POST',
    path: '/api/cases/{id}/reviews',
    operationId: 'recordCaseReview',
    summary: 'Record a contract review with the case: template, findings by kind and the ticked checklist items',
    access: 'user',
    roles: WRITERS.cases,
    creates: true,
    params: IdParams,
    body: CaseReviewInput,
    responses: { 201: CaseReview },
  }),
  list: defineRoute({
    method: 'GET',
    path: '/api/cases/{id}/reviews',
    operationId: 'listCaseReviews',
    summary: 'List the contract reviews recorded with a case, newest first',
    access: 'user',
    params: IdParams,
    query: z.strictObject(PagingQuery),
    responses: { 200: pageOf(CaseReview) },
  }),
};
