// The contract upgrade against a real SQLite store with the demo data: contracts stored without their parties get
// them and a new index (found by the register's filters again), others are left alone, and a second run does nothing;
// the figures and the spend (what invoices billed included) are derived anew.
import type { Case } from '@koberollen/shared/domain/case';
import type { Contract, Milestone } from '@koberollen/shared/domain/contract';
import type { Provider } from '@koberollen/shared/domain/provider';
import { contractParties } from '@koberollen/shared/rules/contractParties';
import { yearWindow } from '@koberollen/shared/rules/spendMonths';

import { followUpOverview } from '../functions/followUp';
import { contractFields } from '../indexes/contract';
import { milestoneIndex } from '../indexes/milestone';
import { collectAll, collectAllDocs, readSettings } from '../records/collect';
import { readOverview } from '../records/overviewRead';
import { key } from '../records/search';
import { seedSpendOps } from '../records/spend';
import type { Services } from '../services';
import { type DocKind, type WriteOp } from '../store/types';
import { type SeededStore, seededStore } from './testing/seededStore';
import { upgradeContracts } from './upgradeContracts';

const NOW = new Date('2026-03-01T09:00:00Z');
const servicesOf = (repo: SeededStore['store']) => ({ store: repo, now: () => NOW }) as unknown as Services;
let seeded: SeededStore;
let store: SeededStore['store'];
let tenantId: string;

beforeEach(async () => {
  seeded = await seededStore(NOW);
  ({ store, tenantId } = seeded);
});
afterEach(() => seeded.remove());

/** Stores a contract as an earlier version did: no parties, and an index without the fields derived from them. */
async function storeAsBefore(doc: { id: string; body: Contract }) {
  const { parties: _dropped, ...body } = doc.body;
  const index = { caseId: body.caseId, providerId: body.providerId, status: body.status, endDate: body.endDate ?? '' };
  await store.write(tenantId, [{ op: 'replace', kind: 'contract', id: doc.id, body, index }]);
}

const byProvider = async (providerName: string) =>
  (
    await collectAllDocs<Contract>(store, tenantId, 'contract', contractFields.eq('providerName', key(providerName)))
  ).map((doc) => doc.id);

it('copies case and provider into contracts stored without them, and indexes them again', async () => {
  const [old, other] = await collectAllDocs<Contract>(store, tenantId, 'contract');
  await storeAsBefore(old!);
  const provider = (await store.get<Provider>(tenantId, 'provider', old!.body.providerId))!.body;
  const caseRecord = (await store.get<Case>(tenantId, 'case', old!.body.caseId))!.body;
  const auditsBefore = await store.count(tenantId, 'audit');
  const otherEtag = (await store.get(tenantId, 'contract', other!.id))!.etag;
  expect(await byProvider(old!.body.parties!.providerName)).not.toContain(old!.id);

  const result = await upgradeContracts(store, NOW);

  expect(result).toMatchObject({ tenants: 2, upgraded: 1, orphaned: [] });
  const upgraded = (await store.get<Contract>(tenantId, 'contract', old!.id))!.body;
  expect(upgraded.parties).toEqual(contractParties(caseRecord, provider));
  expect(await byProvider(provider.name)).toContain(old!.id);
  expect((await store.get(tenantId, 'contract', other!.id))!.etag).toBe(otherEtag);
  expect(await store.count(tenantId, 'audit')).toBe(auditsBefore + 1);

  expect(await upgradeContracts(store, NOW)).toEqual({ tenants: 2, upgraded: 0, figures: 0, orphaned: [] });
  expect(await store.count(tenantId, 'audit')).toBe(auditsBefore + 1);
});

it('leaves a contract whose case is gone as it is, and names it', async () => {
  const [old] = await collectAllDocs<Contract>(store, tenantId, 'contract');
  await storeAsBefore(old!);
  await store.write(tenantId, [{ op: 'delete', kind: 'case', id: old!.body.caseId }]);
  expect(await upgradeContracts(store, NOW)).toMatchObject({ tenants: 2, upgraded: 0, orphaned: [old!.id] });
  expect((await store.get<Contract>(tenantId, 'contract', old!.id))!.body.parties).toBeUndefined();
});

it('derives the figures and the follow-up index of a store written before they existed, once', async () => {
  const expected = await followUpOverview(servicesOf(store), tenantId, 5);
  const figures = [
    ...(await collectAllDocs(store, tenantId, 'contractFigures')).map((doc) => ({
      kind: 'contractFigures',
      id: doc.id,
    })),
    ...(await collectAllDocs(store, tenantId, 'caseFigures')).map((doc) => ({ kind: 'caseFigures', id: doc.id })),
  ];
  await store.write(
    tenantId,
    figures.map(({ kind, id }): WriteOp => ({ op: 'delete', kind: kind as DocKind, id })),
  );
  // Milestones indexed as before: without the due date and day bucket of those of active contracts.
  const milestones = await collectAllDocs<Milestone>(store, tenantId, 'milestone');
  await store.write(
    tenantId,
    milestones.map((doc): WriteOp => {
      const { activeDueDate: _added, dueKey: _counted, ...index } = milestoneIndex(doc.body, 'active');
      return { op: 'replace', kind: 'milestone', id: doc.id, body: doc.body, index };
    }),
  );
  expect((await followUpOverview(servicesOf(store), tenantId, 5)).dueGroups).toEqual([]);

  expect((await upgradeContracts(store, NOW)).figures).toBeGreaterThan(figures.length);
  expect(await followUpOverview(servicesOf(store), tenantId, 5)).toEqual(expected);
  expect((await upgradeContracts(store, NOW)).figures).toBe(0);
});

it("derives the dashboard's spend of a store written before it existed, finishing a stopped run, once", async () => {
  const period = { from: '2025-07-01', to: '2026-06-30' };
  const expected = await readOverview(servicesOf(store), tenantId, period);
  expect(expected.total).toBeGreaterThan(0);
  const kept = [
    ...(await collectAllDocs(store, tenantId, 'contractSpend')),
    ...(await collectAllDocs(store, tenantId, 'spend')),
  ].map((doc): WriteOp => ({ op: 'delete', kind: doc.kind, id: doc.id }));
  for (let i = 0; i < kept.length; i += 100) await store.write(tenantId, kept.slice(i, i + 100));
  expect((await readOverview(servicesOf(store), tenantId, period)).total).toBe(0);

  // A run stopped after its first batch, then run again.
  let writes = 0;
  const stopping = new Proxy(store, {
    get(target, name, receiver) {
      if (name !== 'write') return Reflect.get(target, name, receiver) as unknown;
      return (...args: Parameters<typeof target.write>) => {
        writes += 1;
        return writes === 2 ? Promise.reject(new Error('Stopped')) : target.write(...args);
      };
    },
  });
  await expect(upgradeContracts(stopping, NOW)).rejects.toThrow('Stopped');
  expect(await readOverview(servicesOf(store), tenantId, period)).not.toEqual(expected);
  expect((await upgradeContracts(store, NOW)).figures).toBeGreaterThan(0);
  expect(await readOverview(servicesOf(store), tenantId, period)).toEqual(expected);
  expect((await upgradeContracts(store, NOW)).figures).toBe(0);
});

it('counts what invoices billed in the spend of a store kept before invoices counted, once', async () => {
  const period = { from: '2025-07-01', to: '2026-06-30' };
  const expected = await readOverview(servicesOf(store), tenantId, period);
  const [contracts, providers, cases] = await Promise.all([
    collectAll<Contract>(store, tenantId, 'contract'),
    collectAll<Provider>(store, tenantId, 'provider'),
    collectAll<Case>(store, tenantId, 'case'),
  ]);
  const municipality = (await readSettings(store, tenantId))?.name;
  const parties = { providers: new Map(providers.map((p) => [p.id, p])), cases: new Map(cases.map((c) => [c.id, c])) };
  // The spend as an earlier version kept it: what the rates imply, every day.
  const kept = [
    ...(await collectAllDocs(store, tenantId, 'contractSpend')),
    ...(await collectAllDocs(store, tenantId, 'spend')),
  ].map((doc): WriteOp => ({ op: 'delete', kind: doc.kind, id: doc.id }));
  const implied = [...kept, ...seedSpendOps(contracts, { ...parties, municipality }, yearWindow('2026-03-01'))];
  for (let i = 0; i < implied.length; i += 100) await store.write(tenantId, implied.slice(i, i + 100));
  expect(await readOverview(servicesOf(store), tenantId, period)).not.toEqual(expected);

  expect((await upgradeContracts(store, NOW)).figures).toBeGreaterThan(0);
  expect(await readOverview(servicesOf(store), tenantId, period)).toEqual(expected);
  expect((await upgradeContracts(store, NOW)).figures).toBe(0);
});
