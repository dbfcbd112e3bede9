// Tests for invoice checking against contract rates, the special rate, regulation and add-ons.
import type { ContractInput } from '../domain/contract';
import type { InvoiceInput, InvoiceLine } from '../domain/invoice';
import { ADD_ON_REASON, checkInvoice } from './invoiceCheck';
import { TEST_KL_RATES, testContract, testInvoiceLine } from './testFixtures';

const klRates = TEST_KL_RATES;
const line = testInvoiceLine;

function invoice(lines: InvoiceLine[], periodFrom = '2027-02-01', periodTo = '2027-02-28'): InvoiceInput {
  return { invoiceNumber: 'F-1001', periodFrom, periodTo, receivedDate: '2027-03-02', lines, notes: '' };
}

function check(lines: InvoiceLine[], contract: ContractInput = testContract(), periodFrom?: string, periodTo?: string) {
  return checkInvoice({ invoice: invoice(lines, periodFrom, periodTo), contract, klRates });
}

describe('checkInvoice', () => {
  it('accepts a line at the rate regulated by KL since the rate began', () => {
    const result = check([line()]);
    expect(result).toEqual({
      verdict: 'matches',
      expectedTotal: 57680,
      billedTotal: 57680,
      difference: 0,
      findings: [],
      lines: [
        {
          index: 0,
          verdict: 'matches',
          expectedUnitPrice: 2060,
          billedUnitPrice: 2060,
          expectedAmount: 57680,
          billedAmount: 57680,
          difference: 0,
          reason: 'Prisen holder sig inden for kontraktens døgntakst.',
        },
      ],
    });
  });

  it('accepts a lower price and 0.5 kr. of rounding', () => {
    expect(check([line({ unitPrice: 2000 })]).verdict).toBe('matches');
    expect(check([line({ unitPrice: 2060.5 })]).lines[0]).toMatchObject({ verdict: 'matches', difference: 0 });
  });

  it('flags a unit price above the allowed one, with the overcharge as difference', () => {
    const result = check([line({ unitPrice: 2061 })]);
    expect(result.lines[0]).toMatchObject({
      verdict: 'deviates',
      expectedUnitPrice: 2060,
      expectedAmount: 57680,
      billedAmount: 57708,
      difference: 28,
      reason: 'Enhedsprisen 2.061,00 kr. er højere end den tilladte 2.060,00 kr.',
    });
    expect(result).toMatchObject({ verdict: 'deviates', expectedTotal: 57680, billedTotal: 57708, difference: 28 });
  });

  it('allows no regulation in the year the rate began', () => {
    const result = check([line({ unitPrice: 2052 })], testContract(), '2026-06-01');
    expect(result.lines[0]).toMatchObject({ verdict: 'deviates', expectedUnitPrice: 2000 });
  });

  it('flags an amount that is not quantity × unit price, allowing 1 kr.', () => {
    expect(check([line({ amount: 57681 })]).verdict).toBe('matches');
    const result = check([line({ amount: 58000 })]);
    expect(result.lines[0]).toMatchObject({
      verdict: 'deviates',
      expectedAmount: 57680,
      difference: 320,
      reason: 'Beløbet 58.000,00 kr. svarer ikke til antal × enhedspris (57.680,00 kr.).',
    });
  });

  it('gives both reasons when price and amount are wrong', () => {
    const reason = check([line({ unitPrice: 2100, amount: 1 })]).lines[0]?.reason;
    expect(reason).toContain('Enhedsprisen 2.100,00 kr.');
    expect(reason).toContain('Beløbet 1,00 kr.');
  });

  it('names a missing KL year and has no expected price', () => {
    const result = check([line()], testContract(), '2028-02-01', '2028-02-28');
    expect(result.lines[0]).toMatchObject({
      verdict: 'deviates',
      difference: 57680,
      reason: `PL-satsen fra økonomiaftalen for 2028 mangler, så prisen kan ikke kontrolleres. En administrator indtaster den under Indstillinger.`,
    });
    expect(result.lines[0]?.expectedAmount).toBeUndefined();
    expect(result.expectedTotal).toBe(0);
  });

  it('uses the rate in force at the period start, not a replaced one', () => {
    const contract = testContract({
      rates: [
        { type: 'day', label: 'Døgntakst', amount: 2000, validFrom: '2026-01-01', validTo: '2027-01-01' },
        { type: 'day', label: 'Døgntakst', amount: 2100, validFrom: '2027-01-01' },
      ],
    });
    expect(check([line({ unitPrice: 2100 })], contract).lines[0]).toMatchObject({
      verdict: 'matches',
      expectedUnitPrice: 2100,
    });
    expect(check([line({ unitPrice: 2000 })], contract, '2026-12-01').lines[0]?.expectedUnitPrice).toBe(2000);
  });

  it('refuses a rate type the contract does not have, or a wrong unit', () => {
    expect(check([line({ rateType: 'hour', unit: 'hour', quantity: 10, unitPrice: 600 })]).lines[0]?.reason).toBe(
      'Kontrakten har ingen timetakst i kraft i perioden 01.02.2027–28.02.2027.',
    );
    expect(check([line({ unit: 'month', quantity: 1, unitPrice: 2060 })]).lines[0]?.reason).toBe(
      'Linjen er faktureret pr. måned, men kontraktens døgntakst gælder pr. døgn.',
    );
    expect(check([line()], testContract(), '2025-12-01').lines[0]?.verdict).toBe('deviates');
  });

  it('checks the special rate while it runs', () => {
    const specialRate = {
      type: 'day' as const,
      amount: 400,
      reason: 'Ekstra nattevagt',
      startDate: '2027-01-15',
      endDate: '2027-03-31',
      monthlyReview: false,
    };
    const contract = testContract({ specialRate });
    const special = line({ rateType: 'specialRate', description: 'Særtakst', unitPrice: 400 });
    expect(check([special], contract).lines[0]).toMatchObject({ verdict: 'matches', expectedUnitPrice: 400 });
    expect(check([special], contract, '2027-04-01', '2027-04-28').lines[0]).toMatchObject({
      verdict: 'deviates',
      expectedAmount: 0,
      difference: 28 * 400,
      reason: 'Linjen har 28 døgn, men særtaksten gælder til og med 31.03.2027, så højst 0 kan faktureres.',
    });
    expect(check([special]).lines[0]?.verdict).toBe('deviates');
  });

  it('regulates a special rate that runs into a new year', () => {
    const specialRate = {
      type: 'month' as const,
      amount: 10000,
      reason: 'Ekstra støtte',
      startDate: '2026-06-01',
      monthlyReview: true,
    };
    const special = line({
      rateType: 'specialRate',
      description: 'Særtakst',
      unit: 'month',
      quantity: 1,
      unitPrice: 10300,
    });
    expect(check([special], testContract({ specialRate })).lines[0]).toMatchObject({
      verdict: 'matches',
      expectedUnitPrice: 10300,
    });
  });

  it('always flags add-on lines, and totals them as unexplained', () => {
    const addOn = line({
      rateType: 'addOn',
      description: 'Ledsagelse til tandlæge',
      unit: 'hour',
      quantity: 3,
      unitPrice: 500,
    });
    const result = check([line(), addOn]);
    expect(result.lines[1]).toEqual({
      index: 1,
      verdict: 'deviates',
      billedUnitPrice: 500,
      billedAmount: 1500,
      difference: 1500,
      reason: ADD_ON_REASON,
    });
    expect(result).toMatchObject({ verdict: 'deviates', expectedTotal: 57680, billedTotal: 59180, difference: 1500 });
  });

  it('explains a line by the package of the same name, else by the cheapest package that covers it', () => {
    const contract = testContract({
      rates: [
        { type: 'package', label: 'Pakke A', amount: 1000, validFrom: '2027-01-01' },
        { type: 'package', label: 'Pakke B', amount: 3000, validFrom: '2027-01-01' },
      ],
    });
    const pkg = (description: string, unitPrice: number) =>
      line({ rateType: 'package', description, unit: 'package', quantity: 1, unitPrice });
    const result = check(
      [pkg('pakke a', 2500), pkg('Ekstra', 900), pkg('Ekstra', 2500), pkg('Ekstra', 3500)],
      contract,
    );
    expect(result.lines.map((l) => [l.verdict, l.expectedUnitPrice])).toEqual([
      ['deviates', 1000],
      ['matches', 1000],
      ['matches', 3000],
      ['deviates', 3000],
    ]);
  });

  it('follows fixed prices and fixed caps', () => {
    const none = testContract({ priceRegulation: { basis: 'none', month: 1 } });
    expect(check([line()], none).lines[0]).toMatchObject({ verdict: 'deviates', expectedUnitPrice: 2000 });
    const capped = testContract({ priceRegulation: { basis: 'fixed', maxPercent: 1.5, month: 1 } });
    expect(check([line({ unitPrice: 2030 })], capped).lines[0]).toMatchObject({
      verdict: 'matches',
      expectedUnitPrice: 2030,
    });
  });

  it('rounds totals to øre', () => {
    const result = check([
      line({ quantity: 3, unitPrice: 0.1, amount: 0.3 }),
      line({ quantity: 1, unitPrice: 0.2, amount: 0.2 }),
    ]);
    expect(result).toMatchObject({ expectedTotal: 0.5, billedTotal: 0.5, difference: 0 });
  });
});
