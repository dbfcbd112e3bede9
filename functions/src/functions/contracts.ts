// Contracts: CRUD for case workers and negotiators; references checked, the coming 12 months costed, milestones in step.
import type { z } from 'zod';

import { ContractFilters, contractRoutes } from '@koberollen/shared/api/contracts.contract';
import type { Case } from '@koberollen/shared/domain/case';
import { type Contract, ContractInput, ContractServerFields, type Milestone } from '@koberollen/shared/domain/contract';
import type { Provider } from '@koberollen/shared/domain/provider';
import type { User } from '@koberollen/shared/domain/user';
import { ValidationError } from '@koberollen/shared/errors';
import { contractCostFields } from '@koberollen/shared/rules/coming12Months';
import { contractParties } from '@koberollen/shared/rules/contractParties';
import { addDays, compareDates, isoDateOf } from '@koberollen/shared/rules/dates';
import { caseAssignees, mergeMilestones, milestonesForContract } from '@koberollen/shared/rules/milestones';

import { declare } from '../http/declare';
import { auditFields } from '../indexes/audit';
import { CONTRACT_ORDERS, contractFields, contractIndex } from '../indexes/contract';
import { milestoneFields, milestoneIndex } from '../indexes/milestone';
import { collectAll, readSettings } from '../records/collect';
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
  const [caseDoc, provider, template] = await Promise.all([
    services.store.get<Case>(tenantId, 'case', contract.caseId),
    services.store.get<Provider>(tenantId, 'provider', contract.providerId),
    services.store.get(tenantId, 'template', contract.templateId),
  ]);
  const fields: Record<string, string> = {};
  if (!caseDoc) fields.caseId = 'Sagen findes ikke';
  if (!provider) fields.providerId = 'Leverandøren findes ikke';
  else if (!provider.body.offers.some((offer) => offer.id === contract.offerId)) {
    fields.offerId = 'Leverandøren har ikke dette tilbud';
  }
  if (!template) fields.templateId = 'Kontraktskabelonen findes ikke';
  if (contract.endDate !== undefined && compareDates(contract.endDate, contract.startDate) < 0) {
    fields.endDate = 'Slutdatoen ligger før startdatoen';
  }
  return { fields, caseRecord: caseDoc?.body, provider: provider?.body };
}

async function prepareContract(contract: Contract, services: Services, user: User): Promise<Contract> {
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
 * open ones the contract no longer calls for are deleted, unchanged ones are left alone.
 */
async function milestoneOps(contract: Contract, services: Services, user: User): Promise<WriteOp[]> {
  const caseDoc = await readOwn<Case>(services, user, 'case', contract.caseId, 'Sagen');
  const generated = milestonesForContract(contract, {
    caseId: contract.caseId,
    assignees: caseAssignees(caseDoc.body),
  });
  const existing = await collectAll<Milestone>(
    services.store,
    user.tenantId,
    'milestone',
    milestoneFields.eq('contractId', contract.id),
  );
  const merged = mergeMilestones(existing, generated);
  const before = new Map(existing.map((m) => [m.id, JSON.stringify(m)]));
  const kept = new Set(merged.map((m) => m.id));
  return [
    ...merged
      .filter((m) => before.get(m.id) !== JSON.stringify(m))
      .map((m): WriteOp => ({ op: 'upsert', kind: 'milestone', id: m.id, body: m, index: milestoneIndex(m) })),
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
  companions: milestoneOps,
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

export const routes = [...standard, listContractAudit];
