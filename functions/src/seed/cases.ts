// Generates cases across all phases, each with the dates and offer its contract (if any) will be built from.
import type { Case, Deviation } from '@koberollen/shared/domain/case';
import type { UserRef } from '@koberollen/shared/domain/common';
import type { Phase } from '@koberollen/shared/domain/phase';
import type { Offer, Provider } from '@koberollen/shared/domain/provider';
import { addDays, compareDates } from '@koberollen/shared/rules/dates';

import { type DemoRole, history, ROLES, timeline } from './caseTimeline';
import { CONTRACT_TYPES, type ContractType, PARAGRAPH_OF_TYPE } from './content/contractTypes';
import {
  CASE_NOTES,
  CASE_TITLES,
  CHOSEN_REASON,
  CLOSED_WITHOUT_CONTRACT,
  DEVIATION_REASONS,
  REJECTION_REASONS,
} from './content/phrases';
import { type SeedContext, stampsOn, timestampOn } from './context';
import { seedId } from './ids';
import { clauseIdOf, type Library } from './library';
import { raisedAboveKl } from './providerRates';
import { createRng, type Rng } from './rng';
import { CASEWORKERS, NEGOTIATORS } from './users';

export type { DemoRole } from './caseTimeline';

export interface OfferChoice {
  provider: Provider;
  offer: Offer;
}

export interface ContractPlan extends OfferChoice {
  type: ContractType;
  status: 'draft' | 'active' | 'ended';
  startDate: string;
  endDate?: string;
  role?: DemoRole;
}

export interface PlannedCase {
  entity: Case;
  contract?: ContractPlan;
}

const TYPE_CYCLE: ContractType[] = [
  CONTRACT_TYPES.temporary,
  CONTRACT_TYPES.longTerm,
  CONTRACT_TYPES.support,
  CONTRACT_TYPES.placement,
  CONTRACT_TYPES.dayTreatment,
  CONTRACT_TYPES.longTerm,
  CONTRACT_TYPES.support,
  CONTRACT_TYPES.temporary,
];
const TYPE_OF_PARAGRAPH = new Map(
  Object.entries(PARAGRAPH_OF_TYPE).map(([type, code]) => [code, type as ContractType]),
);
const EARLY_PHASES: Phase[] = ['need', 'scan', 'choice', 'closed'];

/** "Sindslidelse" → "sindslidelse", but an abbreviation such as "ADHD" keeps its capitals. */
function lowerFirst(text: string): string {
  return /^\p{Lu}{2}/u.test(text) ? text : text.charAt(0).toLocaleLowerCase('da-DK') + text.slice(1);
}

/** Offers by contract type, so each case picks among offers that fit its need. */
function offersByType(providers: Provider[]): Map<ContractType, OfferChoice[]> {
  const map = new Map<ContractType, OfferChoice[]>();
  for (const provider of providers) {
    for (const offer of provider.offers) {
      const type = TYPE_OF_PARAGRAPH.get(offer.paragraph);
      if (!type) continue;
      const pool = map.get(type) ?? [];
      pool.push({ provider, offer });
      map.set(type, pool);
    }
  }
  return map;
}

/** Phase of the i-th case: the first `contractCount` cases have a contract (most running, some draft or ended). */
function phaseOf(i: number, contractCount: number): Phase {
  if (i >= contractCount) return EARLY_PHASES[(i - contractCount) % EARLY_PHASES.length]!;
  if (i % 8 === 6) return 'negotiation';
  return i % 8 === 7 ? 'closed' : 'followUp';
}

/** The chosen offer and one or two others from the pool (fewer when the pool is smaller). */
function alternatives(chosen: OfferChoice, pool: OfferChoice[], rng: Rng): Case['alternatives'] {
  const others = new Set<OfferChoice>();
  const wanted = pool.length > 1 ? rng.int(1, 2) : 0;
  for (let tries = 0; others.size < wanted && tries < 10; tries++) {
    const candidate = rng.pick(pool);
    if (candidate.offer !== chosen.offer) others.add(candidate);
  }
  return [
    { providerId: chosen.provider.id, offerId: chosen.offer.id, reason: CHOSEN_REASON },
    ...[...others].map((c) => ({
      providerId: c.provider.id,
      offerId: c.offer.id,
      reason: rng.pick(REJECTION_REASONS),
    })),
  ];
}

/**
 * The offer a case goes for; the `aboveKl` contract goes to a private provider that raised its price above the PL
 * rate, and the `renegotiationSoon` contract to a public provider inside the framework agreement.
 */
function chooseOffer(
  type: ContractType,
  pools: Map<ContractType, OfferChoice[]>,
  rng: Rng,
  ctx: SeedContext,
  role?: DemoRole,
) {
  if (role === 'aboveKl') {
    for (const candidates of pools.values()) {
      // A public provider's offer is inside the framework agreement and not held to the PL rate.
      const raiser = candidates.find(
        (c) => c.provider.ownership === 'private' && c.offer.rates[0] && raisedAboveKl(c.offer.rates[0], ctx.klRates),
      );
      if (raiser) return { choice: raiser, type: TYPE_OF_PARAGRAPH.get(raiser.offer.paragraph)! };
    }
  }
  const pool = pools.get(type) ?? [...pools.values()].flat();
  // The contract up for renegotiation is with a public provider inside the framework agreement, when there is one.
  const publicOnes = role === 'renegotiationSoon' ? pool.filter((c) => c.provider.ownership === 'public') : [];
  const choice = rng.pick(publicOnes.length > 0 ? publicOnes : pool);
  return { choice, type: TYPE_OF_PARAGRAPH.get(choice.offer.paragraph) ?? type };
}

/** Every third decided case accepted a deviation from one of its template's clauses that has a demo reason. */
function deviationsFor(
  i: number,
  decision: { date?: string; type: ContractType },
  library: Library,
  ctx: SeedContext,
  by: UserRef,
) {
  const inTemplate = new Set(
    library.templateByType.get(decision.type)?.sections.flatMap((s) => s.clauses.map((c) => c.clauseId)),
  );
  const keys = Object.keys(DEVIATION_REASONS).filter((key) => inTemplate.has(clauseIdOf(library.clauseIds, key)));
  const key = keys[i % keys.length];
  const decisionDate = decision.date;
  if (i % 3 !== 1 || decisionDate === undefined || key === undefined) return [];
  const deviation: Deviation = {
    clauseId: clauseIdOf(library.clauseIds, key),
    reason: DEVIATION_REASONS[key]!,
    by,
    at: timestampOn(ctx, addDays(decisionDate, 2)),
  };
  return [deviation];
}

interface Generation {
  pools: Map<ContractType, OfferChoice[]>;
  contractCount: number;
  library: Library;
  rng: Rng;
  ctx: SeedContext;
}

function buildCase(i: number, { pools, contractCount, library, rng, ctx }: Generation): PlannedCase {
  const phase = phaseOf(i, contractCount);
  const hasContract = i < contractCount;
  const role = hasContract && phase === 'followUp' ? ROLES[i] : undefined;
  const { choice, type } = chooseOffer(TYPE_CYCLE[i % TYPE_CYCLE.length]!, pools, rng, ctx, role);
  const { entered, start, end } = timeline(phase, hasContract, rng, ctx, role);
  const assignee = CASEWORKERS[i % CASEWORKERS.length]!;
  // The missed follow-up is the first negotiator's, the one a demo sign-in as negotiator gets: their reminders show it.
  const negotiator = NEGOTIATORS[role === 'overdue' ? 0 : i % NEGOTIATORS.length]!;
  const decided = hasContract || phase === 'choice';
  const decisionDate = hasContract ? entered.negotiation : undefined;
  const targetGroup = rng.pick(choice.offer.targetGroups);
  const lastChange = Object.values(entered).sort(compareDates).at(-1)!;
  const entity: Case = {
    id: seedId('case', ctx.tenantId, i),
    reference: '',
    title: `${CASE_TITLES[type]} – ${lowerFirst(targetGroup)}`,
    targetGroup,
    paragraph: PARAGRAPH_OF_TYPE[type],
    assignee,
    ...(decided ? { negotiator } : {}),
    alternatives: decided ? alternatives(choice, pools.get(type) ?? [], rng) : [],
    ...(hasContract ? { chosenOffer: { providerId: choice.provider.id, offerId: choice.offer.id } } : {}),
    ...(decisionDate ? { decisionDate } : {}),
    notes: phase === 'closed' && !hasContract ? CLOSED_WITHOUT_CONTRACT : decided ? rng.pick(CASE_NOTES) : '',
    ...stampsOn(ctx, assignee, entered.need!),
    updatedAt: timestampOn(ctx, lastChange),
    phase,
    phaseHistory: history(entered, ctx, assignee),
    deviations: deviationsFor(i, { date: decisionDate, type }, library, ctx, negotiator),
  };
  if (!hasContract || start === undefined) return { entity };
  const status = phase === 'negotiation' ? 'draft' : phase === 'closed' ? 'ended' : 'active';
  return { entity, contract: { ...choice, type, status, startDate: start, ...(end ? { endDate: end } : {}), role } };
}

/** Case systems number cases as they are opened ("SAG-2026-01234"): the oldest case gets the lowest number. */
function numberInOrder(planned: PlannedCase[], first: number): PlannedCase[] {
  const order = planned
    .map((p, i) => ({ i, at: p.entity.createdAt }))
    .sort((a, b) => a.at.localeCompare(b.at) || a.i - b.i);
  const rank = new Map(order.map((o, r) => [o.i, r]));
  return planned.map((p, i) => {
    const number = String(first + (rank.get(i) ?? i)).padStart(5, '0');
    return { ...p, entity: { ...p.entity, reference: `SAG-${p.entity.createdAt.slice(0, 4)}-${number}` } };
  });
}

/**
 * `count` cases of which the first `contractCount` get a contract plan. The first few contracts each have a demo
 * role (special rate about to end, price raised above KL's rate, …). Needs at least one provider with an offer.
 */
export function generateCases(
  count: number,
  contractCount: number,
  providers: Provider[],
  library: Library,
  rngSeed: number,
  ctx: SeedContext,
): PlannedCase[] {
  const rng = createRng(rngSeed);
  const generation: Generation = { pools: offersByType(providers), contractCount, library, rng, ctx };
  const firstNumber = rng.int(1000, 4000);
  return numberInOrder(
    Array.from({ length: count }, (_, i) => buildCase(i, generation)),
    firstNumber,
  );
}
