// One page of the figures refresh (see refreshFigures.ts): a page of contracts with their figures, spend and
// milestones' follow-up index, or a page of cases with their figures. Each reads what its page needs by id or by the
// page's ids (a handful of store requests), never the whole municipality, and writes only what differs.
import type { Case } from '@koberollen/shared/domain/case';
import type { Contract, Milestone } from '@koberollen/shared/domain/contract';
import type { Invoice } from '@koberollen/shared/domain/invoice';
import type { Provider } from '@koberollen/shared/domain/provider';
import type { Settings } from '@koberollen/shared/domain/settings';
import type { CaseFigures, ContractFigures } from '@koberollen/shared/rules/contractFigures';
import { billedByContract } from '@koberollen/shared/rules/spendBilled';
import { yearWindow } from '@koberollen/shared/rules/spendMonths';

import { contractFiguresFields } from '../indexes/figures';
import { invoiceFields } from '../indexes/invoice';
import { milestoneFields, milestoneIndex } from '../indexes/milestone';
import { followUpsOfCases } from '../records/caseFollowUps';
import { collectAll, collectIds } from '../records/collect';
import { caseFigureOps, contractFigureOps } from '../records/figures';
import { refreshSpendPage } from '../records/spendRefresh';
import type { Repository, StoredDoc, WriteOp } from '../store/types';
import type { PageDone } from './resumable';

/** Records per page: a page of contracts reads about eight times as many milestones. */
const PAGE = 100;
/**
 * Documents per query of a page's milestones (about eight per contract): one query each, as a query over a list of
 * ids continued page by page repeats its lookups (six times slower on the embedded store).
 */
const MILESTONES = 2_000;
/** Operations per batch (Cosmos allows 100); figures and index entries need no batch of their own. */
const BATCH = 100;
/** Later than any due date: bounds a walk over the open milestones of active contracts. */
const LAST_DAY = '9999-12-31';

export interface RefreshContext {
  store: Repository;
  tenantId: string;
  today: string;
  settings?: Settings;
}

const json = (value: unknown) => JSON.stringify(value);
const unique = (values: string[]) => [...new Set(values)];

/** Each op whose body differs from what is stored under its id. */
function changed(ops: WriteOp[], stored: StoredDoc[]): WriteOp[] {
  const bodies = new Map(stored.map((doc) => [doc.id, json(doc.body)]));
  return ops.filter((op) => op.op === 'delete' || bodies.get(op.id) !== json(op.body));
}

async function writeAll({ store, tenantId }: RefreshContext, ops: WriteOp[]): Promise<number> {
  for (let i = 0; i < ops.length; i += BATCH) await store.write(tenantId, ops.slice(i, i + BATCH));
  return ops.length;
}

const byId = <T>(docs: StoredDoc<T>[]) => new Map(docs.map((doc) => [doc.id, doc.body]));

/** The milestones of these contracts whose follow-up index entry (see indexes/milestone.ts) is not as their status says. */
function milestoneOps(contracts: Contract[], milestones: Milestone[], followed: Set<string>): WriteOp[] {
  const status = new Map(contracts.map((c) => [c.id, c.status]));
  return milestones.flatMap((m): WriteOp[] => {
    const active = status.get(m.contractId) ?? 'ended';
    if ((m.status !== 'done' && active === 'active') === followed.has(m.id)) return [];
    return [{ op: 'upsert', kind: 'milestone', id: m.id, body: m, index: milestoneIndex(m, active) }];
  });
}

/** A page of contracts: their figures, their spend (what their invoices billed included) and their milestones' index. */
export async function refreshContractPage(context: RefreshContext, cursor?: string): Promise<PageDone> {
  const { store, tenantId, today, settings } = context;
  const page = await store.list<Contract>(tenantId, 'contract', { limit: PAGE, continuationToken: cursor });
  const contracts = page.items.map((doc) => doc.body);
  const ids = contracts.map((c) => c.id);
  if (ids.length === 0) return { written: 0 };
  const ofPage = milestoneFields.oneOf('contractId', ids);
  const [providers, cases, stored, invoices, milestones, followed] = await Promise.all([
    store.getMany<Provider>(tenantId, 'provider', unique(contracts.map((c) => c.providerId))),
    store.getMany<Case>(tenantId, 'case', unique(contracts.map((c) => c.caseId))),
    store.getMany<ContractFigures>(tenantId, 'contractFigures', ids),
    collectAll<Invoice>(store, tenantId, 'invoice', invoiceFields.oneOf('contractId', ids)),
    collectAll<Milestone>(store, tenantId, 'milestone', ofPage, undefined, MILESTONES),
    collectIds(
      store,
      tenantId,
      'milestone',
      [...ofPage, ...milestoneFields.bound('activeDueDate', 'lte', LAST_DAY)],
      MILESTONES,
    ),
  ]);
  const providerById = byId(providers);
  const figures = contractFigureOps(contracts, providerById, settings?.regulationRates ?? [], today);
  const parties = {
    providers: providerById,
    cases: byId(cases),
    municipality: settings?.name,
    billed: billedByContract(invoices),
  };
  const spend = await refreshSpendPage(store, tenantId, contracts, parties, yearWindow(today));
  const ops = [...changed(figures.ops, stored), ...milestoneOps(contracts, milestones, new Set(followed))];
  return { written: spend + (await writeAll(context, ops)), continuationToken: page.continuationToken };
}

/** A page of cases: the figures of each that has contracts, from its contracts' stored figures and its follow-ups. */
export async function refreshCasePage(context: RefreshContext, cursor?: string): Promise<PageDone> {
  const { store, tenantId, today } = context;
  const page = await store.listVersions(tenantId, 'case', { limit: PAGE, continuationToken: cursor });
  const caseIds = page.items.map((item) => item.id);
  if (caseIds.length === 0) return { written: 0 };
  const [figures, followUps, stored] = await Promise.all([
    collectAll<ContractFigures>(store, tenantId, 'contractFigures', contractFiguresFields.oneOf('caseId', caseIds)),
    followUpsOfCases(store, tenantId, caseIds, []),
    store.getMany<CaseFigures>(tenantId, 'caseFigures', caseIds),
  ]);
  const contracts = figures.map((f) => f.contract);
  const withContracts = unique(contracts.map((c) => c.caseId));
  const ops = changed(caseFigureOps(withContracts, contracts, followUps, today), stored);
  return { written: await writeAll(context, ops), continuationToken: page.continuationToken };
}

/** The passes of a refresh, in order: the cases' figures are derived from the contracts' stored ones. */
export const PASSES = { contracts: refreshContractPage, cases: refreshCasePage } as const;
