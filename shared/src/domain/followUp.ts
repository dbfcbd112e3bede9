// Follow-up at a glance (opfølgning): what is due, special rates to act on, regulations above KL, the costliest cases.
import { z } from 'zod';

import { IsoDate } from './common';
import { Milestone, MilestoneKind } from './contract';
import { RateType } from './rate';

/** Overdue, or due within 30, 31–60 or 61–90 days from today. */
export const DueWindow = z.enum(['overdue', 'days30', 'days60', 'days90']);
export type DueWindow = z.infer<typeof DueWindow>;

export const DueMilestone = Milestone.extend({ window: DueWindow, contractTitle: z.string() });
export type DueMilestone = z.infer<typeof DueMilestone>;

export const DueGroup = z.object({
  kind: MilestoneKind,
  counts: z.record(DueWindow, z.number().int()),
  /** By due date: all of them, or the soonest as many as the query's `items` asks for. */
  items: z.array(DueMilestone),
});
export type DueGroup = z.infer<typeof DueGroup>;

const ContractLine = z.object({ contractId: z.string(), contractTitle: z.string(), providerName: z.string() });

export const SpecialRateAlert = ContractLine.extend({
  /** `expiring`: ends within the tenant's due-soon days; `reviewOverdue`: a monthly review is past its due date. */
  reason: z.enum(['expiring', 'reviewOverdue']),
  type: RateType,
  amount: z.number(),
  endDate: IsoDate.optional(),
  /** Days from today to the end (expiring) or since the oldest review still open fell due (reviewOverdue). */
  days: z.number().int(),
});
export type SpecialRateAlert = z.infer<typeof SpecialRateAlert>;

export const RegulationAlert = ContractLine.extend({
  rateLabel: z.string(),
  type: RateType,
  contractRate: z.number(),
  providerRate: z.number(),
  /** When the provider's new rate takes effect. */
  validFrom: IsoDate,
  allowedRate: z.number(),
  allowedPercent: z.number(),
  actualPercent: z.number(),
  excessKr: z.number(),
  excessPercent: z.number(),
  explanation: z.string(),
});
export type RegulationAlert = z.infer<typeof RegulationAlert>;

export const ExpensiveCase = z.object({
  caseId: z.string(),
  caseReference: z.string(),
  /** The case's costliest active contract, which the case links to. */
  contractId: z.string(),
  contractTitle: z.string(),
  annualCost: z.number(),
  /** Follow-ups marked done this calendar year. */
  followUpsDone: z.number().int(),
  /** Follow-ups a year the tenant requires for its costliest cases. */
  followUpsRequired: z.number().int(),
  /** Of those, the ones whose part of the year has passed. */
  followUpsDue: z.number().int(),
  /** Due but not done; > 0 flags the case. */
  followUpsMissing: z.number().int(),
});
export type ExpensiveCase = z.infer<typeof ExpensiveCase>;

export const FollowUpOverview = z.object({
  asOf: IsoDate,
  dueGroups: z.array(DueGroup),
  specialRates: z.array(SpecialRateAlert),
  regulations: z.array(RegulationAlert),
  expensiveCases: z.array(ExpensiveCase),
});
export type FollowUpOverview = z.infer<typeof FollowUpOverview>;
