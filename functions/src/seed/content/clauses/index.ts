// The whole demo clause library, in the order procurement would read it.
import { CHILD_CLAUSES } from './children';
import { DAY_TREATMENT_CLAUSES } from './dayTreatment';
import type { SeedClause } from './define';
import { FOLLOW_UP_CLAUSES } from './followUp';
import { LEGAL_CLAUSES } from './legal';
import { PARTY_CLAUSES } from './parties';
import { PAYMENT_CLAUSES } from './payment';
import { PRICE_CLAUSES } from './price';
import { SERVICE_CLAUSES } from './service';
import { STAY_PAYMENT_CLAUSES } from './stayPayment';

export type { SeedClause } from './define';
export { toClauseInput } from './define';

export const DEMO_CLAUSES: readonly SeedClause[] = [
  ...PARTY_CLAUSES,
  ...SERVICE_CLAUSES,
  ...CHILD_CLAUSES,
  ...DAY_TREATMENT_CLAUSES,
  ...PRICE_CLAUSES,
  ...STAY_PAYMENT_CLAUSES,
  ...PAYMENT_CLAUSES,
  ...FOLLOW_UP_CLAUSES,
  ...LEGAL_CLAUSES,
];
