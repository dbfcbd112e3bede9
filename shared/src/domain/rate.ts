// Rates (takster): per day, month, face-to-face hour or package, each with when and how it was set, and its history.
import { z } from 'zod';

import { RATE_TYPES } from './choices';
import { freeText, IsoDate, Label, Money } from './common';

export { RATE_UNIT_LABELS } from './choices';

export const RateType = z.enum(RATE_TYPES);
export type RateType = z.infer<typeof RateType>;

/** A list price from the provider or Tilbudsportalen, or a price negotiated by the municipality. */
export const RateSource = z.enum(['list', 'negotiated']);

export const RateRecord = z.strictObject({
  amount: Money,
  /** The date the price was set or negotiated. */
  negotiatedAt: IsoDate,
  source: RateSource,
  validFrom: IsoDate,
  validTo: IsoDate.optional(),
  note: freeText(500).optional(),
});
export type RateRecord = z.infer<typeof RateRecord>;

/** A rate in force plus the records it replaced, newest first. */
export const Rate = RateRecord.extend({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,47}$/),
  type: RateType,
  label: Label,
  history: z.array(RateRecord).max(100).default([]),
});
export type Rate = z.infer<typeof Rate>;
