// The provider-written contracts the topic recognition is measured on: tuned on two thirds, held out a third.
import { HELD_OUT_CONTRACTS } from './heldOut';
import { TUNING_CONTRACTS } from './tuning';
import { SECOND_TUNING_CONTRACTS } from './tuningSecond';

export { HELD_OUT_CONTRACTS };
export const TUNED_CONTRACTS = [...TUNING_CONTRACTS, ...SECOND_TUNING_CONTRACTS];
export const ALL_CONTRACTS = [...TUNED_CONTRACTS, ...HELD_OUT_CONTRACTS];
