// Checks each invoice line against the contract's rate in force, regulated as the contract allows.
import type { ContractInput } from '../domain/contract';
import type { InvoiceCheck, InvoiceInput, InvoiceLine, LineCheck } from '../domain/invoice';
import { RATE_UNIT_LABELS, type RateType } from '../domain/rate';
import type { RegulationRate } from '../domain/settings';
import { inClosedPeriod, inHalfOpenPeriod } from './dates';
import { formatDate, formatKr } from './format';
import { roundKr } from './money';
import { regulationFactor, regulationYearsBetween, TOLERANCE_KR } from './priceRegulation';

/** A billed amount may differ this much from quantity × unit price (rounding per line). */
export const AMOUNT_TOLERANCE_KR = 1;

/** The reason given for every add-on line: agreed add-ons are billed as a `package` line at the contract's price. */
export const ADD_ON_REASON = 'Tillægsydelse uden aftalt pris';

/** Danish names of what a line bills, e.g. "døgntakst"; the invoice import reads them too. */
export const RATE_NAMES: Record<InvoiceLine['rateType'], string> = {
  day: 'døgntakst',
  month: 'månedstakst',
  hour: 'timetakst',
  package: 'pakkepris',
  specialRate: 'særtakst',
  addOn: 'tillægsydelse',
};

interface CheckContext {
  contract: ContractInput;
  klRates: RegulationRate[];
  /** The invoice period's first day: the rates in force then apply. */
  on: string;
}

interface Candidate {
  type: RateType;
  label: string;
  amount: number;
  validFrom: string;
}

type Pricing = { allowed: number } | { missingYears: number[] };

/** The contract rates (or the special rate) a line may be billed at on the period's first day. */
function candidatesFor(line: InvoiceLine, { contract, on }: CheckContext): Candidate[] {
  if (line.rateType === 'specialRate') {
    const special = contract.specialRate;
    return special && inClosedPeriod(on, special.startDate, special.endDate)
      ? [{ type: special.type, label: RATE_NAMES.specialRate, amount: special.amount, validFrom: special.startDate }]
      : [];
  }
  const rates = contract.rates.filter((r) => r.type === line.rateType && inHalfOpenPeriod(on, r.validFrom, r.validTo));
  const sameLabel = rates.filter((r) => r.label.trim().toLowerCase() === line.description.trim().toLowerCase());
  return sameLabel.length > 0 ? sameLabel : rates;
}

/** Highest allowed unit price: the rate regulated for each regulation between its validFrom and the period. */
function price(candidate: Candidate, { contract, klRates, on }: CheckContext): Pricing {
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
        : `Kontrakten har ingen ${RATE_NAMES[line.rateType]} i kraft ${formatDate(ctx.on)}.`,
    );
  }
  const priced = candidates.map((c) => price(c, ctx));
  const allowedPrices = priced.flatMap((p) => ('allowed' in p ? [p.allowed] : [])).sort((a, b) => a - b);
  // Of several rates of the type, the lowest that covers the billed price explains the line; else the highest.
  const allowed = allowedPrices.find((p) => line.unitPrice <= p + TOLERANCE_KR) ?? allowedPrices.at(-1);
  if (allowed === undefined) {
    const missing = [...new Set(priced.flatMap((p) => ('missingYears' in p ? p.missingYears : [])))];
    return deviation(
      index,
      line,
      `PL-satsen fra økonomiaftalen for ${missing.join(', ')} mangler, så prisen kan ikke kontrolleres.`,
    );
  }

  const priceOk = line.unitPrice <= allowed + TOLERANCE_KR;
  const computed = roundKr(line.quantity * line.unitPrice);
  const amountOk = Math.abs(line.amount - computed) <= AMOUNT_TOLERANCE_KR;
  const expectedAmount = roundKr(line.quantity * (priceOk ? line.unitPrice : allowed));
  const reasons = [
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
  invoice: InvoiceInput;
  contract: ContractInput;
  klRates: RegulationRate[];
}

/**
 * Checks every line of an invoice. A line matches when it is billed in the unit of a contract rate of its type in
 * force on the period's first day (the special rate while it runs), its unit price is at most that rate regulated
 * as the contract allows since the rate's validFrom (+0.5 kr.), and its amount is quantity × unit price (±1 kr.).
 * Add-on lines always deviate: an agreed add-on has a `package` rate and is billed as such. `expectedAmount` is
 * the most the line should cost; a line with no price to compare has none and its whole amount is the difference.
 */
export function checkInvoice({ invoice, contract, klRates }: InvoiceCheckInput): InvoiceCheck {
  const ctx: CheckContext = { contract, klRates, on: invoice.periodFrom };
  const lines = invoice.lines.map((line, index) => checkLine(line, index, ctx));
  const expectedTotal = roundKr(lines.reduce((sum, l) => sum + (l.expectedAmount ?? 0), 0));
  const billedTotal = roundKr(lines.reduce((sum, l) => sum + l.billedAmount, 0));
  return {
    verdict: lines.every((l) => l.verdict === 'matches') ? 'matches' : 'deviates',
    expectedTotal,
    billedTotal,
    difference: roundKr(billedTotal - expectedTotal),
    lines,
  };
}
