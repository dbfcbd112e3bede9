// Tests for what one contract adds to the spend per month, and for keeping it in the year's documents.
import { Contract } from '../domain/contract';
import { addSpend, isEmptySpend, type SpendDoc, spendDocIds, spendDocsOf } from './spendAggregate';
import { contractSpend, type SpendInput, yearWindow } from './spendMonths';
import { TEST_USER, testContract } from './testFixtures';

const AT = '2026-01-05T09:00:00+01:00';

function input(contract: object, listDay?: number): SpendInput {
  return {
    contract: Contract.parse({
      ...testContract({
        status: 'active',
        rates: [{ type: 'day', label: 'Døgntakst', amount: 1000, validFrom: '2025-01-01' }],
        startDate: '2025-12-15',
        ...contract,
      }),
      id: 'k1',
      caseId: 'case-1',
      createdAt: AT,
      createdBy: TEST_USER,
      updatedAt: AT,
      updatedBy: TEST_USER,
      annualCost: 365_000,
    }),
    ownership: 'private',
    own: false,
    ...(listDay === undefined
      ? {}
      : {
          offer: {
            paragraph: 'SEL §107',
            rates: [
              {
                id: 'dogn',
                type: 'day' as const,
                label: 'Døgntakst',
                amount: listDay,
                negotiatedAt: '2024-12-01',
                source: 'list' as const,
                validFrom: '2025-01-01',
                history: [],
              },
            ],
          },
        }),
  };
}

describe('contractSpend', () => {
  it("costs each month's days in øre from the start, within the years kept", () => {
    const spend = contractSpend(input({ endDate: '2026-02-10' }, 1100), yearWindow('2026-03-01'));
    expect(Object.keys(spend.years)).toEqual(['2025', '2026']);
    expect(spend.years['2025']!.cost[11]).toBe(17 * 1000 * 100);
    expect(spend.years['2026']!.cost.slice(0, 3)).toEqual([31 * 100_000, 10 * 100_000, 0]);
    expect(spend.years['2026']!.running.slice(0, 3)).toEqual([1, 1, 0]);
    expect(spend.years['2026']!.saved[1]).toBe(10 * 100 * 100);
    // The saving per year at the rates of the contract's last day, in the month it ends.
    expect(spend.years['2026']!.annual[1]).toBe(100 * 365 * 100);
    expect(spend.keys).toMatchObject({ provider: 'prov-1', paragraph: 'SEL §107', targetGroup: 'Ukendt målgruppe' });
  });

  it('keeps nothing of a draft, and an open contract up to the end of the next year', () => {
    expect(contractSpend(input({ status: 'draft' }), yearWindow('2026-03-01')).years).toEqual({});
    const open = contractSpend(input({}), yearWindow('2026-03-01'));
    expect(Object.keys(open.years)).toEqual(['2025', '2026', '2027']);
    expect(open.years['2027']!.running.every((r) => r === 1)).toBe(true);
    expect(open.years['2025']!.savers.every((r) => r === 0)).toBe(true);
  });
});

describe('contractSpend with invoices', () => {
  const window = yearWindow('2026-03-01');
  const billed = (from: string, to: string, amount: number, invoiceId = `f-${from}`) => ({
    invoiceId,
    from,
    to,
    amount,
  });

  it('costs the days an invoice covers what it billed, and the other days what the rates imply', () => {
    // 31 days billed at 2.000 kr. a day against the contract's 1.000 kr.
    const spend = contractSpend({ ...input({}), billed: [billed('2026-01-10', '2026-02-09', 62_000)] }, window);
    expect(spend.years['2026']!.cost.slice(0, 3)).toEqual([
      (9 * 1000 + 22 * 2000) * 100,
      (9 * 2000 + 19 * 1000) * 100,
      31 * 1000 * 100,
    ]);
    expect(spend.years['2025']!.cost[11]).toBe(17 * 1000 * 100);
    expect(spend.billed).toHaveLength(1);
  });

  it('counts what two invoices billed for the same days, and nothing billed outside the contract', () => {
    const twice = [billed('2026-01-01', '2026-01-31', 31_000, 'a'), billed('2026-01-01', '2026-01-31', 31_000, 'b')];
    const spend = contractSpend({ ...input({ endDate: '2026-01-15' }), billed: twice }, window);
    expect(spend.years['2026']!.cost[0]).toBe(2 * 15 * 1000 * 100);
    expect(spend.years['2026']!.cost[1]).toBe(0);
  });
});

describe('addSpend', () => {
  it('takes away exactly what it added, leaving no document behind', () => {
    const window = yearWindow('2026-03-01');
    const a = contractSpend(input({}, 1200), window);
    const b = contractSpend({ ...input({ endDate: '2026-06-30' }, 1100), targetGroup: 'Unge' }, window);
    const docs = spendDocsOf([a]);
    const before = JSON.stringify([...docs]);
    addSpend(docs, b, 1);
    expect(JSON.stringify([...docs])).not.toBe(before);
    addSpend(docs, b, -1);
    for (const [id, doc] of docs) if (isEmptySpend(doc)) docs.delete(id);
    expect(JSON.stringify([...docs])).toBe(before);
    expect([...docs.keys()].sort()).toEqual(spendDocIds(a).sort());
    addSpend(docs, a, -1);
    expect([...docs.values()].every((doc: SpendDoc) => isEmptySpend(doc))).toBe(true);
  });
});
