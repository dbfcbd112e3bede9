// Writes that keep contracts' and cases' figures (see shared/src/rules/contractFigures.ts) in step with a change, in
// the same atomic batch as the change itself.
import type { Case } from '@koberollen/shared/domain/case';
import type { Contract, Milestone } from '@koberollen/shared/domain/contract';
import type { Provider } from '@koberollen/shared/domain/provider';
import type { RegulationRate } from '@koberollen/shared/domain/settings';
import {
  type ContractFigures,
  deriveCaseFigures,
  deriveContractFigures,
} from '@koberollen/shared/rules/contractFigures';
import { caseFollowUps } from '@koberollen/shared/rules/followUpStatus';
import { yearWindow } from '@koberollen/shared/rules/spendMonths';

import { caseFiguresIndex, contractFiguresFields, contractFiguresIndex } from '../indexes/figures';
import type { Repository, WriteOp } from '../store/types';
import { followUpsOfCases } from './caseFollowUps';
import { collectAll, readSettings } from './collect';
import { spendOf, spendOps } from './spend';

const unique = (values: string[]) => [...new Set(values)];

/** The contract's offer as its provider lists it (of offers sharing an id, the last). */
function offerOf(contract: Contract, providers: Map<string, Provider>) {
  return providers.get(contract.providerId)?.offers.findLast((o) => o.id === contract.offerId);
}

/** The figures of each contract, as upserts. */
export function contractFigureOps(
  contracts: Contract[],
  providers: Map<string, Provider>,
  klRates: RegulationRate[],
  today: string,
): { figures: ContractFigures[]; ops: WriteOp[] } {
  const figures = contracts.map((c) => deriveContractFigures(c, offerOf(c, providers), klRates, today));
  const ops = figures.map((f): WriteOp => ({
    op: 'upsert',
    kind: 'contractFigures',
    id: f.contract.id,
    body: f,
    index: contractFiguresIndex(f),
  }));
  return { figures, ops };
}

/** Milestones by their case id. */
export function byCase(milestones: Milestone[]): Map<string, Milestone[]> {
  const grouped = new Map<string, Milestone[]>();
  for (const m of milestones) {
    const own = grouped.get(m.caseId);
    if (own) own.push(m);
    else grouped.set(m.caseId, [m]);
  }
  return grouped;
}

/**
 * The figures of each case named, from the figures of all its contracts and its follow-up milestones (by case id), as
 * upserts.
 */
export function caseFigureOps(
  caseIds: string[],
  contracts: ContractFigures['contract'][],
  followUps: Map<string, Milestone[]>,
  today: string,
): WriteOp[] {
  return unique(caseIds).map((caseId): WriteOp => {
    const figures = deriveCaseFigures(caseId, contracts, caseFollowUps(followUps.get(caseId) ?? [], today));
    return { op: 'upsert', kind: 'caseFigures', id: caseId, body: figures, index: caseFiguresIndex(figures) };
  });
}

/** The records with these ids: those given, the others read in one request. */
async function byId<T extends { id: string }>(
  store: Repository,
  tenantId: string,
  kind: 'provider' | 'case',
  ids: string[],
  given: T[],
): Promise<Map<string, T>> {
  const known = new Map(given.map((r) => [r.id, r]));
  const missing = unique(ids).filter((id) => !known.has(id));
  for (const doc of await store.getMany<T>(tenantId, kind, missing)) known.set(doc.id, doc.body);
  return known;
}

/**
 * Writes that bring the figures and the spend (see records/spend.ts) of these contracts, as they are about to be
 * stored, and of their cases (those they belonged to before included) in step. `providers` and `cases` are records
 * about to be stored, read from the store otherwise; `batch` holds the milestone writes made with them. Reads the
 * contracts' providers and cases, the settings, the other contracts' figures and the follow-up milestones of each case
 * concerned and the spend documents the contracts move.
 */
export async function figureOps(
  store: Repository,
  tenantId: string,
  contracts: Contract[],
  today: string,
  records: { providers?: Provider[]; cases?: Case[]; batch?: WriteOp[] } = {},
): Promise<WriteOp[]> {
  if (contracts.length === 0) return [];
  const ids = contracts.map((c) => c.id);
  const [given, caseById, settings, before] = await Promise.all([
    byId(
      store,
      tenantId,
      'provider',
      contracts.map((c) => c.providerId),
      records.providers ?? [],
    ),
    byId(
      store,
      tenantId,
      'case',
      contracts.map((c) => c.caseId),
      records.cases ?? [],
    ),
    readSettings(store, tenantId),
    store.getMany<ContractFigures>(tenantId, 'contractFigures', ids),
  ]);
  const { figures, ops } = contractFigureOps(contracts, given, settings?.regulationRates ?? [], today);
  const changed = new Set(ids);
  const caseIds = unique([...contracts.map((c) => c.caseId), ...before.map((doc) => doc.body.contract.caseId)]);
  const [others, stored, followUps] = await Promise.all([
    Promise.all(
      caseIds.map((caseId) =>
        collectAll<ContractFigures>(store, tenantId, 'contractFigures', contractFiguresFields.eq('caseId', caseId)),
      ),
    ),
    store.getMany(tenantId, 'caseFigures', caseIds),
    followUpsOfCases(store, tenantId, caseIds, records.batch ?? []),
  ]);
  const all = [...others.flat().filter((f) => !changed.has(f.contract.id)), ...figures].map((f) => f.contract);
  // Each case's figures replace the version read, so a concurrent change to another of its contracts fails this
  // write (412) rather than one of the two being lost.
  const etags = new Map(stored.map((doc) => [doc.id, doc.etag]));
  const cases = caseFigureOps(caseIds, all, followUps, today).map((op): WriteOp => {
    if (op.op !== 'upsert') return op;
    const etag = etags.get(op.id);
    return etag ? { ...op, op: 'replace', ifMatch: etag } : { ...op, op: 'create' };
  });
  const parties = { providers: given, cases: caseById, municipality: settings?.name };
  const window = yearWindow(today);
  const spend = await spendOps(store, tenantId, ids, (billed) =>
    contracts.map((c) => spendOf(c, { ...parties, billed }, window)),
  );
  return [...ops, ...cases, ...spend];
}
