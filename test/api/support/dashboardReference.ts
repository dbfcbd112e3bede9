// The dashboard's overview with its spend and its costliest cases' follow-ups derived from nothing, from a full read of
// the municipality's records: what the overview from the documents kept on write must equal.
import type { DashboardAnswer } from '@koberollen/shared/api/analysis.contract';
import type { Case } from '@koberollen/shared/domain/case';
import type { Contract, Milestone } from '@koberollen/shared/domain/contract';
import type { Invoice } from '@koberollen/shared/domain/invoice';
import type { Provider } from '@koberollen/shared/domain/provider';
import { caseSavingRows, overviewPeriod, rankedFigures } from '@koberollen/shared/rules/dashboard';
import { providerTableRows } from '@koberollen/shared/rules/dashboardTable';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { followUpStatus } from '@koberollen/shared/rules/followUpStatus';
import { monthsOf, type Period } from '@koberollen/shared/rules/periodCost';
import { rankOf, type SpendDoc, type SpendRanked } from '@koberollen/shared/rules/spendAggregate';
import { billedByContract } from '@koberollen/shared/rules/spendBilled';
import { yearWindow } from '@koberollen/shared/rules/spendMonths';

import { collectAll, readSettings } from '../../../functions/src/records/collect';
import { readOverview } from '../../../functions/src/records/overviewRead';
import { spendFromScratch } from '../../../functions/src/records/spend';
import type { Services } from '../../../functions/src/services';
import type { Repository, StoredDoc } from '../../../functions/src/store/types';

const stored = (id: string, body: SpendDoc): StoredDoc => ({ kind: 'spend', tenantId: '', id, etag: '', body });

/** The store, with its spend documents replaced by those derived from nothing (lists by group and year in rank order). */
function withSpend(store: Repository, docs: Map<string, SpendDoc>): Repository {
  const byRank = [...docs]
    .filter(([, doc]) => doc.group !== 'summary')
    .sort(([ia, a], [ib, b]) => rankOf(a as never) - rankOf(b as never) || (ia < ib ? -1 : ia > ib ? 1 : 0));
  return {
    kind: store.kind,
    get: (tenantId, kind, id) => {
      if (kind !== 'spend') return store.get(tenantId, kind, id);
      const doc = docs.get(id);
      return Promise.resolve((doc ? stored(id, doc) : undefined) as never);
    },
    getMany: (tenantId, kind, ids) => {
      if (kind !== 'spend') return store.getMany(tenantId, kind, ids);
      return Promise.resolve(ids.flatMap((id) => (docs.has(id) ? [stored(id, docs.get(id)!)] : [])) as never);
    },
    getEach(tenantId, reads) {
      return Promise.all(reads.map(({ kind, ids }) => this.getMany(tenantId, kind, ids)));
    },
    list: (tenantId, kind, query) => {
      if (kind !== 'spend') return store.list(tenantId, kind, query);
      const [filter] = query.filters ?? [];
      if (query.orderBy !== 'rank' || filter?.field !== 'groupYear') throw new Error('Not a query the overview makes');
      const items = byRank
        .filter(([, doc]) => doc.group !== 'summary' && `${doc.group}~${doc.year}` === filter.value)
        .slice(0, query.limit);
      return Promise.resolve({ items: items.map(([id, doc]) => stored(id, doc)) } as never);
    },
    listEach(tenantId, lists) {
      return Promise.all(lists.map((query) => this.list(tenantId, query.kind, query)));
    },
    listVersions: (...args) => store.listVersions(...args),
    count: (...args) => store.count(...args),
    countEach: (...args) => store.countEach(...args),
    tally: (...args) => store.tally(...args),
    write: () => Promise.reject(new Error('Read only')),
    close: () => Promise.resolve(),
  };
}

/** The spend documents derived from nothing, from a full read of the records, with the parties read. */
async function spendFromFullRead(store: Repository, tenantId: string, now: Date) {
  const [settings, contracts, providers, cases, invoices] = await Promise.all([
    readSettings(store, tenantId),
    collectAll<Contract>(store, tenantId, 'contract'),
    collectAll<Provider>(store, tenantId, 'provider'),
    collectAll<Case>(store, tenantId, 'case'),
    collectAll<Invoice>(store, tenantId, 'invoice'),
  ]);
  const parties = {
    providers: new Map(providers.map((p) => [p.id, p])),
    cases: new Map(cases.map((c) => [c.id, c])),
    municipality: settings?.name,
    billed: billedByContract(invoices),
  };
  const { docs } = spendFromScratch(contracts, parties, yearWindow(isoDateOf(now)));
  return { docs, providers, parties };
}

export async function overviewFromFullRead(
  store: Repository,
  tenantId: string,
  now: Date,
  asked: Partial<Period>,
): Promise<DashboardAnswer> {
  const [{ docs }, milestones] = await Promise.all([
    spendFromFullRead(store, tenantId, now),
    collectAll<Milestone>(store, tenantId, 'milestone'),
  ]);
  const answer = await readOverview(
    { store: withSpend(store, docs), now: () => now } as unknown as Services,
    tenantId,
    asked,
  );
  // Each costliest case's follow-up status from all its milestones, not from what its figures keep.
  const today = isoDateOf(now);
  const expensive = answer.expensive.map((c) => ({
    ...c,
    followUp: followUpStatus(
      milestones.filter((m) => m.caseId === c.caseId),
      today,
    ),
  }));
  return { ...answer, expensive };
}

/** Every provider's row and every case's savings row of the period, derived from a full read, by key. */
export async function tablesFromFullRead(store: Repository, tenantId: string, now: Date, asked: Partial<Period>) {
  const { docs, providers, parties } = await spendFromFullRead(store, tenantId, now);
  const period = overviewPeriod(asked, isoDateOf(now));
  const months = monthsOf(period);
  const ranked = [...docs.values()].filter((d): d is SpendRanked => d.group !== 'summary');
  const of = (group: string) =>
    rankedFigures(
      ranked.filter((d) => d.group === group),
      months,
    );
  const byKey = <R>(rows: R[], key: (row: R) => string) => rows.sort((a, b) => (key(a) < key(b) ? -1 : 1));
  return {
    providers: byKey(providerTableRows(of('provider'), new Map(providers.map((p) => [p.id, p.name]))), (r) => r.key),
    savings: byKey(caseSavingRows(of('case'), parties.cases), (r) => r.caseId),
  };
}
