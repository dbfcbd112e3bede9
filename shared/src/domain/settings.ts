// Tenant settings: the municipality's name, KL's regulation rate per year, follow-up cadence and retention.
import { z } from 'zod';

import { Label, Percent, Timestamp, UserRef } from './common';

/** KL's regulation rate (the PL rate of the latest economy agreement) for one year, as finance confirmed it. */
export const RegulationRate = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  percent: Percent,
  source: z.string().max(300).default(''),
});
export type RegulationRate = z.infer<typeof RegulationRate>;

export const SettingsInput = z.object({
  name: Label,
  regulationRates: z
    .array(RegulationRate)
    .max(100)
    .refine((rates) => new Set(rates.map((r) => r.year)).size === rates.length, 'Hvert år må kun optræde én gang'),
  defaultFollowUpCadenceMonths: z.number().int().min(1).max(24),
  /** The N most expensive cases by annual cost get `followUpsPerYear` follow-ups. */
  expensiveCases: z.strictObject({
    topN: z.number().int().min(0).max(1000),
    followUpsPerYear: z.number().int().min(1).max(12),
  }),
  /** Milestones due within this many days are notified. */
  dueSoonDays: z.number().int().min(1).max(365).default(30),
  retentionMonthsAfterClose: z.number().int().min(1).max(240),
});
export type SettingsInput = z.infer<typeof SettingsInput>;

export const SettingsServerFields = { updatedAt: Timestamp, updatedBy: UserRef };
export const Settings = SettingsInput.extend(SettingsServerFields);
export type Settings = z.infer<typeof Settings>;
