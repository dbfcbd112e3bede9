// Derives every contract's and case's figures (a case's kept follow-ups included), the spend per month (see
// records/spend.ts, with the invoices billed) and the milestones'
// follow-up index anew for one municipality, writing only what differs: for stores written before the figures existed,
// after a day has passed (a new year moves the years the spend is kept for), or after the settings changed (KL's
// regulation rates, the municipality's name). A run stopped halfway is finished by the next; a second run writes
// nothing.
import type { Case } from '@koberollen/shared/domain/case';
import type { Contract, Milestone } from '@koberollen/shared/domain/contract';
import type { Invoice } from '@koberollen/shared/domain/invoice';
import type { Provider } from '@koberollen/shared/domain/provider';
import type { CaseFigures, ContractFigures } from '@koberollen/shared/rules/contractFigures';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { billedByContract } from '@koberollen/shared/rules/spendBilled';
import { yearWindow } from '@koberollen/shared/rules/spendMonths';

import { milestoneFields, milestoneIndex } from '../indexes/milestone';
import { collectAll, collectAllDocs, readSettings } from '../records/collect';
import { byCase, caseFigureOps, contractFigureOps } from '../records/figures';
import { refreshSpendOps } from '../records/spend';
import type { Repository, WriteOp } from '../store/types';

/** Operations per atomic batch (Cosmos allows 100). */
const BATCH = 100;
/** Later than any due date: bounds a walk over all open milestones. */
const LAST_DAY = '9999-12-31';

const json = (value: unknown) => JSON.stringify(value);

/** Each op whose body differs from what is stored under its id. */
function changed(ops: WriteOp[], stored: Map<string, string>): WriteOp[] {
  return ops.filter((op) => op.op === 'delete' || stored.get(op.id) !== json(op.body));
}

/** Brings the municipality's figures and follow-up index up to date on `now`; returns how many documents it wrote. */
export async function refreshFigures(store: Repository, tenantId: string, now: Date): Promise<number> {
  const today = isoDateOf(now);
  const [settings, contracts, providers, caseRecords, contractFigures, caseFigures, all, indexed, invoices] =
    await Promise.all([
      readSettings(store, tenantId),
      collectAll<Contract>(store, tenantId, 'contract'),
      collectAll<Provider>(store, tenantId, 'provider'),
      collectAll<Case>(store, tenantId, 'case'),
      collectAll<ContractFigures>(store, tenantId, 'contractFigures'),
      collectAll<CaseFigures>(store, tenantId, 'caseFigures'),
      collectAll<Milestone>(store, tenantId, 'milestone'),
      collectAllDocs(store, tenantId, 'milestone', milestoneFields.bound('activeDueDate', 'lte', LAST_DAY)),
      collectAll<Invoice>(store, tenantId, 'invoice'),
    ]);
  const byId = new Map(providers.map((p) => [p.id, p]));
  const derived = contractFigureOps(contracts, byId, settings?.regulationRates ?? [], today);
  const cases = caseFigureOps(
    contracts.map((c) => c.caseId),
    derived.figures.map((f) => f.contract),
    byCase(all),
    today,
  );
  const status = new Map(contracts.map((c) => [c.id, c.status]));
  const followed = new Set(indexed.map((doc) => doc.id));
  const milestones = all.flatMap((m): WriteOp[] =>
    (m.status !== 'done' && status.get(m.contractId) === 'active') === followed.has(m.id)
      ? []
      : [
          {
            op: 'upsert',
            kind: 'milestone',
            id: m.id,
            body: m,
            index: milestoneIndex(m, status.get(m.contractId) ?? 'ended'),
          },
        ],
  );
  const parties = {
    providers: byId,
    cases: new Map(caseRecords.map((c) => [c.id, c])),
    municipality: settings?.name,
    billed: billedByContract(invoices),
  };
  const spend = await refreshSpendOps(store, tenantId, contracts, parties, yearWindow(today));
  const ops = [
    ...spend,
    ...changed(derived.ops, new Map(contractFigures.map((f) => [f.contract.id, json(f)]))),
    ...changed(cases, new Map(caseFigures.map((f) => [f.caseId, json(f)]))),
    ...milestones,
  ];
  for (let i = 0; i < ops.length; i += BATCH) await store.write(tenantId, ops.slice(i, i + BATCH));
  return ops.length;
}
