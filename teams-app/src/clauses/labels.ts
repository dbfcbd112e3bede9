// Danish names of the library's statuses, field types and checklist purposes, and the clause's status as one word.
import type { ChecklistInput } from '@koberollen/shared/domain/checklist';
import type { Clause, ClauseStatus, FieldType } from '@koberollen/shared/domain/clause';
import { PHASE_LABELS } from '@koberollen/shared/domain/phaseLabels';
import type { Template } from '@koberollen/shared/domain/template';

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

/** A template's state: "Kladde, ikke udgivet", "Udgivet, version 2" (with unpublished changes named) or "Udgået". */
export function templateStatusText(template: Pick<Template, 'status' | 'version' | 'hasUnpublishedChanges'>): string {
  if (template.version === 0) return 'Kladde, ikke udgivet';
  if (template.status === 'retired' && !template.hasUnpublishedChanges) return `Udgået i version ${template.version}`;
  return statusText({ ...template, status: 'published' });
}

/** What the library's list adds after a template's legal basis: ", kladde", ", udgået", ", ændringer ikke udgivet". */
export function templateListNote(template: Pick<Template, 'status' | 'version' | 'hasUnpublishedChanges'>): string {
  if (template.version === 0) return ', kladde';
  const retired = template.status === 'retired' ? ', udgået' : '';
  return `${retired}${template.hasUnpublishedChanges ? ', ændringer ikke udgivet' : ''}`;
}

/** The law a template is written under, as people cite it: "serviceloven § 107, barnets lov § 43". */
export function legalBasisText(template: Pick<Template, 'legalBasis'>): string {
  return template.legalBasis.map((basis) => `${basis.law} ${basis.section}`).join(', ');
}

/** A checklist's purpose and the phase it is used in, the phase left out when it reads the same ("Opfølgning"). */
export function purposeAndPhase(checklist: Pick<ChecklistInput, 'purpose' | 'phase'>): string {
  const purpose = PURPOSE_LABELS[checklist.purpose];
  const phase = PHASE_LABELS[checklist.phase];
  return purpose.toLowerCase() === phase.toLowerCase() ? purpose : `${purpose}, fasen ${phase.toLowerCase()}`;
}
