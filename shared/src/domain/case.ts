// Case (sag): one citizen's purchase, known only by the case-system reference, moving through the five phases.
import { z } from 'zod';

import { freeText, Id, IsoDate, Label, Meta, ParagraphCode, Timestamp, UserRef } from './common';
import { Phase } from './phase';

/** The reference in the case system (Sensum, DUBU, …); never a CPR number. */
export const CaseReference = freeText(60, 3).regex(/^[A-Za-zÆØÅæøå0-9][A-Za-zÆØÅæøå0-9 ./_-]*$/, 'Ugyldigt sagsnummer');

export const OfferRef = z.strictObject({ providerId: Id, offerId: Id });
export type OfferRef = z.infer<typeof OfferRef>;

export const Alternative = OfferRef.extend({ reason: freeText(2000).default('') });

export const CaseInput = z.object({
  reference: CaseReference,
  /** Short description of the need, without personal data. */
  title: Label,
  targetGroup: freeText(100, 1),
  paragraph: ParagraphCode.optional(),
  assignee: UserRef,
  negotiator: UserRef.optional(),
  alternatives: z.array(Alternative).max(20).default([]),
  chosenOffer: OfferRef.optional(),
  decisionDate: IsoDate.optional(),
  notes: freeText(8000).default(''),
});
export type CaseInput = z.infer<typeof CaseInput>;

export const PhaseChange = z.strictObject({
  from: Phase.optional(),
  to: Phase,
  at: Timestamp,
  by: UserRef,
  reason: z.string(),
});
export type PhaseChange = z.infer<typeof PhaseChange>;

/** A deviation from the standard contract that was accepted, with the reason — the rationale otherwise lost. */
export const Deviation = z.strictObject({
  clauseId: z.string(),
  reason: z.string(),
  by: UserRef,
  at: Timestamp,
});
export type Deviation = z.infer<typeof Deviation>;

export const CaseServerFields = {
  ...Meta,
  phase: Phase,
  phaseHistory: z.array(PhaseChange),
  deviations: z.array(Deviation),
};
export const Case = CaseInput.extend(CaseServerFields);
export type Case = z.infer<typeof Case>;

export const TransitionBody = z.strictObject({ to: Phase, reason: freeText(2000).default('') });
export const DeviationBody = z.strictObject({ clauseId: Id, reason: freeText(2000, 1) });
