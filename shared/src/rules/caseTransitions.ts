// Which phase a case may move to next, and why a move is refused (Danish reasons for the user).
import type { Case } from '../domain/case';
import { Phase, PHASE_LABELS } from '../domain/phase';

/** The working phases in process order; `closed` is outside the order. */
const ORDER: readonly Phase[] = ['need', 'scan', 'choice', 'negotiation', 'followUp'];

export type TransitionCheck = { ok: true } | { ok: false; reason: string };

/** Facts about the case that live outside the case record. */
export interface TransitionFacts {
  hasContract: boolean;
}

const label = (phase: Phase) => `»${PHASE_LABELS[phase]}«`;

/**
 * Phases reachable from `from`: one step forward, one step back (to redo work) and `closed`.
 * A closed case goes nowhere: a new case is made instead of reopening.
 */
export function allowedTransitions(from: Phase): Phase[] {
  const index = ORDER.indexOf(from);
  if (index < 0) return [];
  const neighbours = [ORDER[index + 1], ORDER[index - 1]].filter((p): p is Phase => p !== undefined);
  return [...neighbours, 'closed'];
}

/** Whether the case may move to `to`; when not, a Danish sentence saying why. */
export function checkTransition(caseRecord: Case, to: Phase, facts: TransitionFacts): TransitionCheck {
  const from = caseRecord.phase;
  if (from === to) return { ok: false, reason: `Sagen er allerede i fasen ${label(to)}.` };
  if (from === 'closed') {
    return { ok: false, reason: 'Sagen er afsluttet og kan ikke genåbnes. Opret en ny sag.' };
  }
  if (!allowedTransitions(from).includes(to)) {
    return {
      ok: false,
      reason: `Sagen kan ikke gå fra ${label(from)} til ${label(to)}. Den kan kun gå én fase frem eller tilbage eller afsluttes.`,
    };
  }
  if (to === 'negotiation' && caseRecord.chosenOffer === undefined) {
    return { ok: false, reason: `Vælg et tilbud, før sagen går videre til ${label(to)}.` };
  }
  if (to === 'followUp' && !facts.hasContract) {
    return { ok: false, reason: `Sagen skal have en kontrakt, før den går videre til ${label(to)}.` };
  }
  return { ok: true };
}
