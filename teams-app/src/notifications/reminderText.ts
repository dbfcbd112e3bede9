// The words of the reminders list: how many deadlines are overdue and coming, and what names a reminder's contract.
import type { MilestoneContract } from '@koberollen/shared/api/milestones.contract';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 overskredne frister og 1 frist de næste 30 dage.", "Ingen overskredne frister og 3 frister de næste 30 dage." */
export function reminderSummary(overdue: number, coming: number, days: number): string {
  const late = overdue === 0 ? 'Ingen overskredne frister' : count(overdue, 'overskreden frist', 'overskredne frister');
  const ahead = coming === 0 ? 'ingen frister' : count(coming, 'frist', 'frister');
  return `${late} og ${ahead} de næste ${days} dage.`;
}

/** "Sag 2026-0012 · Lyngvænget ApS", or what of it the contract holds; empty when it holds neither. */
export function contractLine(contract: MilestoneContract | undefined): string {
  const parts = [
    contract?.caseReference ? `Sag ${contract.caseReference}` : undefined,
    contract?.providerName || undefined,
  ];
  return parts.filter((p) => p !== undefined).join(' · ');
}
