// The figures refresh on both stores (SQLite, and the Cosmos DB emulation with the real SDK) with a municipality of
// several pages: what it keeps equals the
// figures, spend and follow-up index derived from a full read of the records, a second run writes nothing, and a run
// stopped halfway is resumed from the page it reached.
import type { Case } from '@koberollen/shared/domain/case';
import type { Contract, Milestone } from '@koberollen/shared/domain/contract';
import type { Invoice } from '@koberollen/shared/domain/invoice';
import type { Provider } from '@koberollen/shared/domain/provider';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { billedByContract } from '@koberollen/shared/rules/spendBilled';
import { yearWindow } from '@koberollen/shared/rules/spendMonths';

import { milestoneFields } from '../indexes/milestone';
import { collectAll, collectAllDocs, readSettings } from '../records/collect';
import { byCase, caseFigureOps, contractFigureOps } from '../records/figures';
import { spendFromScratch } from '../records/spend';
import { DEMO_SIZES, seedTenant } from '../seed';
import { DEMO_TENANTS } from '../seed/tenants';
import { adapters } from '../store/testing/adapters';
import { stoppingAfter } from '../store/testing/stoppingStore';
import type { DocKind, Repository, WriteOp } from '../store/types';
import { refreshFigures } from './refreshFigures';

const NOW = new Date('2026-03-01T09:00:00Z');
/** A year and a half on: special rates have ended, regulations moved, the spend is kept for other years. */
const LATER = new Date('2027-09-15T06:00:00Z');
const SIZES = { providers: 60, cases: 260, contracts: 240, invoicedContracts: 30 };
const DERIVED: DocKind[] = ['contractFigures', 'caseFigures', 'contractSpend', 'spend'];

// The emulation answers each query by scanning what it holds: a run takes longer there.
jest.setTimeout(120_000);

const tenant = DEMO_TENANTS[0]!;
let store: Repository;

const sorted = <T>(entries: [string, T][]) => entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** What is stored of the derived kinds and of the follow-up index: bodies by id per kind, and the followed ids. */
async function kept(repo: Repository) {
  const byKind = await Promise.all(
    DERIVED.map(async (kind) => sorted((await collectAllDocs(repo, tenant.id, kind)).map((d) => [d.id, d.body]))),
  );
  const followed = await collectAllDocs(
    repo,
    tenant.id,
    'milestone',
    milestoneFields.bound('activeDueDate', 'lte', 'z'),
  );
  return { byKind, followed: followed.map((d) => d.id).sort() };
}

/** The same, derived from a full read of the records on `now`. */
async function fromFullRead(repo: Repository, now: Date) {
  const today = isoDateOf(now);
  const [settings, contracts, providers, cases, milestones, invoices] = await Promise.all([
    readSettings(repo, tenant.id),
    collectAll<Contract>(repo, tenant.id, 'contract'),
    collectAll<Provider>(repo, tenant.id, 'provider'),
    collectAll<Case>(repo, tenant.id, 'case'),
    collectAll<Milestone>(repo, tenant.id, 'milestone'),
    collectAll<Invoice>(repo, tenant.id, 'invoice'),
  ]);
  const providerById = new Map(providers.map((p) => [p.id, p]));
  const figures = contractFigureOps(contracts, providerById, settings?.regulationRates ?? [], today);
  const caseOps = caseFigureOps(
    contracts.map((c) => c.caseId),
    figures.figures.map((f) => f.contract),
    byCase(milestones),
    today,
  );
  const parties = {
    providers: providerById,
    cases: new Map(cases.map((c) => [c.id, c])),
    municipality: settings?.name,
    billed: billedByContract(invoices),
  };
  const { spends, docs } = spendFromScratch(contracts, parties, yearWindow(today));
  const status = new Map(contracts.map((c) => [c.id, c.status]));
  const bodies = (ops: WriteOp[]) => sorted(ops.map((op) => [op.id, op.op === 'delete' ? undefined : op.body]));
  return {
    byKind: [bodies(figures.ops), bodies(caseOps), sorted(spends.map((s) => [s.contractId, s])), sorted([...docs])] as [
      string,
      unknown,
    ][][],
    followed: milestones
      .filter((m) => m.status !== 'done' && status.get(m.contractId) === 'active')
      .map((m) => m.id)
      .sort(),
  };
}

/**
 * The emulation answers each query by scanning all it holds, so on Cosmos DB the demo's size (one page of each) is
 * refreshed; the resumed run needs several pages.
 */
const runs = [
  { adapter: adapters.find((a) => a.name === 'sqlite')!, sizes: SIZES, pages: true },
  { adapter: adapters.find((a) => a.name === 'cosmos')!, sizes: DEMO_SIZES, pages: false },
];

describe.each(runs)('on $adapter.name', ({ adapter, sizes, pages }) => {
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ repo: store, stop } = await adapter.start());
    await seedTenant(store, tenant, NOW, sizes);
  }, 120_000);
  afterAll(() => stop());

  it('keeps what a full read derives, on a later day, and a second run writes nothing', async () => {
    expect(await kept(store)).toEqual(await fromFullRead(store, NOW));
    expect(await refreshFigures(store, tenant.id, NOW)).toBe(0);

    expect(await refreshFigures(store, tenant.id, LATER)).toBeGreaterThan(0);
    const expected = await fromFullRead(store, LATER);
    expect(await kept(store)).toEqual(expected);
    expect(await refreshFigures(store, tenant.id, LATER)).toBe(0);
    expect(await store.get(tenant.id, 'jobState', 'refreshFigures')).toBeUndefined();
  });

  if (pages) {
    it('derives everything for a store without figures, resuming a stopped run from the page it reached', async () => {
      const expected = await fromFullRead(store, LATER);
      for (const kind of DERIVED) {
        const docs = await collectAllDocs(store, tenant.id, kind);
        for (let i = 0; i < docs.length; i += 100)
          await store.write(
            tenant.id,
            docs.slice(i, i + 100).map((d) => ({ op: 'delete', kind, id: d.id })),
          );
      }
      expect((await kept(store)).byKind.flat()).toEqual([]);

      await expect(refreshFigures(stoppingAfter(store, 3), tenant.id, LATER)).rejects.toThrow('Stopped');
      const position = await store.get<{ pass: string; cursor?: string }>(tenant.id, 'jobState', 'refreshFigures');
      expect(position?.body).toMatchObject({ day: '2027-09-15', pass: 'cases' });

      const listed: { kind: DocKind; token?: string }[] = [];
      const watched = new Proxy(store, {
        get(target, name, receiver) {
          if (name !== 'list' && name !== 'listVersions') return Reflect.get(target, name, receiver) as unknown;
          return (tenantId: string, kind: DocKind, query: { continuationToken?: string }) => {
            listed.push({ kind, token: query.continuationToken });
            return name === 'list'
              ? target.list(tenantId, kind, query as never)
              : target.listVersions(tenantId, kind, query as never);
          };
        },
      });
      expect(await refreshFigures(watched, tenant.id, LATER)).toBeGreaterThan(0);
      expect(listed.some((l) => l.kind === 'contract')).toBe(false);
      expect(listed.find((l) => l.kind === 'case')).toEqual({ kind: 'case', token: position?.body.cursor });
      expect(await kept(store)).toEqual(expected);
      expect(await refreshFigures(store, tenant.id, LATER)).toBe(0);
    });
  }
});
