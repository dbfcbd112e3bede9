// Provider-written contracts kept apart from the tuning of the topic recognition, to show whether its figures
// generalise.
import type { ProviderContract } from './types';

export const HELD_OUT_CONTRACTS: ProviderContract[] = [];
