// Contract (kontrakt): the agreement for a case, its rates, special rate and regulation terms, and its milestones.
import { z } from 'zod';

import { CONTRACT_STATUSES } from './choices';
import { ClauseVersionRef } from './clause';
import { freeText, Id, IsoDate, Label, Meta, Money, Percent, Timestamp, UserRef } from './common';
import { RateType } from './rate';

export const ContractRate = z.strictObject({
  type: RateType,
  label: Label,
  amount: Money,
  validFrom: IsoDate,
  validTo: IsoDate.optional(),
});
export type ContractRate = z.infer<typeof ContractRate>;

/** Særtakst: a temporary extra rate, which must end on a date or be reviewed every month. */
export const SpecialRate = z
  .strictObject({
    type: RateType,
    amount: Money,
    reason: freeText(2000, 1),
    startDate: IsoDate,
    endDate: IsoDate.optional(),
    monthlyReview: z.boolean().default(false),
  })
  .refine((s) => s.endDate !== undefined || s.monthlyReview, {
    message: 'En særtakst skal have en slutdato eller månedlig opfølgning',
    path: ['endDate'],
  });
export type SpecialRate = z.infer<typeof SpecialRate>;

export const PriceRegulation = z
  .strictObject({
    /**
     * `kl`: at most the PL rate of the year's economy agreement between the government and KL (the registered figure
     * for service expenditure as estimated at the agreement, never a later correction); `fixed`: at most `maxPercent`;
     * `none`: fixed prices; `framework`: the offer is inside a regional framework agreement, whose styringsaftale sets
     * the regulation, so the contract is not checked against the PL rate.
     */
    basis: z.enum(['kl', 'fixed', 'none', 'framework']),
    maxPercent: Percent.optional(),
    /** Month (1–12) in which the annual regulation takes effect. */
    month: z.number().int().min(1).max(12).default(1),
  })
  .refine((p) => p.basis !== 'fixed' || p.maxPercent !== undefined, {
    message: 'Angiv den højeste årlige regulering i procent',
    path: ['maxPercent'],
  });
export type PriceRegulation = z.infer<typeof PriceRegulation>;

export const ContractStatus = z.enum(CONTRACT_STATUSES);

export const ContractInput = z.object({
  caseId: Id,
  providerId: Id,
  offerId: Id,
  templateId: Id,
  clauseVersions: z.array(ClauseVersionRef).max(100).default([]),
  title: Label,
  status: ContractStatus.default('draft'),
  startDate: IsoDate,
  endDate: IsoDate.optional(),
  /** Revurderingsdato: when the service is taken up for review; a § 107 stay needs this or an end date. */
  reviewDate: IsoDate.optional(),
  rates: z.array(ContractRate).min(1).max(30),
  /** Face-to-face hours a week the contract buys at its hourly rate (§ 83, § 85); absent when none are agreed. */
  weeklyHours: z.number().positive().max(168).optional(),
  specialRate: SpecialRate.optional(),
  priceRegulation: PriceRegulation,
  renegotiationDate: IsoDate.optional(),
  noticePeriodMonths: z.number().int().min(0).max(36),
  followUpCadenceMonths: z.number().int().min(1).max(24),
  notes: freeText(8000).default(''),
});
export type ContractInput = z.infer<typeof ContractInput>;

/**
 * Who a contract is with and for, copied from its case and provider whenever the contract is written, so the register
 * lists, filters and sorts contracts without reading each case and provider.
 */
export const ContractParties = z.object({
  caseReference: z.string(),
  paragraph: z.string().optional(),
  caseWorker: UserRef,
  providerName: z.string(),
});
export type ContractParties = z.infer<typeof ContractParties>;

export const ContractServerFields = {
  ...Meta,
  /** What the contract costs in the 12 months from `annualCostFrom`, in kr. (see coming12Months). */
  annualCost: z.number(),
  /** The first day of the 12 months `annualCost` covers; absent on contracts not written since it was added. */
  annualCostFrom: IsoDate.optional(),
  /** Absent on contracts not written since the register came. */
  parties: ContractParties.optional(),
};
export const Contract = ContractInput.extend(ContractServerFields);
export type Contract = z.infer<typeof Contract>;

export const MilestoneKind = z.enum([
  'specialRateEnd',
  'specialRateReview',
  'renegotiation',
  'followUp',
  'regulation',
  'noticeDeadline',
  'reassessment',
  'expiry',
]);
export type MilestoneKind = z.infer<typeof MilestoneKind>;

export const MilestoneStatus = z.enum(['open', 'done', 'overdue']);
export type MilestoneStatus = z.infer<typeof MilestoneStatus>;

/** A follow-up meeting booked in Outlook for a milestone. */
export const MilestoneMeeting = z.object({
  /** The Outlook event's id in the calendar of the user who booked it. */
  eventId: z.string(),
  /** Opens the event in Outlook on the web. */
  webLink: z.string().optional(),
  /** Local Danish time of the meeting's start, `2026-04-01T10:00`. */
  start: z.string(),
  bookedAt: Timestamp,
  bookedBy: UserRef,
});
export type MilestoneMeeting = z.infer<typeof MilestoneMeeting>;

export const Milestone = z.object({
  id: z.string(),
  contractId: z.string(),
  caseId: z.string(),
  kind: MilestoneKind,
  title: z.string(),
  dueDate: IsoDate,
  status: MilestoneStatus,
  assignees: z.array(UserRef),
  doneAt: Timestamp.optional(),
  doneBy: UserRef.optional(),
  /** What was done, as the person marking it done wrote it. */
  doneNote: z.string().optional(),
  /** The id of the follow-up created when this one was marked done, while it stands. */
  nextId: z.string().optional(),
  /** The id of the milestone whose completion created this one (a follow-up beyond the generated series). */
  derivedFrom: z.string().optional(),
  meeting: MilestoneMeeting.optional(),
});
export type Milestone = z.infer<typeof Milestone>;
