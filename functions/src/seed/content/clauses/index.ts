// The whole demo clause library, in the order procurement would read it.
import type { SeedClause } from './define';
import { FOLLOW_UP_CLAUSES } from './followUp';
import { LEGAL_CLAUSES } from './legal';
import { PARTY_CLAUSES } from './parties';
import { PAYMENT_CLAUSES } from './payment';
import { PRICE_CLAUSES } from './price';
import { SERVICE_CLAUSES } from './service';

export type { SeedClause } from './define';
export { toClauseInput } from './define';

export const DEMO_CLAUSES: readonly SeedClause[] = [
  ...PARTY_CLAUSES,
  ...SERVICE_CLAUSES,
  ...PRICE_CLAUSES,
  ...PAYMENT_CLAUSES,
  ...FOLLOW_UP_CLAUSES,
  ...LEGAL_CLAUSES,
];
