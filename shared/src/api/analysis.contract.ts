// Checks and management information: the price-regulation check, spend by dimension and savings from negotiation.
import { z } from 'zod';

import { IsoDate, Money } from '../domain/common';
import { defineRoute } from './route';

export const PriceRegulationBody = z.strictObject({
  previousRate: Money,
  proposedRate: Money,
  periodFrom: IsoDate,
  periodTo: IsoDate,
  /** Use this contract's regulation terms instead of KL's rate. */
  contractId: z.string().min(1).max(64).optional(),
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
};
