// The five phases of buying a service for a citizen (Deloitte's case process), plus closed.
import { z } from 'zod';

export const Phase = z.enum(['need', 'scan', 'choice', 'negotiation', 'followUp', 'closed']);
export type Phase = z.infer<typeof Phase>;

/** Danish names as used by case workers. */
export const PHASE_LABELS: Record<Phase, string> = {
  need: 'Fastlæggelse af støttebehov',
  scan: 'Afdækning af relevante tilbud',
  choice: 'Valg af tilbud',
  negotiation: 'Forhandling og kontrakt',
  followUp: 'Opfølgning',
  closed: 'Afsluttet',
};
