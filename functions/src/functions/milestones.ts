// Milestones: the tenant's contract deadlines by due date, filtered on indexed fields, with status as of today;
// marked done with a note (a follow-up gets its next one) and reopened when marked by mistake.
import {
  type DoneAnswer,
  type MilestoneContract,
  milestoneRoutes,
  type ReopenAnswer,
} from '@koberollen/shared/api/milestones.contract';
import type { Contract, Milestone } from '@koberollen/shared/domain/contract';
import type { User } from '@koberollen/shared/domain/user';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { formatDate } from '@koberollen/shared/rules/format';
import { completeMilestone, type DoneResult, reopenMilestone } from '@koberollen/shared/rules/milestoneDone';
import { milestoneStatus } from '@koberollen/shared/rules/milestones';

import { declare } from '../http/declare';
import { ok, okPage } from '../http/responses';
import { milestoneFields, milestoneIndex, milestoneQuery } from '../indexes/milestone';
import { userRef } from '../records/audit';
import { caseFollowUpOps } from '../records/caseFollowUps';
import { changeRecord, type RecordChange } from '../records/changeRecord';
import { collectAll } from '../records/collect';
import type { Services } from '../services';
import type { StoredDoc, WriteOp } from '../store/types';
import { ownRecord, readOwn } from './resource';

const NOUN = 'Milepælen';

export const listMilestones = declare('milestones-list', milestoneRoutes.list, async ({ query, user, services }) => {
  const { limit, continuationToken, withContracts, ...filters } = query;
  const today = isoDateOf(services.now());
  const page = await services.store.list<Milestone>(user.tenantId, 'milestone', {
    ...milestoneQuery(filters, today),
    limit,
    continuationToken,
  });
  // Most milestones are answered as stored; one the nightly job has not yet marked overdue is answered as it is today.
  // Only the job changes a stored status, and only to overdue once the due date has passed: so a milestone listed by a
  // due date of today or later has its status of today, and is answered without reading its body.
  const items = page.items.map((doc): StoredDoc<Milestone> => {
    if (typeof doc.listedBy === 'string' && doc.listedBy >= today) return doc;
    const status = milestoneStatus(doc.body, today);
    return status === doc.body.status ? doc : { ...doc, json: undefined, body: { ...doc.body, status } };
  });
  if (withContracts !== 'true') return okPage({ items, continuationToken: page.continuationToken });
  const contracts = await services.store.getMany<Contract>(user.tenantId, 'contract', [
    ...new Set(items.map((doc) => doc.body.contractId)),
  ]);
  return ok({
    items: items.map((doc) => doc.body),
    continuationToken: page.continuationToken,
    contracts: Object.fromEntries(contracts.map((doc) => [doc.id, milestoneContract(doc.body)])),
  });
});

/** What names the contract in a reminder: its title, its case's reference and its provider. */
function milestoneContract({ title, parties }: Contract): MilestoneContract {
  return { title, caseReference: parties?.caseReference, providerName: parties?.providerName };
}

const ownMilestone = ownRecord<Milestone>('milestone', NOUN);
const named = (m: Milestone) => `${m.title}, frist ${formatDate(m.dueDate)}`;

interface MilestoneCall {
  params: { id: string };
  user: User;
  ifMatch?: string;
  record: StoredDoc<Milestone>;
  services: Services;
}

/**
 * Changes the called milestone, from the record its loader read, with the caller's If-Match; its index follows its
 * contract's status. A follow-up's change brings what its case's figures keep of its follow-ups in step.
 */
const changeMilestone = (
  { params, user, ifMatch, record, services }: MilestoneCall,
  contract: Contract,
  change: Pick<RecordChange<Milestone>, 'apply' | 'audit'> & { companions: () => WriteOp[] },
) =>
  changeRecord<Milestone>(services, user, {
    kind: 'milestone',
    id: params.id,
    noun: NOUN,
    index: (m) => milestoneIndex(m, contract.status),
    ifMatch,
    current: record,
    ...change,
    companions: async (changed) => {
      const own = change.companions();
      if (changed.kind !== 'followUp') return own;
      const batch: WriteOp[] = [{ op: 'upsert', kind: 'milestone', id: changed.id, body: changed }, ...own];
      const today = isoDateOf(services.now());
      return [...own, ...(await caseFollowUpOps(services.store, user.tenantId, changed.caseId, batch, today))];
    },
  });

export const markMilestoneDone = declare('milestones-done', milestoneRoutes.done, ownMilestone, async (call) => {
  const { body, user, record, services } = call;
  const contract = await readOwn<Contract>(services, user, 'contract', record.body.contractId, 'Kontrakten');
  const siblings = await collectAll<Milestone>(
    services.store,
    user.tenantId,
    'milestone',
    milestoneFields.eq('contractId', contract.id),
  );
  let result: DoneResult | undefined;
  const { entity, etag } = await changeMilestone(call, contract.body, {
    apply: (current, now) => {
      const completion = { by: userRef(user), at: now.toISOString(), note: body.note };
      result = completeMilestone(current, completion, contract.body, siblings);
      return result.done;
    },
    companions: () => {
      const next = result?.next;
      if (!next?.created) return [];
      return [
        {
          op: 'create',
          kind: 'milestone',
          id: next.milestone.id,
          body: next.milestone,
          index: milestoneIndex(next.milestone, contract.body.status),
        },
      ];
    },
    audit: (done) => {
      const note = done.doneNote ? ` Note: ${done.doneNote}` : '';
      const next = result?.next?.created
        ? ` Næste opfølgning oprettet med frist ${formatDate(result.next.milestone.dueDate)}.`
        : '';
      return { action: 'update', summary: `Markeret udført: ${named(done)}.${note}${next}` };
    },
  });
  const answer: DoneAnswer = {
    milestone: entity,
    ...(result?.next ? { next: result.next.milestone } : {}),
    nextCreated: result?.next?.created ?? false,
  };
  return ok(answer, etag);
});

export const reopenMilestoneRoute = declare('milestones-reopen', milestoneRoutes.reopen, ownMilestone, async (call) => {
  const { user, services, record } = call;
  const contract = await readOwn<Contract>(services, user, 'contract', record.body.contractId, 'Kontrakten');
  let removeId: string | undefined;
  const { entity, etag } = await changeMilestone(call, contract.body, {
    apply: async (current) => {
      const created = current.nextId
        ? (await services.store.get<Milestone>(user.tenantId, 'milestone', current.nextId))?.body
        : undefined;
      const result = reopenMilestone(current, created);
      removeId = result.removeId;
      return result.reopened;
    },
    companions: () => (removeId ? [{ op: 'delete', kind: 'milestone', id: removeId }] : []),
    audit: (reopened) => ({
      action: 'update',
      summary: `Genåbnet: ${named(reopened)}.${removeId ? ' Den opfølgning, der blev oprettet ved markeringen, er fjernet.' : ''}`,
    }),
  });
  // Open again: overdue when its due date has passed, as the list answers it.
  const milestone = { ...entity, status: milestoneStatus(entity, isoDateOf(services.now())) };
  const answer: ReopenAnswer = { milestone, ...(removeId ? { removedNextId: removeId } : {}) };
  return ok(answer, etag);
});

export const routes = [listMilestones, markMilestoneDone, reopenMilestoneRoute];
