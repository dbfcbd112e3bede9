// The figure writes of a contract change: its figures and its case's, and a concurrent change to the same case refused.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Contract } from '@koberollen/shared/domain/contract';
import { PreconditionFailedError } from '@koberollen/shared/errors';
import type { CaseFigures, ContractFigures } from '@koberollen/shared/rules/contractFigures';

import { seedTenant } from '../seed';
import { SqliteRepository } from '../store/sqlite';
import { collectAll } from './collect';
import { figureOps } from './figures';

const NOW = new Date('2026-03-15T10:00:00Z');
const TODAY = '2026-03-15';
const TENANT = 't1';
let dir: string;
let store: SqliteRepository;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-figures-'));
  store = new SqliteRepository(path.join(dir, 'store.sqlite'));
  await seedTenant(store, { id: TENANT, name: 'Egebæk Kommune' }, NOW);
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const activeContract = async () =>
  (await collectAll<Contract>(store, TENANT, 'contract')).find((c) => c.status === 'active')!;

it("writes the contract's figures and its case's cost as changed", async () => {
  const contract = await activeContract();
  const dearer = { ...contract, annualCost: contract.annualCost + 1000 };
  const before = (await store.get<CaseFigures>(TENANT, 'caseFigures', contract.caseId))!.body;
  await store.write(TENANT, await figureOps(store, TENANT, [dearer], TODAY));
  const figures = (await store.get<ContractFigures>(TENANT, 'contractFigures', contract.id))!.body;
  expect(figures.contract.annualCost).toBe(dearer.annualCost);
  const after = (await store.get<CaseFigures>(TENANT, 'caseFigures', contract.caseId))!.body;
  expect(after.cost).toBeCloseTo(before.cost + 1000, 2);

  const ended = { ...dearer, status: 'ended' as const };
  await store.write(TENANT, await figureOps(store, TENANT, [ended], TODAY));
  const none = (await store.get<CaseFigures>(TENANT, 'caseFigures', contract.caseId))!.body;
  expect(none.contracts.map((c) => c.id)).not.toContain(contract.id);
});

it("refuses to write a case's figures another change to the case has written since they were read", async () => {
  const contract = await activeContract();
  const first = await figureOps(store, TENANT, [{ ...contract, annualCost: 1 }], TODAY);
  const second = await figureOps(store, TENANT, [{ ...contract, annualCost: 2 }], TODAY);
  await store.write(TENANT, second);
  await expect(store.write(TENANT, first)).rejects.toBeInstanceOf(PreconditionFailedError);
  const stored = (await store.get<CaseFigures>(TENANT, 'caseFigures', contract.caseId))!.body;
  expect(stored.contracts.find((c) => c.id === contract.id)?.annualCost).toBe(2);
});
