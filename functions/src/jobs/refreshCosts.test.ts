// The daily job moves the stored cost of the coming 12 months with the clock: a special rate that has ended stops
// counting in the contract, its figures and its case's figures alike.
import type { Contract } from '@koberollen/shared/domain/contract';
import { coming12MonthsCost } from '@koberollen/shared/rules/coming12Months';
import type { CaseFigures, ContractFigures } from '@koberollen/shared/rules/contractFigures';
import { addDays, isoDateOf } from '@koberollen/shared/rules/dates';

import { collectAll, readSettings } from '../records/collect';
import { runMilestoneJob } from './milestoneJob';
import { type SeededStore, seededStore } from './testing/seededStore';

const SEEDED = new Date('2026-12-07T09:00:00Z');
let seeded: SeededStore;

beforeAll(async () => {
  seeded = await seededStore(SEEDED);
});
afterAll(() => seeded.remove());

const contractOf = async (id: string) => (await seeded.store.get<Contract>(seeded.tenantId, 'contract', id))!.body;

it('changes no cost on the day the contracts were written', async () => {
  expect((await runMilestoneJob(seeded.store, SEEDED)).contractCosts).toBe(0);
});

it('stops counting a special rate the day after it ended, in the contract and in its figures', async () => {
  const { store, tenantId } = seeded;
  const contracts = await collectAll<Contract>(store, tenantId, 'contract');
  const ending = contracts.find((c) => c.status === 'active' && c.specialRate?.endDate)!;
  const special = ending.specialRate!;
  const before = ending.annualCost;
  // Counted from today to its end date, the special rate is part of today's cost.
  expect(before).toBeGreaterThan(coming12MonthsCost({ ...ending, specialRate: undefined }, isoDateOf(SEEDED)));

  const dayAfter = addDays(special.endDate!, 1);
  const later = new Date(`${dayAfter}T05:00:00Z`);
  const result = await runMilestoneJob(store, later);
  expect(result.contractCosts).toBeGreaterThan(0);

  const moved = await contractOf(ending.id);
  const klRates = (await readSettings(store, tenantId))?.regulationRates ?? [];
  const withoutSpecial = coming12MonthsCost({ ...ending, specialRate: undefined }, dayAfter, klRates);
  expect(moved.annualCostFrom).toBe(dayAfter);
  expect(moved.annualCost).toBe(withoutSpecial);
  expect(moved.specialRate).toEqual(special);

  const figures = await store.get<ContractFigures>(tenantId, 'contractFigures', ending.id);
  expect(figures?.body.contract.annualCost).toBe(withoutSpecial);
  const caseFigures = await store.get<CaseFigures>(tenantId, 'caseFigures', ending.caseId);
  expect(caseFigures?.body.contracts.find((c) => c.id === ending.id)?.annualCost).toBe(withoutSpecial);
  expect(caseFigures?.body.cost).toBe(caseFigures?.body.contracts.reduce((sum, c) => sum + c.annualCost, 0));

  // Run again the same day, it finds nothing to move.
  expect((await runMilestoneJob(store, later)).contractCosts).toBe(0);
});
