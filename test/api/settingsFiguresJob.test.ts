// A settings change that moves many figures (KL's regulation rates) on both stores: saved and answered at once with
// the derivation queued, not run in the request; the figures-refresh job derives them, resuming after a kill; the
// figures status says when they were last updated; a second run changes nothing.
import type { Settings } from '@koberollen/shared/domain/settings';

import { getFiguresStatus, replaceSettings } from '../../functions/src/functions/admin';
import { refreshQueuedFigures } from '../../functions/src/jobs/figuresQueue';
import { refreshFigures } from '../../functions/src/jobs/refreshFigures';
import { SETTINGS_ID } from '../../functions/src/records/collect';
import { DEMO_SIZES, registerTenants, seedTenant } from '../../functions/src/seed';
import { DEMO_TENANTS } from '../../functions/src/seed/tenants';
import { adapters } from '../../functions/src/store/testing/adapters';
import { stoppingAfter } from '../../functions/src/store/testing/stoppingStore';
import type { Repository, WriteOp } from '../../functions/src/store/types';
import { runAs } from './support/twoInstances';

jest.setTimeout(300_000);

const NOW = new Date('2026-03-01T09:00:00Z');
const LATER = new Date('2026-03-01T09:04:00Z');
const tenant = DEMO_TENANTS[0]!;

/** The store, recording the kinds written, its writes rejected once `after` figure refresh positions have been kept. */
function watched(store: Repository, written: WriteOp['kind'][], after = Infinity): Repository {
  return stoppingAfter(store, after, {
    keepsPosition: (op) => op.kind === 'jobState' && op.op === 'upsert' && op.id === 'refreshFigures',
    onWritten: (ops) => written.push(...ops.map((op) => op.kind)),
  });
}

/** SQLite with a municipality of several pages; the Cosmos DB emulation, which scans per query, with the demo's. */
const runs = [
  { adapter: adapters[0]!, sizes: { providers: 60, cases: 260, contracts: 240, invoicedContracts: 30 }, stops: true },
  { adapter: adapters[2]!, sizes: DEMO_SIZES, stops: false },
];

describe.each(runs)('on $adapter.name', ({ adapter, sizes, stops }) => {
  let store: Repository;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ repo: store, stop } = await adapter.start());
    await registerTenants(store, [tenant], NOW);
    await seedTenant(store, tenant, NOW, sizes);
  }, 300_000);
  afterAll(() => stop());

  it('answers the change at once, and the job derives the figures it moved', async () => {
    const record = (await store.get<Settings>(tenant.id, 'settings', SETTINGS_ID))!;
    const { updatedAt: _u, updatedBy: _b, ...input } = record.body;
    const regulationRates = [{ year: 2026, percent: 9.5, source: 'KL, nyt skøn' }];
    const written: WriteOp['kind'][] = [];
    await runAs(replaceSettings, watched(store, written), tenant.id, NOW, {
      body: { ...input, regulationRates },
      ifMatch: record.etag,
      record,
    });
    expect(written.sort()).toEqual(['audit', 'jobState', 'settings']);
    const pending = await runAs(getFiguresStatus, store, tenant.id, NOW, {});
    expect(pending).toMatchObject({ pendingSince: NOW.toISOString() });

    if (stops) {
      const stopped: WriteOp['kind'][] = [];
      await expect(refreshQueuedFigures(watched(store, stopped, 1), LATER)).rejects.toThrow('Stopped');
      expect(stopped).toContain('contractFigures');
      expect(await runAs(getFiguresStatus, store, tenant.id, LATER, {})).toEqual(pending);
    }
    expect(await refreshQueuedFigures(store, LATER)).toBe(1);
    expect(await runAs(getFiguresStatus, store, tenant.id, LATER, {})).toEqual({ updatedAt: LATER.toISOString() });
    expect(await store.get(tenant.id, 'jobState', 'refreshFigures')).toBeUndefined();

    const again: WriteOp['kind'][] = [];
    expect(await refreshQueuedFigures(watched(store, again), LATER)).toBe(0);
    expect(again).toEqual([]);
    expect(await refreshFigures(store, tenant.id, LATER)).toBe(0);
  });

  it('queues nothing for a change that moves no figures', async () => {
    const record = (await store.get<Settings>(tenant.id, 'settings', SETTINGS_ID))!;
    const { updatedAt: _u, updatedBy: _b, ...input } = record.body;
    const written: WriteOp['kind'][] = [];
    await runAs(replaceSettings, watched(store, written), tenant.id, LATER, {
      body: { ...input, dueSoonDays: input.dueSoonDays + 1 },
      ifMatch: record.etag,
      record,
    });
    expect(written.sort()).toEqual(['audit', 'settings']);
    expect(await runAs(getFiguresStatus, store, tenant.id, LATER, {})).toEqual({ updatedAt: LATER.toISOString() });
  });
});
