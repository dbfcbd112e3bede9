// The tenant's records the dashboard's overview reads, held in memory in compact form (see heldSet.ts): the
// contracts, the providers with their offers' rates and the cases.
import type { Case } from '@koberollen/shared/domain/case';
import type { Contract } from '@koberollen/shared/domain/contract';
import type { Offer, Provider } from '@koberollen/shared/domain/provider';

import { caseIndex } from '../indexes/case';
import { contractIndex } from '../indexes/contract';
import { providerIndex } from '../indexes/provider';
import { heldSet } from './heldSet';

/** The fields of `value` named, those it has: a field it lacks stays absent, not undefined. */
function picked<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  const fields: Partial<Pick<T, K>> = {};
  for (const key of keys) if (value[key] !== undefined) fields[key] = value[key];
  return fields as Pick<T, K>;
}

const CONTRACT_FIELDS = [
  'id',
  'title',
  'status',
  'caseId',
  'providerId',
  'offerId',
  'annualCost',
  'startDate',
  'endDate',
  'rates',
  'specialRate',
  'priceRegulation',
  'parties',
] as const;

/** What the overviews read of a contract: not its clauses, notes or stamps. */
export type OverviewContract = Pick<Contract, (typeof CONTRACT_FIELDS)[number]>;

const OFFER_FIELDS = ['id', 'name', 'paragraph', 'rates'] as const;

/** What the overviews read of a provider: its name, ownership and municipality, and its offers' names and rates. */
export type OverviewProvider = Pick<Provider, 'id' | 'name' | 'ownership' | 'municipality'> & {
  offers: Pick<Offer, (typeof OFFER_FIELDS)[number]>[];
};

const CASE_FIELDS = ['id', 'reference', 'title', 'phase', 'targetGroup'] as const;

/** What the overviews read of a case. */
export type OverviewCase = Pick<Case, (typeof CASE_FIELDS)[number]>;

/** All the tenant's contracts, in id order. */
export const overviewContracts = heldSet<Contract, OverviewContract>({
  kind: 'contract',
  index: contractIndex,
  keep: (contract) => picked(contract, CONTRACT_FIELDS),
});

/** All the tenant's providers, in id order. */
export const overviewProviders = heldSet<Provider, OverviewProvider>({
  kind: 'provider',
  index: providerIndex,
  keep: (provider) => ({
    ...picked(provider, ['id', 'name', 'ownership', 'municipality']),
    offers: provider.offers.map((offer) => picked(offer, OFFER_FIELDS)),
  }),
});

/** All the tenant's cases, in id order. */
export const overviewCases = heldSet<Case, OverviewCase>({
  kind: 'case',
  index: caseIndex,
  keep: (entity) => picked(entity, CASE_FIELDS),
});
