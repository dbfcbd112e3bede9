// Checks and management information: the price-regulation check, spend by dimension and savings from negotiation.
import { z } from 'zod';

import { Id, IsoDate, Money } from '../domain/common';
import { Phase } from '../domain/phase';
import { RateSource, RateType } from '../domain/rate';
import { DASHBOARD_GROUPS } from '../rules/dashboard';
import { daysBetween } from '../rules/dates';
import { defineRoute } from './route';

export const PriceRegulationBody = z.strictObject({
  previousRate: Money,
  proposedRate: Money,
  periodFrom: IsoDate,
  periodTo: IsoDate,
  /** Use this contract's regulation terms instead of KL's rate. */
  contractId: Id.optional(),
});

const CheckBase = { years: z.array(z.number().int()), actualPercent: z.number(), explanation: z.string() };
export const PriceRegulationResult = z.discriminatedUnion('verdict', [
  z.object({
    ...CheckBase,
    verdict: z.enum(['within', 'above']),
    allowedPercent: z.number(),
    allowedRate: z.number(),
    excessKr: z.number(),
    excessPercent: z.number(),
  }),
  z.object({ ...CheckBase, verdict: z.literal('noRate'), missingYears: z.array(z.number().int()) }),
  /** The offer is inside a regional framework agreement: its styringsaftale sets the rate, not the PL rate. */
  z.object({ ...CheckBase, verdict: z.literal('framework') }),
]);

export const SpendGroupBy = z.enum(['provider', 'paragraph', 'targetGroup', 'month', 'ownership']);

export const SpendAnswer = z.object({
  asOf: IsoDate,
  groupBy: SpendGroupBy,
  total: z.number(),
  rows: z.array(z.object({ key: z.string(), label: z.string(), annualCost: z.number(), contracts: z.number().int() })),
});

export const SavingRow = z.object({
  contractId: z.string(),
  title: z.string(),
  providerId: z.string(),
  rateType: z.string(),
  listRate: z.number(),
  contractRate: z.number(),
  perUnit: z.number(),
  percent: z.number(),
  annual: z.number(),
});

export const SavingsAnswer = z.object({ totalAnnual: z.number(), rows: z.array(SavingRow) });

/** The longest period the overview covers in one answer. */
export const MAX_PERIOD_DAYS = 3660;

export const DashboardPeriodQuery = z
  .strictObject({ from: IsoDate.optional(), to: IsoDate.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'Periodens start skal ligge før dens slutning',
    path: ['from'],
  })
  .refine((q) => !q.from || !q.to || daysBetween(q.from, q.to) <= MAX_PERIOD_DAYS, {
    message: 'Perioden må højst være 10 år',
    path: ['to'],
  });

const AmountRow = z.object({ key: z.string(), label: z.string(), amount: z.number(), contracts: z.number().int() });
const FollowUp = z.object({
  state: z.enum(['overdue', 'planned', 'none']),
  nextDue: IsoDate.optional(),
  lastDone: IsoDate.optional(),
});

export const DashboardAnswer = z.object({
  /** The whole calendar months covered: the first day of the first and the last day of the last. */
  from: IsoDate,
  to: IsoDate,
  /** The day the figures are as of. */
  asOf: IsoDate,
  total: z.number(),
  /** Each group's leading rows (at most ten); a month row for every month. */
  spend: z.record(z.enum(DASHBOARD_GROUPS), z.array(AmountRow)),
  /** What a group's other rows come to together, for each group with more than it lists. */
  rest: z.partialRecord(z.enum(DASHBOARD_GROUPS), z.object({ amount: z.number(), contracts: z.number().int() })),
  savings: z.object({
    inPeriod: z.number(),
    annual: z.number(),
    byYear: z.array(AmountRow),
    byCase: z.array(
      z.object({
        caseId: z.string(),
        reference: z.string(),
        title: z.string(),
        annual: z.number(),
        inPeriod: z.number(),
      }),
    ),
  }),
  expensive: z.array(
    z.object({
      caseId: z.string(),
      reference: z.string(),
      title: z.string(),
      phase: Phase.optional(),
      providerName: z.string(),
      amount: z.number(),
      followUp: FollowUp,
    }),
  ),
  rates: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      rateType: RateType,
      points: z.array(z.object({ date: IsoDate, amount: z.number(), source: RateSource })),
    }),
  ),
});
export type DashboardAnswer = z.infer<typeof DashboardAnswer>;

export const analysisRoutes = {
  checkPriceRegulation: defineRoute({
    method: 'POST',
    path: '/api/price-regulation/check',
    operationId: 'checkPriceRegulation',
    summary: "Is a provider's new rate within the allowed annual regulation (KL's rate or the contract's cap)?",
    access: 'user',
    body: PriceRegulationBody,
    responses: { 200: PriceRegulationResult },
  }),
  spend: defineRoute({
    method: 'GET',
    path: '/api/dashboard/spend',
    operationId: 'getSpendDashboard',
    summary: 'Annual spend of running contracts, grouped by provider, paragraph, target group, month or ownership',
    access: 'user',
    query: z.strictObject({ groupBy: SpendGroupBy.default('provider'), asOf: IsoDate.optional() }),
    responses: { 200: SpendAnswer },
  }),
  savings: defineRoute({
    method: 'GET',
    path: '/api/dashboard/savings',
    operationId: 'getSavingsDashboard',
    summary: "Savings from negotiation: each contract rate against the offer's list price, per year",
    access: 'user',
    responses: { 200: SavingsAnswer },
  }),
  overview: defineRoute({
    method: 'GET',
    path: '/api/dashboard/overview',
    operationId: 'getDashboardOverview',
    summary:
      'Spend within a period by provider, paragraph, target group, month, ownership and own versus external offers; ' +
      'savings from negotiation; the ten costliest cases with their follow-up; rate development of the main offers',
    access: 'user',
    query: DashboardPeriodQuery,
    responses: { 200: DashboardAnswer },
  }),
};
