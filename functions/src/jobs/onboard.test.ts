// Onboarding a municipality against a real SQLite store: registry entry, valid settings, topics, audited, idempotent.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { Settings } from '@koberollen/shared/domain/settings';

import { TOPICS } from '../seed/content/topics';
import { SqliteRepository } from '../store/sqlite';
import { SYSTEM_PARTITION } from '../store/types';
import { onboardTenant } from './onboard';

const TENANT = '9d3e2c1b-0a4f-4b5c-8d6e-7f8091a2b3c4';
const NOW = new Date('2026-03-01T09:00:00Z');
let dir: string;
let store: SqliteRepository;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-onboard-'));
  store = new SqliteRepository(path.join(dir, 'test.sqlite'));
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('registers the tenant with valid default settings and an audit event', async () => {
  expect(await onboardTenant(store, TENANT, ' Vesterå Kommune ', NOW)).toEqual({ created: true });
  expect((await store.get(SYSTEM_PARTITION, 'tenant', TENANT))?.body).toEqual({
    id: TENANT,
    name: 'Vesterå Kommune',
    onboardedAt: NOW.toISOString(),
  });
  const settings = await store.get(TENANT, 'settings', 'settings');
  expect(Settings.parse(settings?.body)).toMatchObject({ name: 'Vesterå Kommune', regulationRates: [] });
  expect(await store.count(TENANT, 'topic')).toBe(Object.keys(TOPICS).length);
  expect(await store.count(TENANT, 'audit')).toBe(1);
});

it('leaves an onboarded municipality as it is when run again', async () => {
  await onboardTenant(store, TENANT, 'Vesterå Kommune', NOW);
  const before = await store.get(TENANT, 'settings', 'settings');
  expect(await onboardTenant(store, TENANT, 'Andet navn', new Date())).toEqual({ created: false });
  expect((await store.get(TENANT, 'settings', 'settings'))?.etag).toBe(before?.etag);
  expect(await store.count(TENANT, 'audit')).toBe(1);
});

it('refuses a tenant id that is not an Entra tenant id, and a missing name', async () => {
  await expect(onboardTenant(store, 'vestera', 'Vesterå Kommune', NOW)).rejects.toThrow(/GUID/);
  await expect(onboardTenant(store, TENANT, '  ', NOW)).rejects.toThrow(/name/);
  expect(await store.get(SYSTEM_PARTITION, 'tenant', TENANT)).toBeUndefined();
});
