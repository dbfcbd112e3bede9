// Contracts: CRUD for case workers and negotiators; references checked, the coming 12 months costed, milestones in step.
import type { z } from 'zod';

import { ContractFilters, contractRoutes } from '@koberollen/shared/api/contracts.contract';
import type { Case } from '@koberollen/shared/domain/case';
import type { ClauseVersion } from '@koberollen/shared/domain/clause';
import { type Contract, ContractInput, ContractServerFields, type Milestone } from '@koberollen/shared/domain/contract';
import type { Provider } from '@koberollen/shared/domain/provider';
import type { User } from '@koberollen/shared/domain/user';
import { ValidationError } from '@koberollen/shared/errors';
import { contractCostFields } from '@koberollen/shared/rules/coming12Months';
import { contractParties } from '@koberollen/shared/rules/contractParties';
import { addDays, isoDateOf } from '@koberollen/shared/rules/dates';
import { caseAssignees, mergeMilestones, milestonesForContract } from '@koberollen/shared/rules/milestones';
import { termDateErrors } from '@koberollen/shared/rules/temporaryStay';

import { declare } from '../http/declare';
import { ok } from '../http/responses';
import { auditFields } from '../indexes/audit';
import { clauseVersionId } from '../indexes/clauseVersion';
import { CONTRACT_ORDERS, contractFields, contractIndex } from '../indexes/contract';
import { milestoneFields, milestoneIndex } from '../indexes/milestone';
import { collectAll, readSettings } from '../records/collect';
import { figureOps } from '../records/figures';
import { readReferences } from '../records/references';
import { key } from '../records/search';
import type { Services } from '../services';
import type { WriteOp } from '../store/types';
import { answerPage, ownRecord, readOwn, resourceFunctions } from './resource';

type ContractFilterValues = z.infer<z.ZodObject<typeof ContractFilters>>;

/**
 * The contract's case and provider, and field messages for references to a case, provider, offer or template the
 * tenant does not have.
 */
async function references(contract: Contract, services: Services, tenantId: string) {
  const [caseRecord, provider, template] = await Promise.all([
    services.store.get<Case>(tenantId, 'case', contract.caseId),
    services.store.get<Provider>(tenantId, 'provider', contract.providerId),
    services.store.get(tenantId, 'template', contract.templateId),
  ]);
  const offer = provider?.body.offers.find((o) => o.id === contract.offerId);
  const fields: Record<string, string> = termDateErrors(contract, offer?.paragraph);
  if (!caseRecord) fields.caseId = 'Sagen findes ikke';
  if (!provider) fields.providerId = 'Leverandøren findes ikke';
  else if (!offer) fields.offerId = 'Leverandøren har ikke dette tilbud';
  if (!template) fields.templateId = 'Kontraktskabelonen findes ikke';
  return { fields, caseRecord: caseRecord?.body, provider: provider?.body };
}

async function prepareContract(contract: Contract, services: Services, user: User): Promise<Contract> {
  const versions = contract.clauseVersions.map((ref, i) => ({
    field: `clauseVersions.${i}`,
    id: clauseVersionId(ref.clauseId, ref.version),
  }));
  await readReferences(services, user.tenantId, 'clauseVersion', versions, 'Klausulversionen findes ikke.');
  const { fields, caseRecord, provider } = await references(contract, services, user.tenantId);
  if (Object.keys(fields).length > 0 || !caseRecord || !provider)
    throw new ValidationError('Kontrakten henviser til noget, der ikke findes.', fields);
  const settings = await readSettings(services.store, user.tenantId);
  return {
    ...contract,
    ...contractCostFields(contract, isoDateOf(services.now()), settings?.regulationRates),
    parties: contractParties(caseRecord, provider),
  };
}

/**
 * Writes that bring the contract's milestones in line with it: generated ones are written (done ones kept done),
 * open ones the contract no longer calls for are deleted, unchanged ones are left alone (all are written anew when the
 * contract's status changed, as their index follows it).
 */
async function milestoneOps(contract: Contract, services: Services, user: User, before?: Contract): Promise<WriteOp[]> {
  const caseRecord = await readOwn<Case>(services, user, 'case', contract.caseId, 'Sagen');
  const generated = milestonesForContract(contract, {
    caseId: contract.caseId,
    assignees: caseAssignees(caseRecord.body),
  });
  const existing = await collectAll<Milestone>(
    services.store,
    user.tenantId,
    'milestone',
    milestoneFields.eq('contractId', contract.id),
  );
  const merged = mergeMilestones(existing, generated);
  const stored = new Map(existing.map((m) => [m.id, JSON.stringify(m)]));
  const kept = new Set(merged.map((m) => m.id));
  const statusChanged = before?.status !== contract.status;
  return [
    ...merged
      .filter((m) => statusChanged || stored.get(m.id) !== JSON.stringify(m))
      .map((m): WriteOp => ({
        op: 'upsert',
        kind: 'milestone',
        id: m.id,
        body: m,
        index: milestoneIndex(m, contract.status),
      })),
    ...existing.filter((m) => !kept.has(m.id)).map((m): WriteOp => ({ op: 'delete', kind: 'milestone', id: m.id })),
  ];
}

const standard = resourceFunctions({
  name: 'contracts',
  kind: 'contract',
  noun: 'Kontrakten',
  routes: contractRoutes,
  input: ContractInput,
  serverFields: ContractServerFields,
  index: contractIndex,
  orderBy: (query: ContractFilterValues) => CONTRACT_ORDERS[query.sort],
  filters: (query: ContractFilterValues, today: string) => [
    ...contractFields.eq('caseId', query.caseId),
    ...contractFields.eq('providerId', query.providerId),
    ...contractFields.eq('status', query.status),
    ...contractFields.eq('paragraph', query.paragraph === undefined ? undefined : key(query.paragraph)),
    ...contractFields.eq('caseWorker', query.caseWorker),
    ...(query.endsWithinDays === undefined
      ? []
      : [
          ...contractFields.bound('endDate', 'gte', today),
          ...contractFields.bound('endDate', 'lte', addDays(today, query.endsWithinDays)),
        ]),
  ],
  describe: (contract: Contract) => contract.title,
  initial: () => ({ annualCost: 0 }),
  prepare: prepareContract,
  companions: async (contract: Contract, services: Services, user: User, before?: Contract) => {
    const milestones = await milestoneOps(contract, services, user, before);
    const today = isoDateOf(services.now());
    return [
      ...milestones,
      ...(await figureOps(services.store, user.tenantId, [contract], today, { batch: milestones })),
    ];
  },
});

/** The audit events of the contract and of its milestones, whose ids begin with the contract's id. */
export const listContractAudit = declare(
  'contracts-audit',
  contractRoutes.audit,
  ownRecord<Contract>('contract', 'Kontrakten'),
  async ({ params, query, user, services }) =>
    answerPage(
      services,
      user,
      'audit',
      {
        filters: [{ field: 'entityId', op: 'contains', value: params.id.toLowerCase() }],
        orderBy: auditFields.order('newestFirst'),
      },
      query,
    ),
);

/** GET /api/contracts/{id}/clause-versions: the contract's clause versions with their titles, read in one request. */
const listContractClauseVersions = declare(
  'contracts-clause-versions',
  contractRoutes.clauseVersions,
  ownRecord<Contract>('contract', 'Kontrakten'),
  async ({ record, user, services }) => {
    const refs = record.body.clauseVersions;
    const ids = refs.map((ref) => clauseVersionId(ref.clauseId, ref.version));
    const docs = ids.length
      ? await services.store.getMany<ClauseVersion>(user.tenantId, 'clauseVersion', [...new Set(ids)])
      : [];
    const titles = new Map(docs.map((doc) => [doc.id, doc.body.title]));
    const items = refs.map(({ clauseId, version }, i) => ({ clauseId, version, title: titles.get(ids[i]!) ?? null }));
    return ok({ items });
  },
);

export const routes = [...standard, listContractAudit, listContractClauseVersions];
