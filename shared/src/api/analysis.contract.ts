// Checks and management information: the price-regulation check, spend by dimension and savings from negotiation.
import { z } from 'zod';

import { Id, IsoDate, Money, PagingQuery } from '../domain/common';
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

/** The longest period the overview covers in one answer. */
export const MAX_PERIOD_DAYS = 3660;

const PeriodFields = { from: IsoDate.optional(), to: IsoDate.optional() };

/** A query with a period: its start before its end, at most 10 years long. */
function periodChecked<T extends z.ZodType<{ from?: string; to?: string }>>(query: T) {
  return query
    .refine((q) => !q.from || !q.to || q.from <= q.to, {
      message: 'Periodens start skal ligge før dens slutning',
      path: ['from'],
    })
    .refine((q) => !q.from || !q.to || daysBetween(q.from, q.to) <= MAX_PERIOD_DAYS, {
      message: 'Perioden må højst være 10 år',
      path: ['to'],
    });
}

export const DashboardPeriodQuery = periodChecked(z.strictObject(PeriodFields));

/** A full table of the overview: the period, and a page of at most `limit` rows (500 at most). */
const TablePaging = {
  ...PeriodFields,
  limit: z.coerce.number().int().min(1).max(500).default(100),
  continuationToken: PagingQuery.continuationToken,
};

export const SpendTableQuery = periodChecked(
  z.strictObject({ groupBy: z.enum(DASHBOARD_GROUPS).default('provider'), ...TablePaging }),
);
export const SavingsTableQuery = periodChecked(z.strictObject(TablePaging));

const AmountRow = z.object({ key: z.string(), label: z.string(), amount: z.number(), contracts: z.number().int() });
const CaseSavingRow = z.object({
  caseId: z.string(),
  reference: z.string(),
  title: z.string(),
  annual: z.number(),
  inPeriod: z.number(),
});
const TablePeriod = { from: IsoDate, to: IsoDate, asOf: IsoDate, continuationToken: z.string().optional() };

/**
 * A page of one group's rows of the period: providers in the order of their cost in the period's last year (then
 * those that ran only in earlier years, year by year), the other groups all at once, costliest first, months in order.
 * `total` and `contracts` are the whole period's, whatever the page.
 */
export const SpendTableAnswer = z.object({
  ...TablePeriod,
  groupBy: z.enum(DASHBOARD_GROUPS),
  total: z.number(),
  contracts: z.number().int(),
  rows: z.array(AmountRow),
});
export type SpendTableAnswer = z.infer<typeof SpendTableAnswer>;

/**
 * A page of the cases' savings in the period, in the order of their saving in the period's last year (then those that
 * saved only in earlier years); `inPeriod` and `annual` are the whole municipality's.
 */
export const SavingsTableAnswer = z.object({
  ...TablePeriod,
  inPeriod: z.number(),
  annual: z.number(),
  rows: z.array(CaseSavingRow),
});
export type SavingsTableAnswer = z.infer<typeof SavingsTableAnswer>;
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
    byCase: z.array(CaseSavingRow),
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
    operationId: 'getSpendTable',
    summary:
      "A page of the overview's full table of one group: spend within the period by provider (paged), paragraph, " +
      'target group, month, ownership or own versus external offers, with the period total',
    access: 'user',
    query: SpendTableQuery,
    responses: { 200: SpendTableAnswer },
  }),
  savings: defineRoute({
    method: 'GET',
    path: '/api/dashboard/savings',
    operationId: 'getSavingsTable',
    summary: "A page of the cases' savings from negotiation within the period, with the municipality's savings",
    access: 'user',
    query: SavingsTableQuery,
    responses: { 200: SavingsTableAnswer },
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
