// Generates monthly invoices for running contracts, checked against the contract like finance registers them:
// most match, the provider that raised its price above KL's rate bills the new price, and one has a sum error.
import type { ContractRate } from '@koberollen/shared/domain/contract';
import type { Invoice, InvoiceInput, InvoiceLine } from '@koberollen/shared/domain/invoice';
import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  earliestDate,
  formatIsoDate,
  inClosedPeriod,
  inHalfOpenPeriod,
  parseIsoDate,
} from '@koberollen/shared/rules/dates';
import { checkInvoice } from '@koberollen/shared/rules/invoiceCheck';
import { statusOf } from '@koberollen/shared/rules/invoiceSummary';
import { roundKr } from '@koberollen/shared/rules/money';

import { type SeedContext, stampsOn } from './context';
import type { ContractBundle } from './contracts';
import { seedId } from './ids';
import { DEMO_USERS, ref } from './users';

/** Months back from the current one that each invoiced contract has bills for. */
const MONTHS_BILLED = 3;
/** Hours billed per month when a contract only has an hourly rate (about eight hours a week). */
const HOURS_PER_MONTH = 35;
/** How much the sum-error invoice's total line is off, in kroner. */
const SUM_ERROR_KR = 1250;

function monthPeriod(today: string, monthsBack: number) {
  const { year, month } = parseIsoDate(addMonths(today, -monthsBack));
  const from = formatIsoDate(year, month, 1);
  return { from, to: addDays(addMonths(from, 1), -1) };
}

function quantity(type: ContractRate['type'], from: string, to: string): number {
  if (type === 'day') return daysBetween(from, to) + 1;
  return type === 'hour' ? HOURS_PER_MONTH : 1;
}

function line(
  rateType: InvoiceLine['rateType'],
  unit: InvoiceLine['unit'],
  description: string,
  q: number,
  unitPrice: number,
): InvoiceLine {
  return { rateType, description, quantity: q, unit, unitPrice, amount: roundKr(q * unitPrice) };
}

/** The lines a provider bills for one month: the main rate in force and the special rate while it runs. */
function linesFor(bundle: ContractBundle, from: string, to: string): InvoiceLine[] {
  const { contract, plan } = bundle;
  const inForce = contract.rates.filter((r) => inHalfOpenPeriod(from, r.validFrom, r.validTo));
  const main = inForce.find((r) => r.type !== 'hour') ?? inForce[0];
  if (!main) return [];
  // The provider that raised its price above KL's rate bills its new list price, not the contract's.
  const listed = plan.offer.rates.find((r) => r.type === main.type);
  const unitPrice = plan.role === 'aboveKl' && listed ? listed.amount : main.amount;
  const lines = [line(main.type, main.type, main.label, quantity(main.type, from, to), unitPrice)];
  const special = contract.specialRate;
  if (special && inClosedPeriod(from, special.startDate, special.endDate)) {
    lines.push(line('specialRate', special.type, 'Særtakst', quantity(special.type, from, to), special.amount));
  }
  return lines;
}

function withSumError(lines: InvoiceLine[]): InvoiceLine[] {
  return lines.map((l, i) => (i === 0 ? { ...l, amount: roundKr(l.amount + SUM_ERROR_KR) } : l));
}

/**
 * Invoices for the last three whole months of up to `contractLimit` contracts (active or ended, with the
 * contracts that have a demo role first). The sum-error contract's latest invoice does not add up.
 */
export function generateInvoices(bundles: ContractBundle[], contractLimit: number, ctx: SeedContext): Invoice[] {
  const billed = bundles
    .filter((b) => b.contract.status !== 'draft')
    .sort((a, b) => Number(b.plan.role !== undefined) - Number(a.plan.role !== undefined))
    .slice(0, contractLimit);
  const finance = ref(DEMO_USERS.finance);
  let serial = 0;
  return billed.flatMap((bundle) => {
    const { contract } = bundle;
    const inputs: InvoiceInput[] = [];
    for (let back = MONTHS_BILLED; back >= 1; back--) {
      const { from, to } = monthPeriod(ctx.today, back);
      const inContract =
        compareDates(contract.startDate, from) <= 0 && (!contract.endDate || compareDates(to, contract.endDate) <= 0);
      const lines = inContract ? linesFor(bundle, from, to) : [];
      if (lines.length === 0) continue;
      serial += 1;
      inputs.push({
        invoiceNumber: `F-${from.slice(0, 4)}-${String(serial).padStart(4, '0')}`,
        periodFrom: from,
        periodTo: to,
        receivedDate: earliestDate(addDays(to, 6), ctx.today)!,
        lines,
        notes: '',
      });
    }
    const latest = inputs.at(-1);
    if (bundle.plan.role === 'sumError' && latest) latest.lines = withSumError(latest.lines);
    return inputs.map((input): Invoice => {
      const check = checkInvoice({ invoice: input, contract, klRates: ctx.klRates });
      return {
        ...input,
        id: seedId('invoice', ctx.tenantId, `${contract.id}-${input.periodFrom}`),
        ...stampsOn(ctx, finance, input.receivedDate),
        contractId: contract.id,
        providerId: contract.providerId,
        status: statusOf(check),
        check,
      };
    });
  });
}
