// Danish names of the library's statuses, field types and checklist purposes, and the clause's status as one word.
import type { ChecklistInput } from '@koberollen/shared/domain/checklist';
import type { Clause, ClauseStatus, FieldType } from '@koberollen/shared/domain/clause';

export const STATUS_LABELS: Record<ClauseStatus, string> = {
  draft: 'Kladde',
  published: 'Udgivet',
  retired: 'Udgået',
};

export const FIELD_TYPE_LABELS: Record<FieldType, string> = {
  text: 'Tekst',
  date: 'Dato',
  amount: 'Beløb',
  number: 'Antal',
  cvr: 'CVR-nummer',
  period: 'Periode',
};

export const PURPOSE_LABELS: Record<ChecklistInput['purpose'], string> = {
  contractReview: 'Gennemgang af kontrakt',
  questionGuide: 'Spørgeguide',
  followUp: 'Opfølgning',
  needAssessment: 'Afdækning af støttebehov',
};

/** "Udgivet (version 3)", "Udgivet, med ændringer der ikke er udgivet", "Kladde" or "Udgået". */
export function statusText(clause: Pick<Clause, 'status' | 'version' | 'hasUnpublishedChanges'>): string {
  if (clause.status !== 'published') return STATUS_LABELS[clause.status];
  const pending = clause.hasUnpublishedChanges ? ', med ændringer der ikke er udgivet' : '';
  return `Udgivet, version ${clause.version}${pending}`;
}
