// Checks a provider's rate increase against the allowed annual regulation (the PL rate of the economy agreement, a
// fixed cap, or none); an offer inside a framework agreement follows its styringsaftale and is not checked here.
import type { PriceRegulation } from '../domain/contract';
import type { RegulationRate } from '../domain/settings';
import { ValidationError } from '../errors';
import { compareDates, formatIsoDate, yearOf } from './dates';
import { formatKr, formatMonthName, formatNumber, formatPercent } from './format';
import { roundKr, roundPercent } from './money';

/** Amounts within this many kroner of the allowed rate count as within (rounding). */
export const TOLERANCE_KR = 0.5;

const KL_BASIS: PriceRegulation = { basis: 'kl', month: 1 };

export interface RegulationFactor {
  /** Multiply a rate by this to get the highest allowed regulated rate. */
  factor: number;
  /** Years whose KL rate is needed but not registered; factor is then partial and must not be used. */
  missingYears: number[];
}

/**
 * The allowed uplift factor for the given regulation years, compounded: ∏ (1 + p/100) with p the year's PL rate
 * (basis `kl`), `maxPercent` (basis `fixed`; a cap not stated counts as 0 %) or 0 (basis `none`, and basis
 * `framework`, whose new rate the styringsaftale sets and the municipality records on the contract: until then the
 * contract's rate in force is what may be billed).
 */
export function regulationFactor(years: number[], klRates: RegulationRate[], basis: PriceRegulation): RegulationFactor {
  const missingYears: number[] = [];
  let factor = 1;
  for (const year of years) {
    const percent =
      basis.basis === 'none' || basis.basis === 'framework'
        ? 0
        : basis.basis === 'fixed'
          ? (basis.maxPercent ?? 0)
          : klRates.find((r) => r.year === year)?.percent;
    if (percent === undefined) missingYears.push(year);
    else factor *= 1 + percent / 100;
  }
  return { factor, missingYears };
}

/**
 * The years whose regulation falls after `from` and on or before `to`: the regulation of year Y takes effect on the
 * 1st of `month` in Y. A rate valid from that very day is already at that year's level.
 */
export function regulationYearsBetween(from: string, to: string, month: number): number[] {
  const years: number[] = [];
  for (let year = yearOf(from); year <= yearOf(to); year++) {
    const effective = formatIsoDate(year, month, 1);
    if (compareDates(from, effective) < 0 && compareDates(effective, to) <= 0) years.push(year);
  }
  return years;
}

/**
 * The regulation years a rate change from `periodFrom` to `periodTo` may use: each year from periodFrom's year + 1
 * up to periodTo's year (a rate of 2025 raised for 2027 compounds the 2026 and 2027 rates). When both dates are in
 * the same year, that year's rate is used once: the change is that year's regulation.
 */
export function regulationYearsForChange(periodFrom: string, periodTo: string): number[] {
  const first = yearOf(periodFrom);
  const last = yearOf(periodTo);
  if (last < first) throw new ValidationError('Perioden slutter, før den begynder.');
  if (last === first) return [first];
  return Array.from({ length: last - first }, (_, i) => first + 1 + i);
}

/**
 * The regulation years a change uses under the contract's regulation month: in January, those of
 * `regulationYearsForChange`; in another month, the regulations that took effect after `periodFrom` and on or before
 * `periodTo`, so a change before the month's first day allows no regulation for that year.
 */
export function regulationYearsOfChange(periodFrom: string, periodTo: string, month: number): number[] {
  const calendarYears = regulationYearsForChange(periodFrom, periodTo);
  return month === 1 ? calendarYears : regulationYearsBetween(periodFrom, periodTo, month);
}

export interface PriceRegulationInput {
  previousRate: number;
  proposedRate: number;
  periodFrom: string;
  periodTo: string;
  klRates: RegulationRate[];
  /** The contract's regulation terms; KL's rate when absent. */
  basis?: PriceRegulation;
}

interface CheckBase {
  /** The regulation years the check uses. */
  years: number[];
  /** The proposed increase over the previous rate, in percent. */
  actualPercent: number;
  /** Danish sentence explaining the verdict. */
  explanation: string;
}

export type PriceRegulationCheck =
  | (CheckBase & {
      verdict: 'within' | 'above';
      allowedPercent: number;
      allowedRate: number;
      /** Kroner above the allowed rate; 0 when within. */
      excessKr: number;
      /** Percentage points above the allowed increase; 0 when within. */
      excessPercent: number;
    })
  | (CheckBase & { verdict: 'noRate'; missingYears: number[] })
  | (CheckBase & { verdict: 'framework' });

function yearList(years: number[]): string {
  return years.length === 1 ? `${years[0]}` : `${years.slice(0, -1).join(', ')} og ${years.at(-1)}`;
}

function allowanceText(basis: PriceRegulation, years: number[], allowedPercent: number): string {
  if (basis.basis === 'none') return 'Kontrakten har faste priser uden regulering';
  if (years.length === 0)
    return `Kontrakten regulerer 1. ${formatMonthName(basis.month)}, og ingen regulering falder i perioden`;
  const source = basis.basis === 'fixed' ? 'Kontraktens loft' : 'PL-satsen fra økonomiaftalen';
  return `${source} for ${yearList(years)} giver højst ${formatPercent(allowedPercent)}`;
}

/** Compares a proposed rate with the previous rate regulated by the allowed rate(s) for the period. */
export function checkPriceRegulation(input: PriceRegulationInput): PriceRegulationCheck {
  const { previousRate, proposedRate, klRates } = input;
  const basis = input.basis ?? KL_BASIS;
  if (previousRate <= 0) throw new ValidationError('Den hidtidige takst skal være større end 0 kr.');
  const years = regulationYearsOfChange(input.periodFrom, input.periodTo, basis.month);
  const actualPercent = roundPercent((proposedRate / previousRate - 1) * 100);
  if (basis.basis === 'framework') {
    return {
      verdict: 'framework',
      years,
      actualPercent,
      explanation: `Tilbuddet er omfattet af en regional rammeaftale, så taksten reguleres efter styringsaftalen og ikke efter PL-satsen. Ændringen på ${formatPercent(actualPercent)} kontrolleres mod rammeaftalens takst for året.`,
    };
  }
  const { factor, missingYears } = regulationFactor(years, klRates, basis);
  if (missingYears.length > 0) {
    return {
      verdict: 'noRate',
      years,
      missingYears,
      actualPercent,
      explanation: `PL-satsen fra økonomiaftalen for ${yearList(missingYears)} mangler. En administrator indtaster den under Indstillinger; derefter kan stigningen kontrolleres.`,
    };
  }
  const allowedRate = roundKr(previousRate * factor);
  const allowedPercent = roundPercent((factor - 1) * 100);
  const above = proposedRate > allowedRate + TOLERANCE_KR;
  const result = {
    years,
    actualPercent,
    allowedPercent,
    allowedRate,
    excessKr: above ? roundKr(proposedRate - allowedRate) : 0,
    excessPercent: above ? roundPercent(actualPercent - allowedPercent) : 0,
  };
  // formatKr ends in "kr.", whose period also ends the sentence.
  const intro = `${allowanceText(basis, years, allowedPercent)}, dvs. en takst på højst ${formatKr(allowedRate)}`;
  const change = `Den foreslåede takst på ${formatKr(proposedRate)} er en ændring på ${formatPercent(actualPercent)}`;
  return above
    ? {
        ...result,
        verdict: 'above',
        explanation: `${intro} ${change} og ligger ${formatKr(result.excessKr)} (${formatNumber(result.excessPercent)} procentpoint) over det tilladte.`,
      }
    : { ...result, verdict: 'within', explanation: `${intro} ${change} og ligger inden for det tilladte.` };
}
