// Valid domain objects for the rules' tests, parsed by the real schemas so defaults and checks apply.
import { Case } from '../domain/case';
import { Clause } from '../domain/clause';
import { ContractInput } from '../domain/contract';
import type { InvoiceInput, InvoiceLine } from '../domain/invoice';

export const TEST_USER = { userId: 'u-1', name: 'Sara Sagsbehandler' };
const AT = '2026-01-05T09:00:00+01:00';
const META = { createdAt: AT, createdBy: TEST_USER, updatedAt: AT, updatedBy: TEST_USER };

/** A §107 contract from 1 January 2026 with a day rate of 2.000 kr., KL regulation in January. */
export function testContract(overrides: Partial<ContractInput> = {}): ContractInput {
  return ContractInput.parse({
    caseId: 'case-1',
    providerId: 'prov-1',
    offerId: 'offer-1',
    templateId: 'tpl-107',
    title: 'Midlertidigt botilbud',
    startDate: '2026-01-01',
    rates: [{ type: 'day', label: 'Døgntakst', amount: 2000, validFrom: '2026-01-01' }],
    priceRegulation: { basis: 'kl', month: 1 },
    noticePeriodMonths: 3,
    followUpCadenceMonths: 3,
    ...overrides,
  });
}

/** A case in the given phase. */
export function testCase(overrides: Partial<Case> = {}): Case {
  return Case.parse({
    id: 'case-1',
    ...META,
    reference: 'SAG-2026-001',
    title: 'Behov for midlertidigt botilbud',
    targetGroup: 'Voksne med psykiske vanskeligheder',
    assignee: TEST_USER,
    phase: 'need',
    phaseHistory: [],
    deviations: [],
    ...overrides,
  });
}

/** A published clause on a topic. */
export function testClause(overrides: Partial<Clause> & Pick<Clause, 'id' | 'topic'>): Clause {
  return Clause.parse({
    ...META,
    title: `Klausul ${overrides.id}`,
    paragraphs: [{ text: 'Taksten reguleres årligt.' }],
    status: 'published',
    version: 1,
    hasUnpublishedChanges: false,
    ...overrides,
  });
}

/** KL's regulation rates for 2026 and 2027. */
export const TEST_KL_RATES = [
  { year: 2026, percent: 2.6, source: 'KL' },
  { year: 2027, percent: 3, source: 'KL' },
];

/** An invoice line of 28 days at 2.060 kr. (the test contract's day rate regulated for 2027), amount = quantity × price. */
export function testInvoiceLine(overrides: Partial<InvoiceLine> = {}): InvoiceLine {
  const quantity = overrides.quantity ?? 28;
  const unitPrice = overrides.unitPrice ?? 2060;
  return {
    rateType: 'day',
    description: 'Døgntakst',
    unit: 'day',
    quantity,
    unitPrice,
    amount: quantity * unitPrice,
    ...overrides,
  };
}

/** An invoice for February 2027 with these lines, received 02.03.2027. */
export function testFebruaryInvoice(
  lines: InvoiceLine[],
  invoiceNumber = 'F-2027-0100',
  extra: Partial<InvoiceInput> = {},
): InvoiceInput {
  return {
    invoiceNumber,
    periodFrom: '2027-02-01',
    periodTo: '2027-02-28',
    receivedDate: '2027-03-02',
    lines,
    notes: '',
    ...extra,
  };
}
