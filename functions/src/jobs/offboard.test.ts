// Offboarding against real SQLite stores: a token accepted before is refused at once, on this host and on another
// process's, with a Danish 403; other municipalities are unaffected; audited, data kept, onboarding reopens it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { ForbiddenError } from '@koberollen/shared/errors';

import { createAuth } from '../auth';
import type { Authenticator } from '../auth/types';
import { registryCheck } from '../services';
import { SqliteRepository } from '../store/sqlite';
import { SYSTEM_PARTITION } from '../store/types';
import { offboardTenant } from './offboard';
import { onboardTenant } from './onboard';

const LEAVING = '9d3e2c1b-0a4f-4b5c-8d6e-7f8091a2b3c4';
const STAYING = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const NOW = new Date('2026-03-01T09:00:00Z');
const REFUSED = 'Kommunen er ikke oprettet i Køberollen. Kontakt jeres administrator.';
let dir: string;
let store: SqliteRepository;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-offboard-'));
  store = new SqliteRepository(path.join(dir, 'test.sqlite'));
  await onboardTenant(store, LEAVING, 'Vesterå Kommune', NOW);
  await onboardTenant(store, STAYING, 'Østerby Kommune', NOW);
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A host's sign-in on `on` (local mode), and a bearer header for a user of each municipality. */
async function signIn(on: SqliteRepository) {
  const auth = await createAuth({ mode: 'local' }, registryCheck(on));
  const tokens = auth.devTokens!;
  const header = async (tenantId: string) =>
    `Bearer ${await tokens.issue({ tenantId, userId: 'u-1', name: 'Sara Sagsbehandler', roles: ['caseworker'] })}`;
  return { authenticator: auth.authenticator, leaving: await header(LEAVING), staying: await header(STAYING) };
}

async function expectRefused(authenticator: Authenticator, header: string) {
  const refusal = authenticator.authenticate(header);
  await expect(refusal).rejects.toBeInstanceOf(ForbiddenError);
  await expect(refusal).rejects.toThrow(REFUSED);
}

it('refuses a token accepted before at once on this host, and leaves other municipalities signed in', async () => {
  const { authenticator, leaving, staying } = await signIn(store);
  await expect(authenticator.authenticate(leaving)).resolves.toMatchObject({ tenantId: LEAVING });
  await expect(authenticator.authenticate(staying)).resolves.toMatchObject({ tenantId: STAYING });

  expect(await offboardTenant(store, LEAVING, NOW)).toEqual({ offboarded: true, name: 'Vesterå Kommune' });

  await expectRefused(authenticator, leaving);
  await expect(authenticator.authenticate(staying)).resolves.toMatchObject({ tenantId: STAYING });
});

it("refuses it at once on another process's host on the same store file", async () => {
  // The job runs in a process of its own; a host elsewhere has its own connection to the store.
  const other = new SqliteRepository(path.join(dir, 'test.sqlite'));
  try {
    const there = await signIn(other);
    await expect(there.authenticator.authenticate(there.leaving)).resolves.toMatchObject({ tenantId: LEAVING });
    await offboardTenant(store, LEAVING, NOW);
    await expectRefused(there.authenticator, there.leaving);
    await expect(there.authenticator.authenticate(there.staying)).resolves.toMatchObject({ tenantId: STAYING });
  } finally {
    await other.close();
  }
});

it('records the event, keeps the data, changes nothing when run again, and refuses an unknown tenant', async () => {
  const settings = await store.get(LEAVING, 'settings', 'settings');
  await offboardTenant(store, LEAVING, NOW);
  expect(await store.get(SYSTEM_PARTITION, 'tenant', LEAVING)).toBeUndefined();
  expect((await store.get(SYSTEM_PARTITION, 'offboardedTenant', LEAVING))?.body).toEqual({
    id: LEAVING,
    name: 'Vesterå Kommune',
    onboardedAt: NOW.toISOString(),
    offboardedAt: NOW.toISOString(),
  });
  const audit = await store.list<{ action: string; summary: string }>(LEAVING, 'audit', { limit: 10 });
  expect(audit.items.map((doc) => doc.body.action).sort()).toEqual(['create', 'retire']);
  expect((await store.get(LEAVING, 'settings', 'settings'))?.etag).toBe(settings?.etag);

  expect(await offboardTenant(store, LEAVING, NOW)).toEqual({ offboarded: false, name: 'Vesterå Kommune' });
  expect(await store.count(LEAVING, 'audit')).toBe(2);
  await expect(offboardTenant(store, 'ukendt-kommune', NOW)).rejects.toThrow(/No onboarded municipality/);
});

it('lets the municipality in again when onboarded again, with its settings as they were', async () => {
  const settings = await store.get(LEAVING, 'settings', 'settings');
  const { authenticator, leaving } = await signIn(store);
  await offboardTenant(store, LEAVING, NOW);
  await expectRefused(authenticator, leaving);
  expect(await onboardTenant(store, LEAVING, 'Vesterå Kommune', NOW)).toEqual({ created: true });
  await expect(authenticator.authenticate(leaving)).resolves.toMatchObject({ tenantId: LEAVING });
  expect((await store.get(LEAVING, 'settings', 'settings'))?.etag).toBe(settings?.etag);
  expect(await store.get(SYSTEM_PARTITION, 'offboardedTenant', LEAVING)).toBeUndefined();
});
