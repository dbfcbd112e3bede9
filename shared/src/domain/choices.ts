// Closed lists of the domain's values, kept free of schemas so a first screen can use them; the schemas build their
// enums from them.

/** The five regions of Denmark. */
export const REGIONS = ['Hovedstaden', 'Sjælland', 'Syddanmark', 'Midtjylland', 'Nordjylland'] as const;

/** A provider's ownership. */
export const OWNERSHIPS = ['public', 'private'] as const;

/** What a rate is per: day, month, face-to-face hour or package. */
export const RATE_TYPES = ['day', 'month', 'hour', 'package'] as const;

/** Danish unit names for amounts, e.g. "kr. pr. døgn". */
export const RATE_UNIT_LABELS: Record<(typeof RATE_TYPES)[number], string> = {
  day: 'pr. døgn',
  month: 'pr. måned',
  hour: 'pr. time (ansigt til ansigt)',
  package: 'pr. pakke',
};

/** A contract's status: drafted, in force or ended. */
export const CONTRACT_STATUSES = ['draft', 'active', 'ended'] as const;

/** The orders the contract register can be sorted in. */
export const CONTRACT_SORTS = ['title', 'endDate', 'provider', 'cost'] as const;

/** An invoice's status after its check: as agreed, deviating from the contract, or deviating and cleared. */
export const INVOICE_STATUSES = ['matching', 'deviating', 'resolved'] as const;
