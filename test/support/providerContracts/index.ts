// The provider-written contracts the topic recognition is measured on: those the phrases were tuned on, and a set
// written apart from the tuning and held out from it.
import { HELD_OUT_CONTRACTS } from './heldOutSixth';
import { TUNING_CONTRACTS } from './tuning';
import { EIGHTH_TUNING_CONTRACTS } from './tuningEighth';
import { FIFTH_TUNING_CONTRACTS } from './tuningFifth';
import { FOURTH_TUNING_CONTRACTS } from './tuningFourth';
import { NINTH_TUNING_CONTRACTS } from './tuningNinth';
import { SECOND_TUNING_CONTRACTS } from './tuningSecond';
import { SEVENTH_TUNING_CONTRACTS } from './tuningSeventh';
import { SIXTH_TUNING_CONTRACTS } from './tuningSixth';
import { THIRD_TUNING_CONTRACTS } from './tuningThird';

export { HELD_OUT_CONTRACTS };
export const TUNED_CONTRACTS = [
  ...TUNING_CONTRACTS,
  ...SECOND_TUNING_CONTRACTS,
  ...THIRD_TUNING_CONTRACTS,
  ...FOURTH_TUNING_CONTRACTS,
  ...FIFTH_TUNING_CONTRACTS,
  ...SIXTH_TUNING_CONTRACTS,
  ...SEVENTH_TUNING_CONTRACTS,
  ...EIGHTH_TUNING_CONTRACTS,
  ...NINTH_TUNING_CONTRACTS,
];
export const ALL_CONTRACTS = [...TUNED_CONTRACTS, ...HELD_OUT_CONTRACTS];
