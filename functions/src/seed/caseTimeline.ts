// The dates of a generated case: when it entered each phase, and when its contract starts and ends.
import type { PhaseChange } from '@koberollen/shared/domain/case';
import type { UserRef } from '@koberollen/shared/domain/common';
import type { Phase } from '@koberollen/shared/domain/phase';
import { addDays, addMonths, formatIsoDate } from '@koberollen/shared/rules/dates';

import { type SeedContext, timestampOn } from './context';
import type { Rng } from './rng';

/** Contracts with a part to play in the demo: each shows one thing the product watches for. */
export type DemoRole = 'specialRateEnding' | 'aboveKl' | 'sumError' | 'monthlyReview' | 'renegotiationSoon' | 'overdue';
export const ROLES: DemoRole[] = [
  'specialRateEnding',
  'aboveKl',
  'sumError',
  'monthlyReview',
  'renegotiationSoon',
  'overdue',
];

/** The `overdue` contract started a year ago less this many days, so a follow-up fell due that long ago. */
const OVERDUE_DAYS = 5;

const ORDER: Phase[] = ['need', 'scan', 'choice', 'negotiation', 'followUp'];
const ENTRY_REASONS: Record<Phase, string> = {
  need: 'Sag oprettet',
  scan: 'Støttebehovet er fastlagt',
  choice: 'Relevante tilbud er afdækket',
  negotiation: 'Visitationsudvalget har valgt tilbud',
  followUp: 'Kontrakten er underskrevet',
  closed: 'Sagen er afsluttet',
};

/** The day each phase was entered, walking the process forward from the day the case was opened. */
export function timeline(phase: Phase, hasContract: boolean, rng: Rng, ctx: SeedContext, role?: DemoRole) {
  const { today } = ctx;
  const newYear = formatIsoDate(ctx.year, 1, 1);
  let start: string | undefined;
  let end: string | undefined;
  let opened: string;
  if (phase === 'followUp' || (phase === 'closed' && hasContract)) {
    start =
      role === 'aboveKl'
        ? addDays(newYear, -rng.int(60, 200))
        : role === 'overdue'
          ? addMonths(addDays(today, -OVERDUE_DAYS), -12)
          : phase === 'closed'
            ? addDays(today, -rng.int(500, 800))
            : addDays(today, -rng.int(role ? 120 : 40, 540));
    end = phase === 'closed' ? addDays(today, -rng.int(20, 200)) : undefined;
    opened = addDays(start, -rng.int(45, 90));
  } else if (phase === 'negotiation') {
    opened = addDays(today, -rng.int(35, 60));
    start = addDays(today, rng.int(10, 40));
  } else {
    opened = addDays(today, -rng.int(1, 10) - 12 * ORDER.indexOf(phase === 'closed' ? 'choice' : phase));
  }
  const entered: Partial<Record<Phase, string>> = { need: opened };
  const steps = phase === 'closed' ? (hasContract ? 5 : 2) : ORDER.indexOf(phase) + 1;
  const gaps = [0, 6, 12, 10];
  let day = opened;
  for (let s = 1; s < Math.min(steps, 4); s++) {
    day = addDays(day, gaps[s] ?? 7);
    entered[ORDER[s]!] = day;
  }
  if (start !== undefined && steps >= 5) entered.followUp = start;
  if (phase === 'closed') entered.closed = end ?? addDays(day, 8);
  return { entered, start, end };
}

export function history(entered: Partial<Record<Phase, string>>, ctx: SeedContext, by: UserRef): PhaseChange[] {
  const phases = (Object.keys(entered) as Phase[]).filter((p) => entered[p] !== undefined);
  return phases.map((to, i) => ({
    ...(i > 0 ? { from: phases[i - 1] } : {}),
    to,
    at: timestampOn(ctx, entered[to]!),
    by,
    reason: ENTRY_REASONS[to],
  }));
}
