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
import { RuleViolationError, ValidationError } from '@koberollen/shared/errors';
import { checkTransition } from '@koberollen/shared/rules/caseTransitions';

import { declare } from '../http/declare';
import { created, ok } from '../http/responses';
import { caseFields, caseIndex } from '../indexes/case';
import { contractFields } from '../indexes/contract';
import { updatedStamp, userRef } from '../records/audit';
import { changeRecord } from '../records/changeRecord';
import { checkOfferReferences, type OfferReference } from '../records/references';
import { textFilters } from '../records/search';
import type { Services } from '../services';
import { caseContractOps } from './contractParties';
import { ownRecord, resourceFunctions } from './resource';

type CaseFilterValues = z.infer<z.ZodObject<typeof CaseFilters>>;

const NOUN = 'Sagen';

/** A new case's history opens with its creation, stamped like the record itself. */
function withOpeningEntry(entity: Case): Case {
  if (entity.phaseHistory.length > 0) return entity;
  const opening: PhaseChange = { to: 'need', at: entity.createdAt, by: entity.createdBy, reason: 'Sag oprettet' };
  return { ...entity, phaseHistory: [opening] };
}

/** The case's chosen offer and the alternatives it weighed, each with its field path. */
function offerReferences(entity: Case): OfferReference[] {
  const alternatives = entity.alternatives.map((ref, i) => ({ ...ref, field: `alternatives.${i}` }));
  return entity.chosenOffer ? [{ ...entity.chosenOffer, field: 'chosenOffer' }, ...alternatives] : alternatives;
}

const standard = resourceFunctions({
  name: 'cases',
  kind: 'case',
  noun: NOUN,
  routes: caseRoutes,
  input: CaseInput,
  serverFields: CaseServerFields,
  index: caseIndex,
  orderBy: caseFields.order('reference'),
  filters: (query: CaseFilterValues) => [
    ...caseFields.eq('phase', query.phase),
    ...caseFields.eq('assignee', query.assignee),
    ...textFilters(query.q),
  ],
  describe: (entity: Case) => `${entity.reference} – ${entity.title}`,
  initial: () => ({ phase: 'need' as const, phaseHistory: [], deviations: [] }),
  prepare: async (entity: Case, services, user) => {
    await checkOfferReferences(services, user.tenantId, offerReferences(entity));
    return withOpeningEntry(entity);
  },
  companions: caseContractOps,
});

const ownCase = ownRecord<Case>('case', NOUN);

export const transitionCase = declare('cases-transition', caseRoutes.transition, ownCase, async (call) => {
  const { params, body, user, ifMatch, record, services } = call;
  const hasContract =
    (await services.store.count(user.tenantId, 'contract', contractFields.eq('caseId', params.id))) > 0;
  const { entity, etag } = await changeRecord<Case>(services, user, {
    kind: 'case',
    id: params.id,
    noun: NOUN,
    index: caseIndex,
    ifMatch,
    current: record,
    apply: (current, now) => {
      const check = checkTransition(current, body.to, { hasContract });
      if (!check.ok) throw new RuleViolationError(check.reason);
      const change: PhaseChange = {
        from: current.phase,
        to: body.to,
        at: now.toISOString(),
        by: userRef(user),
        reason: body.reason,
      };
      return {
        ...current,
        phase: body.to,
        phaseHistory: [...current.phaseHistory, change],
        ...updatedStamp(current, user, now),
      };
    },
    audit: (changed, current) => ({
      action: 'transition',
      summary: `Fase ændret fra »${PHASE_LABELS[current.phase]}« til »${PHASE_LABELS[changed.phase]}«`,
    }),
  });
  return ok(entity, etag);
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

export const addCaseDeviation = declare('cases-add-deviation', caseRoutes.addDeviation, ownCase, async (call) => {
  const { params, body, user, ifMatch, record, services } = call;
  const clause = await libraryClause(services, user, body.clauseId);
  const { entity, etag } = await changeRecord<Case>(services, user, {
    kind: 'case',
    id: params.id,
    noun: NOUN,
    index: caseIndex,
    ifMatch,
    current: record,
    apply: (current, now) => {
      const deviation: Deviation = { ...body, by: userRef(user), at: now.toISOString() };
      return { ...current, deviations: [...current.deviations, deviation], ...updatedStamp(current, user, now) };
    },
    audit: () => ({ action: 'deviation', summary: `Afvigelse fra klausulen »${clause.title}« registreret` }),
  });
  return created(entity, `/api/cases/${params.id}`, etag);
});

export const routes = [...standard, transitionCase, addCaseDeviation];
