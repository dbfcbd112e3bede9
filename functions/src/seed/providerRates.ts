// Rates with two years of history for a generated offer: list prices, negotiated prices and the annual regulation,
// which for a few providers goes beyond KL's rate.
import type { Rate, RateRecord } from '@koberollen/shared/domain/rate';
import type { RegulationRate } from '@koberollen/shared/domain/settings';
import { addDays, formatIsoDate } from '@koberollen/shared/rules/dates';
import { formatKr, formatPercent } from '@koberollen/shared/rules/format';
import { roundKr } from '@koberollen/shared/rules/money';
import { checkPriceRegulation } from '@koberollen/shared/rules/priceRegulation';

import type { RateSpec } from './content/offerProfiles';
import type { SeedContext } from './context';
import type { Rng } from './rng';

/** Percentage points above KL's rate that a provider regulating too much adds. */
export const EXCESS_REGULATION_POINTS = 3.5;

export interface RateOptions {
  /** The municipality negotiated the price down last year. */
  negotiated: boolean;
  /** The provider raised this year's price by more than KL's rate. */
  aboveKl: boolean;
}

const newYear = (year: number) => formatIsoDate(year, 1, 1);

function klPercent(klRates: RegulationRate[], year: number): number {
  return klRates.find((r) => r.year === year)?.percent ?? 0;
}

/** A rate in force from 1 January this year, with the two records before it (newest first). */
export function buildRate(offerId: string, spec: RateSpec, rng: Rng, ctx: SeedContext, options: RateOptions): Rate {
  const { year, klRates } = ctx;
  const listTwoYearsAgo = roundKr(rng.int(spec.min / 5, spec.max / 5) * 5);
  const twoYearsAgo: RateRecord = {
    amount: listTwoYearsAgo,
    negotiatedAt: addDays(newYear(year - 2), -rng.int(20, 50)),
    source: 'list',
    validFrom: newYear(year - 2),
    validTo: newYear(year - 1),
  };
  const listLastYear = roundKr(listTwoYearsAgo * (1 + klPercent(klRates, year - 1) / 100));
  const discount = options.negotiated ? rng.int(4, 12) : 0;
  const lastYear: RateRecord = {
    amount: roundKr(listLastYear * (1 - discount / 100)),
    negotiatedAt: addDays(newYear(year - 1), -rng.int(15, 45)),
    source: options.negotiated ? 'negotiated' : 'list',
    validFrom: newYear(year - 1),
    validTo: newYear(year),
    ...(options.negotiated ? { note: `Forhandlet ned fra listeprisen ${formatKr(listLastYear)}.` } : {}),
  };
  const raise = klPercent(klRates, year) + (options.aboveKl ? EXCESS_REGULATION_POINTS : 0);
  return {
    id: `${offerId}-${spec.type}`,
    type: spec.type,
    label: spec.label,
    amount: roundKr(lastYear.amount * (1 + raise / 100)),
    negotiatedAt: addDays(newYear(year), -rng.int(20, 40)),
    source: lastYear.source,
    validFrom: newYear(year),
    ...(options.aboveKl
      ? {
          note: `Leverandøren har varslet en stigning på ${formatPercent(raise)}, hvilket er over PL-satsen fra økonomiaftalen mellem regeringen og KL.`,
        }
      : {}),
    history: [lastYear, twoYearsAgo],
  };
}

/** Whether the latest change of the rate exceeds what KL's rate for the year allows. */
export function raisedAboveKl(rate: Rate, klRates: RegulationRate[]): boolean {
  const previous = rate.history[0];
  if (!previous) return false;
  const check = checkPriceRegulation({
    previousRate: previous.amount,
    proposedRate: rate.amount,
    periodFrom: previous.validFrom,
    periodTo: rate.validFrom,
    klRates,
  });
  return check.verdict === 'above';
}
