// An offer's prices compared across rate types and against its list price.
import type { Offer } from '../domain/provider';
import type { Rate, RateType } from '../domain/rate';

const DAYS_PER_MONTH = 365 / 12;

/** A rate as kr. per day (døgn), for comparing day and month rates; other types have no day equivalent. */
export function dayEquivalent(rate: Pick<Rate, 'type' | 'amount'>): number | undefined {
  if (rate.type === 'day') return rate.amount;
  if (rate.type === 'month') return rate.amount / DAYS_PER_MONTH;
  return undefined;
}

/** The offer's list price for a rate type: the rate itself when it is a list price, else the latest list price before it. */
export function listPriceOf(offer: Pick<Offer, 'rates'> | undefined, type: RateType): number | undefined {
  const rate = offer?.rates.find((r) => r.type === type);
  if (!rate) return undefined;
  return rate.source === 'list' ? rate.amount : rate.history.find((record) => record.source === 'list')?.amount;
}
