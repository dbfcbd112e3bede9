// Cases: search and CRUD for case workers and negotiators, phase transitions under the rules, recorded deviations.
import type { z } from 'zod';

import { CaseFilters, caseRoutes } from '@koberollen/shared/api/cases.contract';
import {
  type Case,
  CaseInput,
  CaseServerFields,
  type Deviation,
  type PhaseChange,
} from '@koberollen/shared/domain/case';
import type { Clause } from '@koberollen/shared/domain/clause';
import { PHASE_LABELS } from '@koberollen/shared/domain/phase';
import type { User } from '@koberollen/shared/domain/user';
import { PreconditionFailedError, RuleViolationError, ValidationError } from '@koberollen/shared/errors';
import { checkTransition } from '@koberollen/shared/rules/caseTransitions';

import { auditOp, updatedStamp, userRef } from '../entities/audit';
import { eq, key, searchText, textFilters } from '../entities/search';
import { requireRole, WRITERS } from '../http/authorize';
import { declare } from '../http/declare';
import { requireIfMatch } from '../http/parse';
import { created, ok } from '../http/responses';
import type { Services } from '../services';
import type { IndexFields } from '../store/types';
import { readOwn, resourceFunctions } from './resource';

type CaseFilterValues = z.infer<z.ZodObject<typeof CaseFilters>>;

const NOUN = 'Sagen';
/** Attempts at appending a deviation when the case changes meanwhile: an append needs no If-Match. */
const APPEND_ATTEMPTS = 3;

/** Index projection of a case: phase, assigned case worker and the searchable text. */
export function caseIndex(entity: Case): IndexFields {
  return {
    reference: key(entity.reference),
    phase: entity.phase,
    assignee: entity.assignee.userId,
    text: searchText(entity.reference, entity.title, entity.targetGroup),
  };
}

/** A new case's history opens with its creation, stamped like the record itself. */
function withOpeningEntry(entity: Case): Case {
  if (entity.phaseHistory.length > 0) return entity;
  const opening: PhaseChange = { to: 'need', at: entity.createdAt, by: entity.createdBy, reason: 'Sag oprettet' };
  return { ...entity, phaseHistory: [opening] };
}

const standard = resourceFunctions({
  name: 'cases',
  kind: 'case',
  noun: NOUN,
  routes: caseRoutes,
  input: CaseInput,
  serverFields: CaseServerFields,
  writers: WRITERS.cases,
  index: caseIndex,
  orderBy: 'reference',
  filters: (query: CaseFilterValues) => [
    ...eq('phase', query.phase),
    ...eq('assignee', query.assignee),
    ...textFilters(query.q),
  ],
  describe: (entity: Case) => `${entity.reference} – ${entity.title}`,
  initial: () => ({ phase: 'need' as const, phaseHistory: [], deviations: [] }),
  prepare: (entity: Case) => Promise.resolve(withOpeningEntry(entity)),
});

export const transitionCase = declare('cases-transition', caseRoutes.transition, async (call) => {
  const { params, body, user, request, services } = call;
  requireRole(user, WRITERS.cases);
  const ifMatch = requireIfMatch(request);
  const existing = await readOwn<Case>(services, user, 'case', params.id, NOUN);
  const hasContract = (await services.store.count(user.tenantId, 'contract', eq('caseId', params.id))) > 0;
  const check = checkTransition(existing.body, body.to, { hasContract });
  if (!check.ok) throw new RuleViolationError(check.reason);
  const now = services.now();
  const from = existing.body.phase;
  const change: PhaseChange = { from, to: body.to, at: now.toISOString(), by: userRef(user), reason: body.reason };
  const entity: Case = {
    ...existing.body,
    phase: body.to,
    phaseHistory: [...existing.body.phaseHistory, change],
    ...updatedStamp(existing.body, user, now),
  };
  const [doc] = await services.store.write(user.tenantId, [
    { op: 'replace', kind: 'case', id: params.id, body: entity, index: caseIndex(entity), ifMatch },
    auditOp(user, now, {
      action: 'transition',
      entityKind: 'case',
      entityId: params.id,
      summary: `Fase ændret fra "${PHASE_LABELS[from]}" til "${PHASE_LABELS[body.to]}"`,
    }),
  ]);
  return ok(entity, doc!.etag);
});

/** The clause a deviation departs from, from the tenant's library; 400 when there is none. */
async function libraryClause(services: Services, user: User, clauseId: string): Promise<Clause> {
  const clause = await services.store.get<Clause>(user.tenantId, 'clause', clauseId);
  if (!clause) {
    throw new ValidationError('Afvigelsen skal henvise til en klausul i klausulbiblioteket.', {
      clauseId: 'Klausulen findes ikke i klausulbiblioteket',
    });
  }
  return clause.body;
}

export const addCaseDeviation = declare('cases-add-deviation', caseRoutes.addDeviation, async (call) => {
  const { params, body, user, request, services } = call;
  requireRole(user, WRITERS.cases);
  let existing = await readOwn<Case>(services, user, 'case', params.id, NOUN);
  const clause = await libraryClause(services, user, body.clauseId);
  const given = request.headers.get('if-match') ? requireIfMatch(request) : undefined;
  for (let attempt = 1; ; attempt++) {
    const now = services.now();
    const deviation: Deviation = { ...body, by: userRef(user), at: now.toISOString() };
    const entity: Case = {
      ...existing.body,
      deviations: [...existing.body.deviations, deviation],
      ...updatedStamp(existing.body, user, now),
    };
    const ifMatch = given ?? existing.etag;
    try {
      const [doc] = await services.store.write(user.tenantId, [
        { op: 'replace', kind: 'case', id: params.id, body: entity, index: caseIndex(entity), ifMatch },
        auditOp(user, now, {
          action: 'deviation',
          entityKind: 'case',
          entityId: params.id,
          summary: `Afvigelse fra klausulen "${clause.title}" registreret`,
        }),
      ]);
      return created(entity, `/api/cases/${params.id}`, doc!.etag);
    } catch (error) {
      // Another write came between our read and write: read again, unless the caller pinned a version.
      if (given !== undefined || !(error instanceof PreconditionFailedError) || attempt >= APPEND_ATTEMPTS) throw error;
      existing = await readOwn<Case>(services, user, 'case', params.id, NOUN);
    }
  }
});

export const routes = [...standard, transitionCase, addCaseDeviation];
