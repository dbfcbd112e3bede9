// Contracts (kontrakter): the register filtered and sorted, create and replace (milestones follow), read, its trail.
import { z } from 'zod';

import { AuditEvent } from '../domain/audit';
import { CONTRACT_SORTS } from '../domain/choices';
import { ClauseVersionRef } from '../domain/clause';
import { IdFilter, pageOf, PagingQuery } from '../domain/common';
import { Contract, ContractInput, ContractServerFields, ContractStatus } from '../domain/contract';
import { IdParams, resourceRoutes } from './resource.contract';
import { AUDIT_READERS, WRITERS } from './roles';
import { defineRoute } from './route';

/** Register orders: by title, by end date (soonest first, open-ended last), by provider name, or costliest first. */
export const ContractSort = z.enum(CONTRACT_SORTS);
export type ContractSort = z.infer<typeof ContractSort>;

export const ContractFilters = {
  caseId: IdFilter.optional(),
  providerId: IdFilter.optional(),
  /** The legal paragraph of the contract's case, e.g. `SEL §107`. */
  paragraph: z.string().max(40).optional(),
  /** The user id of the case worker on the contract's case. */
  caseWorker: IdFilter.optional(),
  status: ContractStatus.optional(),
  /** Ends from today up to this many days ahead. */
  endsWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
  sort: ContractSort.default('title'),
};

/** A clause version a contract uses, by the title it was published with (null when the version is not found). */
export const ContractClauseVersion = ClauseVersionRef.extend({ title: z.string().nullable() });
export type ContractClauseVersion = z.infer<typeof ContractClauseVersion>;

/** Who reads a contract's audit trail: the people who work its case, and those who read the whole trail. */
export const CONTRACT_AUDIT_READERS = [...WRITERS.cases, ...AUDIT_READERS] as const;

export const contractRoutes = {
  ...resourceRoutes({
    path: '/api/contracts',
    plural: 'contracts',
    names: ['Contract', 'Contracts'],
    writers: WRITERS.cases,
    input: ContractInput,
    entity: Contract,
    serverFields: ContractServerFields,
    filters: ContractFilters,
  }),
  clauseVersions: defineRoute({
    method: 'GET',
    path: '/api/contracts/{id}/clause-versions',
    operationId: 'listContractClauseVersions',
    summary: 'The clause versions a contract uses, in its order, with their titles (read in one request)',
    access: 'user',
    params: IdParams,
    responses: { 200: z.strictObject({ items: z.array(ContractClauseVersion) }) },
  }),
  audit: defineRoute({
    method: 'GET',
    path: '/api/contracts/{id}/audit',
    operationId: 'listContractAuditEvents',
    summary: "A contract's audit trail with its milestones', newest first (case workers, negotiators, admin, manager)",
    access: 'user',
    roles: CONTRACT_AUDIT_READERS,
    params: IdParams,
    query: z.strictObject({ ...PagingQuery }),
    responses: { 200: pageOf(AuditEvent) },
  }),
};
