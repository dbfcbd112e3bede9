// Checks each invoice line against the contract's rate in force, regulated as the contract allows.
import { RATE_UNIT_LABELS } from '../domain/choices';
import type { InvoiceCheck, InvoiceInput, InvoiceLine, LineCheck } from '../domain/invoice';
import type { RegulationRate } from '../domain/settings';
import { compareDates } from './dates';
import { formatKr } from './format';
import { doubleBilling, type OtherInvoice } from './invoiceOverlap';
import { type Candidate, candidatesFor, type LineContext, noRateReason, RATE_NAMES, unitLimit } from './invoiceRates';
import { roundKr } from './money';
import { regulationFactor, regulationYearsBetween, TOLERANCE_KR } from './priceRegulation';

/** A billed amount may differ this much from quantity × unit price (rounding per line). */
export const AMOUNT_TOLERANCE_KR = 1;

/** Units may exceed the most a period holds by this much (rounding of hours). */
const UNIT_TOLERANCE = 0.01;

/** The reason given for every add-on line: agreed add-ons are billed as a `package` line at the contract's price. */
export const ADD_ON_REASON = 'Tillægsydelse uden aftalt pris';

export { RATE_NAMES } from './invoiceRates';

interface CheckContext extends LineContext {
  klRates: RegulationRate[];
}

type Pricing = { allowed: number } | { missingYears: number[] };

/** Highest allowed unit price: the rate regulated for each regulation between its validFrom and the period. */
function price(candidate: Candidate, { contract, klRates, period }: CheckContext): Pricing {
  const on = compareDates(candidate.first, period.from) > 0 ? candidate.first : period.from;
  const years = regulationYearsBetween(candidate.validFrom, on, contract.priceRegulation.month);
  const { factor, missingYears } = regulationFactor(years, klRates, contract.priceRegulation);
  return missingYears.length > 0 ? { missingYears } : { allowed: roundKr(candidate.amount * factor) };
}

function deviation(index: number, line: InvoiceLine, reason: string): LineCheck {
  return {
    index,
    verdict: 'deviates',
    billedUnitPrice: line.unitPrice,
    billedAmount: line.amount,
    difference: roundKr(line.amount),
    reason,
  };
}

function checkLine(line: InvoiceLine, index: number, ctx: CheckContext): LineCheck {
  if (line.rateType === 'addOn') return deviation(index, line, ADD_ON_REASON);
  const inForce = candidatesFor(line, ctx);
  const candidates = inForce.filter((c) => c.type === line.unit);
  if (candidates.length === 0) {
    const anyRate = inForce[0];
    return deviation(
      index,
      line,
      anyRate
        ? `Linjen er faktureret ${RATE_UNIT_LABELS[line.unit]}, men kontraktens ${RATE_NAMES[line.rateType]} gælder ${RATE_UNIT_LABELS[anyRate.type]}.`
        : noRateReason(line, ctx.period),
    );
  }
  const priced = candidates
    .map((candidate) => ({ candidate, pricing: price(candidate, ctx) }))
    .flatMap(({ candidate, pricing }) => ('allowed' in pricing ? [{ candidate, allowed: pricing.allowed }] : []))
    .sort((a, b) => a.allowed - b.allowed);
  // Of several rates of the type, the lowest that covers the billed price explains the line; else the highest.
  const chosen = priced.find((p) => line.unitPrice <= p.allowed + TOLERANCE_KR) ?? priced.at(-1);
  if (chosen === undefined) {
    const missing = [
      ...new Set(
        candidates.flatMap((c) => {
          const pricing = price(c, ctx);
          return 'missingYears' in pricing ? pricing.missingYears : [];
        }),
      ),
    ];
    return deviation(
      index,
      line,
      `PL-satsen fra økonomiaftalen for ${missing.join(', ')} mangler, så prisen kan ikke kontrolleres. En administrator indtaster den under Indstillinger.`,
    );
  }

  const { allowed } = chosen;
  const priceOk = line.unitPrice <= allowed + TOLERANCE_KR;
  const computed = roundKr(line.quantity * line.unitPrice);
  const amountOk = Math.abs(line.amount - computed) <= AMOUNT_TOLERANCE_KR;
  const limit = unitLimit(line, chosen.candidate, ctx);
  const unitsOk = limit === undefined || line.quantity <= limit.max + UNIT_TOLERANCE;
  const units = unitsOk ? line.quantity : limit.max;
  const expectedAmount = roundKr(units * (priceOk ? line.unitPrice : allowed));
  const reasons = [
    ...(unitsOk ? [] : [limit.reason(line.quantity)]),
    // No final period: the one in "kr." ends the sentence.
    ...(priceOk ? [] : [`Enhedsprisen ${formatKr(line.unitPrice)} er højere end den tilladte ${formatKr(allowed)}`]),
    ...(amountOk
      ? []
      : [`Beløbet ${formatKr(line.amount)} svarer ikke til antal × enhedspris (${formatKr(computed)}).`]),
  ];
  return {
    index,
    verdict: reasons.length === 0 ? 'matches' : 'deviates',
    expectedUnitPrice: allowed,
    billedUnitPrice: line.unitPrice,
    expectedAmount,
    billedAmount: line.amount,
    difference: roundKr(line.amount - expectedAmount),
    reason:
      reasons.length === 0
        ? `Prisen holder sig inden for kontraktens ${RATE_NAMES[line.rateType]}.`
        : reasons.join(' '),
  };
}

export interface InvoiceCheckInput {
  /** With its id when registered already (a check again after a credit note). */
  invoice: InvoiceInput & { id?: string };
  contract: LineContext['contract'];
  klRates: RegulationRate[];
  /** The contract's other invoices: days they billed too are billed twice, less the days credit notes took back. */
  others?: OtherInvoice[];
  /** The contract's open special-rate reviews. */
  reviews?: LineContext['reviews'];
}

/**
 * Checks every line of an invoice. A line matches when it is billed in the unit of a contract rate of its type in
 * force in the period (see candidatesFor), its unit price is at most that rate regulated as the contract allows
 * since the rate's validFrom (+0.5 kr.), its amount is quantity × unit price (±1 kr.), and its units are no more
 * than the days the rate and the contract run in the period hold (see unitLimit). Add-on lines always deviate: an
 * agreed add-on has a `package` rate and is billed as such. `expectedAmount` is the most the line should cost; a
 * line with no price to compare has none and its whole amount is the difference. Days another invoice of the
 * contract billed too are findings (see doubleBilling) whose amounts come off the expected total.
 */
export function checkInvoice(input: InvoiceCheckInput): InvoiceCheck {
  const { invoice, contract, klRates, others = [], reviews = [] } = input;
  const period = { from: invoice.periodFrom, to: invoice.periodTo };
  const ctx: CheckContext = { contract, klRates, period, reviews };
  const lines = invoice.lines.map((line, index) => checkLine(line, index, ctx));
  const findings = doubleBilling(invoice, lines, others);
  const atStake = findings.reduce((sum, f) => sum + f.amount, 0);
  const expectedTotal = roundKr(Math.max(0, lines.reduce((sum, l) => sum + (l.expectedAmount ?? 0), 0) - atStake));
  const billedTotal = roundKr(lines.reduce((sum, l) => sum + l.billedAmount, 0));
  return {
    verdict: lines.every((l) => l.verdict === 'matches') && findings.length === 0 ? 'matches' : 'deviates',
    expectedTotal,
    billedTotal,
    difference: roundKr(billedTotal - expectedTotal),
    lines,
    findings,
  };
}
