// Cases (sager): list with filters, CRUD without delete, phase transitions and accepted deviations from the standard.
import { z } from 'zod';

import { Case, CaseInput, CaseServerFields, DeviationBody, TransitionBody } from '../domain/case';
import { IdFilter } from '../domain/common';
import { Phase } from '../domain/phase';
import { IdParams, resourceRoutes } from './resource.contract';
import { WRITERS } from './roles';
import { defineRoute } from './route';

export const CaseFilters = {
  phase: Phase.optional(),
  /** The assigned case worker's user id. */
  assignee: IdFilter.optional(),
  /** Words found in the reference, title or target group. */
  q: z.string().max(200).optional(),
};

export const caseRoutes = {
  ...resourceRoutes({
    path: '/api/cases',
    plural: 'cases',
    names: ['Case', 'Cases'],
    writers: WRITERS.cases,
    input: CaseInput,
    entity: Case,
    serverFields: CaseServerFields,
    filters: CaseFilters,
  }),
  transition: defineRoute({
    method: 'POST',
    path: '/api/cases/{id}/transitions',
    operationId: 'transitionCase',
    summary: 'Move a case to another phase (If-Match required); 422 with the reason when the move is refused',
    access: 'user',
    roles: WRITERS.cases,
    ifMatch: 'required',
    params: IdParams,
    body: TransitionBody,
    responses: { 200: Case },
  }),
  addDeviation: defineRoute({
    method: 'POST',
    path: '/api/cases/{id}/deviations',
    operationId: 'addCaseDeviation',
    summary: 'Record an accepted deviation from a clause of the standard contract, with the reason',
    access: 'user',
    roles: WRITERS.cases,
    ifMatch: 'optional',
    creates: true,
    params: IdParams,
    body: DeviationBody,
    responses: { 201: Case },
  }),
};
