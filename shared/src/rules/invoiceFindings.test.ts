// Tests for what finance looks for beyond the price: days billed twice, units beyond the period, rates out of force.
import { checkInvoice, type InvoiceCheckInput } from './invoiceCheck';
import { uncheckableLines } from './invoiceRates';
import { TEST_KL_RATES, testContract, testFebruaryInvoice, testInvoiceLine } from './testFixtures';

const klRates = TEST_KL_RATES;
const line = testInvoiceLine;

const february = testFebruaryInvoice;

const check = (input: Partial<InvoiceCheckInput> & Pick<InvoiceCheckInput, 'invoice'>) =>
  checkInvoice({ contract: testContract(), klRates, ...input });

describe('days billed twice', () => {
  const earlier = { id: 'inv-22', ...february([line()], 'F-2026-0022') };

  it('flags another invoice of the contract for the same days, whatever its number, with their amount at stake', () => {
    const result = check({ invoice: february([line()]), others: [earlier] });
    expect(result.findings).toEqual([
      {
        kind: 'doubleBilled',
        amount: 57680,
        invoiceId: 'inv-22',
        invoiceNumber: 'F-2026-0022',
        reason:
          'Faktureret to gange: faktura F-2026-0022 har allerede faktureret 01.02.2027–28.02.2027 (28 dage) for kontrakten; 57.680,00 kr. af denne faktura gælder de samme dage.',
      },
    ]);
    expect(result).toMatchObject({ verdict: 'deviates', expectedTotal: 0, billedTotal: 57680, difference: 57680 });
  });

  it('puts only the shared days at stake, and only for rates both invoices bill', () => {
    const secondHalf = { ...earlier, periodFrom: '2027-02-15' };
    expect(check({ invoice: february([line()]), others: [secondHalf] }).findings?.[0]?.amount).toBe(57680 / 2);
    const addOnOnly = { ...earlier, lines: [line({ rateType: 'addOn', description: 'Ledsagelse' })] };
    expect(check({ invoice: february([line()]), others: [addOnOnly] })).toMatchObject({
      verdict: 'matches',
      findings: [],
    });
    const january = { ...earlier, periodFrom: '2027-01-01', periodTo: '2027-01-31' };
    expect(check({ invoice: february([line()]), others: [january] }).verdict).toBe('matches');
  });

  it('adds the doubled days to a price deviation, up to the whole invoice', () => {
    const result = check({ invoice: february([line({ unitPrice: 2200 })]), others: [earlier] });
    expect(result.lines[0]?.difference).toBe(28 * 140);
    expect(result.findings?.[0]?.amount).toBe(57680);
    expect(result.difference).toBe(28 * 2200);
  });
});

describe('units the period does not hold', () => {
  it('flags 31 days in a 28-day period, the three extra days at stake', () => {
    const result = check({ invoice: february([line({ quantity: 31 })]) });
    expect(result.lines[0]).toMatchObject({
      verdict: 'deviates',
      expectedAmount: 28 * 2060,
      difference: 3 * 2060,
      reason: 'Linjen har 31 døgn, men perioden 01.02.2027–28.02.2027 har 28 dage, så højst 28 kan faktureres.',
    });
  });

  it('flags days before the contract begins and after a rate ends', () => {
    const late = check({ invoice: february([line()]), contract: testContract({ startDate: '2027-02-10' }) });
    expect(late.lines[0]).toMatchObject({ difference: 9 * 2060 });
    expect(late.lines[0]?.reason).toContain('kontrakten begynder 10.02.2027, så højst 19 kan faktureres');
    const rates = [
      { type: 'day' as const, label: 'Døgntakst', amount: 2000, validFrom: '2026-01-01', validTo: '2027-02-21' },
    ];
    const ended = check({ invoice: february([line()]), contract: testContract({ rates }) });
    expect(ended.lines[0]?.reason).toContain('taksten »Døgntakst« gælder til og med 20.02.2027, så højst 20');
  });

  it('flags hours beyond the weekly hours the contract buys times the weeks billed', () => {
    const rates = [{ type: 'hour' as const, label: 'Timepris', amount: 620.4, validFrom: '2027-01-01' }];
    const contract = testContract({ rates, weeklyHours: 6 });
    const hours = (quantity: number) =>
      line({ rateType: 'hour', description: 'Timepris', unit: 'hour', quantity, unitPrice: 620.4 });
    expect(check({ invoice: february([hours(24)]), contract }).verdict).toBe('matches');
    const over = check({ invoice: february([hours(30)]), contract });
    expect(over.lines[0]).toMatchObject({ verdict: 'deviates', difference: 3722.4 });
    expect(over.lines[0]?.reason).toBe(
      'Linjen har 30 timer, men kontrakten køber 6 timer om ugen, så højst 24 timer på 28 dage kan faktureres.',
    );
  });
});

describe('special rates', () => {
  const specialRate = {
    type: 'day' as const,
    amount: 400,
    reason: 'Ekstra nattevagt',
    startDate: '2027-01-01',
    endDate: '2027-02-14',
    monthlyReview: false,
  };
  const special = line({ rateType: 'specialRate', description: 'Særtakst', unitPrice: 400 });

  it('flags the days billed after its end date', () => {
    const result = check({ invoice: february([special]), contract: testContract({ specialRate }) });
    expect(result.lines[0]).toMatchObject({ verdict: 'deviates', expectedAmount: 14 * 400, difference: 14 * 400 });
    expect(result.lines[0]?.reason).toContain('særtaksten gælder til og med 14.02.2027');
  });

  it('flags the days after a monthly review that was not held', () => {
    const reviewed = { ...specialRate, endDate: undefined, monthlyReview: true };
    const contract = testContract({ specialRate: reviewed });
    const reviews = [{ kind: 'specialRateReview' as const, status: 'open' as const, dueDate: '2027-02-10' }];
    const result = check({ invoice: february([special]), contract, reviews });
    expect(result.lines[0]).toMatchObject({ verdict: 'deviates', difference: 19 * 400 });
    expect(result.lines[0]?.reason).toContain('opfølgning af særtaksten med frist 10.02.2027 er ikke holdt');
    const held = [{ ...reviews[0]!, status: 'done' as const }];
    expect(check({ invoice: february([special]), contract, reviews: held }).verdict).toBe('matches');
  });
});

describe('uncheckableLines', () => {
  it('names each line whose rate the contract does not have in force in the period', () => {
    const hour = line({ rateType: 'hour', unit: 'hour', quantity: 5, unitPrice: 600 });
    const special = line({ rateType: 'specialRate', unitPrice: 400 });
    expect(uncheckableLines(february([line(), hour, special]), testContract())).toEqual({
      'lines.1.rateType': 'Kontrakten har ingen timetakst i kraft i perioden 01.02.2027–28.02.2027.',
      'lines.2.rateType': 'Kontrakten har ingen særtakst i kraft i perioden 01.02.2027–28.02.2027.',
    });
    const later = testContract({ rates: [{ type: 'day', label: 'Døgntakst', amount: 2000, validFrom: '2027-03-01' }] });
    expect(Object.keys(uncheckableLines(february([line()]), later))).toEqual(['lines.0.rateType']);
    expect(uncheckableLines(february([line(), line({ rateType: 'addOn' })]), testContract())).toEqual({});
  });
});
