// Generates the contracts of planned cases, with annual cost and milestones exactly as the contracts API makes them.
import type { Case } from '@koberollen/shared/domain/case';
import type { ClauseVersionRef } from '@koberollen/shared/domain/clause';
import type {
  Contract,
  ContractInput,
  ContractRate,
  Milestone,
  PriceRegulation,
  SpecialRate,
} from '@koberollen/shared/domain/contract';
import type { Offer } from '@koberollen/shared/domain/provider';
import { contractCostFields } from '@koberollen/shared/rules/coming12Months';
import { contractParties } from '@koberollen/shared/rules/contractParties';
import { addDays, addMonths, compareDates } from '@koberollen/shared/rules/dates';
import { caseAssignees, milestonesForContract } from '@koberollen/shared/rules/milestones';
import { roundKr } from '@koberollen/shared/rules/money';
import { choicesFor, type ChoiceValues, refIncluded } from '@koberollen/shared/rules/templateChoices';

import type { ContractPlan, PlannedCase } from './cases';
import { CONTRACT_TYPES } from './content/contractTypes';
import { CASE_TITLES, SPECIAL_RATE_REASONS } from './content/phrases';
import { type SeedContext, stampsOn, timestampOn } from './context';
import { seedId } from './ids';
import type { Library } from './library';
import { createRng, type Rng } from './rng';

export interface ContractBundle {
  contract: Contract;
  caseRecord: Case;
  plan: ContractPlan;
  milestones: Milestone[];
}

/** Days until the special rate of the `specialRateEnding` contract ends: inside the two-week warning. */
const SPECIAL_RATE_ENDS_IN_DAYS = 12;

/**
 * The offer's rate records in force on or after the contract's start, as contract rates from that day. With
 * `keepLastYear` the provider's newest record is left out and the one before stays open-ended: the contract still
 * says last year's price, regulated by KL's rate, while the provider has raised its list price by more.
 */
function contractRates(offer: Offer, startDate: string, keepLastYear: boolean): ContractRate[] {
  return offer.rates.flatMap((rate) => {
    const records = [rate, ...rate.history].filter((r) => !r.validTo || compareDates(r.validTo, startDate) > 0);
    const used = keepLastYear && records.length > 1 ? records.slice(1) : records;
    return used.map((record, i) => ({
      type: rate.type,
      label: rate.label,
      amount: record.amount,
      validFrom: compareDates(record.validFrom, startDate) < 0 ? startDate : record.validFrom,
      ...(record.validTo && !(keepLastYear && i === 0) ? { validTo: record.validTo } : {}),
    }));
  });
}

function specialRate(plan: ContractPlan, rates: ContractRate[], rng: Rng, today: string): SpecialRate | undefined {
  const main = rates.find((r) => r.type !== 'hour') ?? rates[0];
  if (!main || plan.status !== 'active') return undefined;
  const base = { type: main.type, amount: roundKr(main.amount * 0.3), reason: rng.pick(SPECIAL_RATE_REASONS) };
  if (plan.role === 'specialRateEnding') {
    return {
      ...base,
      startDate: addDays(today, -75),
      endDate: addDays(today, SPECIAL_RATE_ENDS_IN_DAYS),
      monthlyReview: false,
    };
  }
  if (plan.role === 'monthlyReview') return { ...base, startDate: addDays(today, -50), monthlyReview: true };
  return undefined;
}

/**
 * Face-to-face hours a week a § 83 or § 85 contract with an hourly rate buys: enough for the hours its invoices bill
 * each month (see invoices.ts), also in February's four weeks.
 */
const WEEKLY_HOURS = 10;
const HOURLY_PARAGRAPHS = ['SEL §83', 'SEL §85'];

/** The weekly hours of a contract whose case is under § 83 or § 85 and whose rates include an hourly one. */
function weeklyHoursOf(caseRecord: Case, rates: ContractRate[]): Pick<ContractInput, 'weeklyHours'> {
  const hourly = rates.some((rate) => rate.type === 'hour');
  return hourly && HOURLY_PARAGRAPHS.includes(caseRecord.paragraph ?? '') ? { weeklyHours: WEEKLY_HOURS } : {};
}

function endDate(plan: ContractPlan, rng: Rng, today: string): string | undefined {
  if (plan.endDate) return plan.endDate;
  if (plan.type !== CONTRACT_TYPES.temporary) return undefined;
  return plan.status === 'draft' ? addMonths(plan.startDate, 12) : addDays(today, rng.int(60, 300));
}

function renegotiationDate(plan: ContractPlan, rng: Rng, today: string): string | undefined {
  if (plan.status === 'ended') return undefined;
  if (plan.status === 'draft') return addMonths(plan.startDate, 6);
  return addDays(today, plan.role === 'renegotiationSoon' ? 18 : rng.int(40, 300));
}

/** The template's mandatory clauses and the alternatives the contract takes (framework variant, special rate). */
function clauseVersions(plan: ContractPlan, library: Library, choices: ChoiceValues): ClauseVersionRef[] {
  const template = library.templateByType.get(plan.type);
  const refs = template?.sections.flatMap((s) => s.clauses) ?? [];
  return refs
    .filter((ref) => (ref.mandatory || ref.alternative) && refIncluded(ref, choices))
    .map((ref) => ({ clauseId: ref.clauseId, version: 1 }));
}

/** Public providers' offers are inside the regional framework agreement, whose styringsaftale sets the regulation. */
function regulationOf(plan: ContractPlan): PriceRegulation {
  return plan.provider.ownership === 'public' ? { basis: 'framework', month: 1 } : { basis: 'kl', month: 1 };
}

/**
 * Past milestones are marked done the day they fell due — except on the `overdue` contract, whose latest past
 * follow-up was missed and stays open.
 */
function withProgress(milestones: Milestone[], plan: ContractPlan, ctx: SeedContext): Milestone[] {
  const past = milestones.filter((m) => compareDates(m.dueDate, ctx.today) < 0);
  const missed = plan.role === 'overdue' ? past.filter((m) => m.kind === 'followUp').at(-1) : undefined;
  return milestones.map((m) =>
    compareDates(m.dueDate, ctx.today) < 0 && m !== missed
      ? { ...m, status: 'done', doneAt: timestampOn(ctx, m.dueDate) }
      : m,
  );
}

function buildContract(
  planned: PlannedCase & { contract: ContractPlan },
  library: Library,
  rng: Rng,
  ctx: SeedContext,
) {
  const { entity: caseRecord, contract: plan } = planned;
  const start = plan.startDate;
  const rates = contractRates(plan.offer, start, plan.role === 'aboveKl');
  const special = specialRate(plan, rates, rng, ctx.today);
  const end = endDate(plan, rng, ctx.today);
  const renegotiation = renegotiationDate(plan, rng, ctx.today);
  const template = library.templateByType.get(plan.type);
  const priceRegulation = regulationOf(plan);
  const choices = choicesFor({ contract: { priceRegulation, ...(special ? { specialRate: special } : {}) } });
  const input: ContractInput = {
    caseId: caseRecord.id,
    providerId: plan.provider.id,
    offerId: plan.offer.id,
    templateId: template?.id ?? '',
    clauseVersions: clauseVersions(plan, library, choices),
    title: `${CASE_TITLES[plan.type]}: ${plan.offer.name}`,
    status: plan.status,
    startDate: start,
    ...(end ? { endDate: end } : {}),
    rates,
    ...weeklyHoursOf(caseRecord, rates),
    ...(special ? { specialRate: special } : {}),
    priceRegulation,
    ...(renegotiation ? { renegotiationDate: renegotiation } : {}),
    noticePeriodMonths: rng.int(1, 3),
    followUpCadenceMonths: plan.type === CONTRACT_TYPES.temporary ? 3 : 6,
    notes: '',
  };
  const created = plan.status === 'draft' ? addDays(ctx.today, -2) : addDays(start, -rng.int(5, 15));
  const draft = {
    ...input,
    id: seedId('contract', ctx.tenantId, caseRecord.id),
    ...stampsOn(ctx, caseRecord.assignee, created),
    annualCost: 0,
  };
  const contract: Contract = {
    ...draft,
    ...contractCostFields(draft, ctx.today, ctx.klRates),
    parties: contractParties(caseRecord, plan.provider),
  };
  const generated = milestonesForContract(contract, { caseId: caseRecord.id, assignees: caseAssignees(caseRecord) });
  return { contract, caseRecord, plan, milestones: withProgress(generated, plan, ctx) };
}

/** The contracts of every planned case that has one, each with its milestones. */
export function generateContracts(
  planned: PlannedCase[],
  library: Library,
  rngSeed: number,
  ctx: SeedContext,
): ContractBundle[] {
  const rng = createRng(rngSeed);
  return planned
    .filter((p): p is PlannedCase & { contract: ContractPlan } => p.contract !== undefined)
    .map((p) => buildContract(p, library, rng, ctx));
}
