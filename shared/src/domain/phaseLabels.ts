// The phases by name and their Danish labels, kept free of schemas so a first screen (the cases board) can use them.

/** The five phases of buying a service for a citizen (Deloitte's case process), plus closed, in order. */
export const PHASES = ['need', 'scan', 'choice', 'negotiation', 'followUp', 'closed'] as const;
export type PhaseName = (typeof PHASES)[number];

/** Danish names as used by case workers. */
export const PHASE_LABELS: Record<PhaseName, string> = {
  need: 'Fastlæggelse af støttebehov',
  scan: 'Afdækning af relevante tilbud',
  choice: 'Valg af tilbud',
  negotiation: 'Forhandling og kontrakt',
  followUp: 'Opfølgning',
  closed: 'Afsluttet',
};
