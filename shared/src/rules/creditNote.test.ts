// Tests for credit notes: what one may credit, and that credited days are no longer billed twice.
import type { InvoiceInput } from '../domain/invoice';
import { type CreditedInvoice, creditNoteErrors, subtractPeriods } from './creditNote';
import { checkInvoice } from './invoiceCheck';
import { TEST_KL_RATES, testContract, testFebruaryInvoice, testInvoiceLine as line } from './testFixtures';

const february = testFebruaryInvoice;

const earlier: CreditedInvoice = { id: 'inv-22', contractId: 'k1', ...february([line()], 'F-2026-0022') };
const credit = (extra: Partial<InvoiceInput> = {}, lines = [line()]) =>
  ({ id: 'kn-1', ...february(lines, 'KN-2027-0001', { creditsInvoiceId: 'inv-22', ...extra }) }) as const;

describe('what a credit note may credit', () => {
  it('accepts a credit of some or all of the days of an invoice of the contract', () => {
    expect(creditNoteErrors(credit(), earlier, 'k1', [])).toEqual({});
    const half = credit({ periodFrom: '2027-02-15' }, [line({ quantity: 14 })]);
    expect(creditNoteErrors(half, earlier, 'k1', [])).toEqual({});
  });

  it('refuses an invoice of another contract, a credit note and an unknown invoice, naming the field', () => {
    expect(creditNoteErrors(credit(), { ...earlier, contractId: 'k2' }, 'k1', [])).toEqual({
      creditsInvoiceId: 'Faktura F-2026-0022 hører til en anden kontrakt.',
    });
    expect(creditNoteErrors(credit(), { ...earlier, creditsInvoiceId: 'inv-1' }, 'k1', [])).toEqual({
      creditsInvoiceId: 'F-2026-0022 er selv en kreditnota.',
    });
    expect(creditNoteErrors(credit(), undefined, 'k1', [])).toEqual({
      creditsInvoiceId: 'Fakturaen, der krediteres, findes ikke.',
    });
  });

  it('refuses more than was billed, counting earlier credit notes, and days outside the invoice', () => {
    expect(creditNoteErrors(credit({}, [line({ quantity: 29 })]), earlier, 'k1', [])).toEqual({
      'lines.0.amount': 'Der krediteres 59.740,00 kr. døgntakst, men faktura F-2026-0022 fakturerede kun 57.680,00 kr.',
    });
    const first = credit({}, [line({ quantity: 20 })]);
    expect(creditNoteErrors(credit({}, [line({ quantity: 10 })]), earlier, 'k1', [first])).toEqual({
      'lines.0.amount':
        'Der krediteres 61.800,00 kr. døgntakst, men faktura F-2026-0022 fakturerede kun 57.680,00 kr. (41.200,00 kr. er krediteret før).',
    });
    expect(creditNoteErrors(credit({ periodTo: '2027-03-01' }), earlier, 'k1', [])).toEqual({
      periodTo: 'Kreditnotaen kan kun kreditere dage i faktura F-2026-0022s periode 01.02.2027–28.02.2027.',
    });
    const addOn = [line({ rateType: 'addOn', description: 'Ledsagelse' })];
    expect(creditNoteErrors(credit({}, addOn), earlier, 'k1', [])).toEqual({
      'lines.0.rateType': 'Faktura F-2026-0022 har ingen tillægsydelse at kreditere.',
    });
  });
});

describe('credited days are no longer billed', () => {
  const check = (others: Parameters<typeof checkInvoice>[0]['others'], id?: string) =>
    checkInvoice({
      contract: testContract(),
      klRates: TEST_KL_RATES,
      invoice: { ...february([line()], 'F-2027-0100'), ...(id ? { id } : {}) },
      others,
    });

  it('clears the double billing when the earlier invoice is credited for the days', () => {
    expect(check([earlier]).verdict).toBe('deviates');
    expect(check([earlier, credit()])).toMatchObject({ verdict: 'matches', findings: [], expectedTotal: 57680 });
  });

  it('clears it when the later invoice itself is credited for the days it billed twice', () => {
    const own = { ...credit(), creditsInvoiceId: 'inv-100' };
    expect(check([earlier, own], 'inv-100')).toMatchObject({ verdict: 'matches', findings: [] });
  });

  it('leaves the days not credited at stake, and names them', () => {
    const firstHalf = credit({ periodTo: '2027-02-14' }, [line({ quantity: 14 })]);
    const [finding] = check([earlier, firstHalf]).findings ?? [];
    expect(finding?.amount).toBe(57680 / 2);
    expect(finding?.reason).toContain('har allerede faktureret 15.02.2027–28.02.2027 (14 dage)');
  });

  it('subtracts periods day by day', () => {
    const feb = { from: '2027-02-01', to: '2027-02-28' };
    expect(subtractPeriods(feb, [{ from: '2027-02-10', to: '2027-02-12' }])).toEqual([
      { from: '2027-02-01', to: '2027-02-09' },
      { from: '2027-02-13', to: '2027-02-28' },
    ]);
    expect(subtractPeriods(feb, [{ from: '2027-01-01', to: '2027-03-31' }])).toEqual([]);
  });
});
