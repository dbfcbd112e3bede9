// Savings from negotiation: what a negotiated rate saves per year against the rate before it.
import type { RateType } from '../domain/rate';
import { annualFactor } from './annualCost';
import { roundKr } from './money';

export interface NegotiatedSavingInput {
  /** The rate before negotiation (list price or earlier rate). */
  before: number;
  /** The negotiated rate. */
  after: number;
  rateType: RateType;
  /** Face-to-face hours a week, for hourly rates (see annualFactor). */
  hoursPerWeek?: number;
}

/** Kroner saved per year (negative when the rate went up), with the units per year of annualCost, rounded to øre. */
export function annualSaving({ before, after, rateType, hoursPerWeek }: NegotiatedSavingInput): number {
  return roundKr((before - after) * annualFactor(rateType, hoursPerWeek));
}
