// Savings from negotiation: per unit, in percent and per year, and their sum across cases.
import type { RateType } from '../domain/rate';
import { annualFactor } from './annualCost';
import { roundKr, roundPercent } from './money';

export interface NegotiatedSavingInput {
  /** The rate before negotiation (list price or earlier rate). */
  before: number;
  /** The negotiated rate. */
  after: number;
  rateType: RateType;
  /** Face-to-face hours a week, for hourly rates (see annualFactor). */
  hoursPerWeek?: number;
}

export interface NegotiatedSaving {
  /** Kroner saved per unit (negative when the rate went up). */
  perUnit: number;
  /** Saving as a percentage of the rate before. */
  percent: number;
  /** Kroner saved per year, with the units per year of annualCost. */
  annual: number;
}

/** What a negotiation saved, per unit, in percent and per year. */
export function negotiatedSaving(input: NegotiatedSavingInput): NegotiatedSaving {
  const { before, after } = input;
  const perUnit = before - after;
  return {
    perUnit: roundKr(perUnit),
    percent: before > 0 ? roundPercent((perUnit / before) * 100) : 0,
    annual: annualSaving(input),
  };
}

/** What a negotiation saved per year (negotiatedSaving's `annual` alone). */
export function annualSaving({ before, after, rateType, hoursPerWeek }: NegotiatedSavingInput): number {
  return roundKr((before - after) * annualFactor(rateType, hoursPerWeek));
}

/** The total annual saving of several negotiations, in kroner rounded to øre. */
export function sumSavings(items: Pick<NegotiatedSaving, 'annual'>[]): number {
  return roundKr(items.reduce((sum, item) => sum + item.annual, 0));
}
