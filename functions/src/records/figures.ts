// Writes that keep contracts' and cases' figures (see shared/src/rules/contractFigures.ts) in step with a change, in
// the same atomic batch as the change itself.
import type { Contract } from '@koberollen/shared/domain/contract';
import type { Provider } from '@koberollen/shared/domain/provider';
import type { RegulationRate } from '@koberollen/shared/domain/settings';
import {
  type ContractFigures,
  deriveCaseFigures,
  deriveContractFigures,
} from '@koberollen/shared/rules/contractFigures';

import { caseFiguresIndex, contractFiguresFields, contractFiguresIndex } from '../indexes/figures';
import type { Repository, WriteOp } from '../store/types';
import { collectAll, readSettings } from './collect';

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

/** The figures of each case named, from the figures of all its contracts, as upserts. */
export function caseFigureOps(caseIds: string[], contracts: ContractFigures['contract'][]): WriteOp[] {
  return unique(caseIds).map((caseId): WriteOp => {
    const figures = deriveCaseFigures(caseId, contracts);
    return { op: 'upsert', kind: 'caseFigures', id: caseId, body: figures, index: caseFiguresIndex(figures) };
  });
}

/**
 * Writes that bring the figures of these contracts, as they are about to be stored, and of their cases (those they
 * belonged to before included) in step. `providers` are providers about to be stored, read from the store otherwise.
 * Reads the contracts' providers, the settings and the other contracts' figures of each case concerned.
 */
export async function figureOps(
  store: Repository,
  tenantId: string,
  contracts: Contract[],
  today: string,
  providers: Provider[] = [],
): Promise<WriteOp[]> {
  if (contracts.length === 0) return [];
  const given = new Map(providers.map((p) => [p.id, p]));
  const missing = unique(contracts.map((c) => c.providerId)).filter((id) => !given.has(id));
  const ids = contracts.map((c) => c.id);
  const [read, settings, before] = await Promise.all([
    store.getMany<Provider>(tenantId, 'provider', missing),
    readSettings(store, tenantId),
    store.getMany<ContractFigures>(tenantId, 'contractFigures', ids),
  ]);
  for (const doc of read) given.set(doc.id, doc.body);
  const { figures, ops } = contractFigureOps(contracts, given, settings?.regulationRates ?? [], today);
  const changed = new Set(ids);
  const caseIds = unique([...contracts.map((c) => c.caseId), ...before.map((doc) => doc.body.contract.caseId)]);
  const [others, stored] = await Promise.all([
    Promise.all(
      caseIds.map((caseId) =>
        collectAll<ContractFigures>(store, tenantId, 'contractFigures', contractFiguresFields.eq('caseId', caseId)),
      ),
    ),
    store.getMany(tenantId, 'caseFigures', caseIds),
  ]);
  const all = [...others.flat().filter((f) => !changed.has(f.contract.id)), ...figures].map((f) => f.contract);
  // Each case's figures replace the version read, so a concurrent change to another of its contracts fails this
  // write (412) rather than one of the two being lost.
  const etags = new Map(stored.map((doc) => [doc.id, doc.etag]));
  const cases = caseFigureOps(caseIds, all).map((op): WriteOp => {
    if (op.op !== 'upsert') return op;
    const etag = etags.get(op.id);
    return etag ? { ...op, op: 'replace', ifMatch: etag } : { ...op, op: 'create' };
  });
  return [...ops, ...cases];
}
