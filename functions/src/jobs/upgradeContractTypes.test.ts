// Contract types for municipalities onboarded by an earlier version: added with their Danish names where missing,
// renamed where the product still owns them, left alone where procurement renamed them, audited once per run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { ContractType } from '@koberollen/shared/domain/contractType';

import { contractTypeIndex } from '../indexes/contractType';
import { collectAll } from '../records/collect';
import { CONTRACT_TYPE_NAMES, CONTRACT_TYPES } from '../seed/content/contractTypes';
import { SqliteRepository } from '../store/sqlite';
import { SYSTEM_PARTITION } from '../store/types';
import { contractTypeUpgradeOps, upgradeContractTypes } from './upgradeContractTypes';

const EARLIER = '5d1c2b3a-4f50-4a61-9b72-d8e9f0a1b2c3';
const NOW = new Date('2026-12-07T10:00:00Z');
const COUNT = Object.keys(CONTRACT_TYPE_NAMES).length;
let dir: string;
let store: SqliteRepository;

function contractType(key: string, name: string, userId: string): ContractType {
  const by = { userId, name: userId };
  const at = '2025-01-01T00:00:00.000Z';
  return { id: `contractType-${key}`, key, name, createdAt: at, createdBy: by, updatedAt: at, updatedBy: by };
}

const put = (t: ContractType) =>
  store.write(EARLIER, [{ op: 'create', kind: 'contractType', id: t.id, body: t, index: contractTypeIndex(t) }]);
const stored = async () =>
  new Map((await collectAll<ContractType>(store, EARLIER, 'contractType')).map((t) => [t.key, t]));

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-contract-types-'));
  store = new SqliteRepository(path.join(dir, 'test.sqlite'));
  await store.write(SYSTEM_PARTITION, [
    { op: 'create', kind: 'tenant', id: EARLIER, body: { id: EARLIER, name: 'Vesterå Kommune' } },
  ]);
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('gives a municipality onboarded without contract types each with its Danish name, once, with one audit event', async () => {
  expect(await upgradeContractTypes(store, NOW)).toEqual({ tenants: 1, added: COUNT, updated: 0, kept: [] });
  const types = await stored();
  expect(types.get(CONTRACT_TYPES.longTerm)?.name).toBe('Længerevarende botilbud (§ 108)');
  expect(types.get(CONTRACT_TYPES.longTerm)?.updatedBy.userId).toBe('system');
  expect(await store.count(EARLIER, 'audit')).toBe(1);

  expect(await upgradeContractTypes(store, NOW)).toEqual({ tenants: 1, added: 0, updated: 0, kept: [] });
  expect((await contractTypeUpgradeOps(store, EARLIER, NOW)).ops).toEqual([]);
  expect(await store.count(EARLIER, 'audit')).toBe(1);
});

it("renames the product's own contract types and keeps the names procurement gave", async () => {
  await put(contractType(CONTRACT_TYPES.temporary, 'botilbud-107', 'system'));
  await put(contractType(CONTRACT_TYPES.support, 'Bostøtte i eget hjem', 'oid-procurement'));
  await put(contractType('aflastning', 'Aflastning', 'oid-procurement'));

  const result = await upgradeContractTypes(store, NOW);
  expect(result).toEqual({ tenants: 1, added: COUNT - 2, updated: 1, kept: ['Bostøtte i eget hjem'] });
  const types = await stored();
  expect(types.get(CONTRACT_TYPES.temporary)).toMatchObject({
    id: `contractType-${CONTRACT_TYPES.temporary}`,
    name: CONTRACT_TYPE_NAMES[CONTRACT_TYPES.temporary],
  });
  expect(types.get(CONTRACT_TYPES.support)?.name).toBe('Bostøtte i eget hjem');
  expect(types.get('aflastning')?.name).toBe('Aflastning');
  expect(types.size).toBe(COUNT + 1);
});
