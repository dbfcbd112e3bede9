// The index of a provider: name order, search text, and the catalogue's filters: day-rate range, negotiation date.
import type { Provider } from '@koberollen/shared/domain/provider';
import { dayEquivalent } from '@koberollen/shared/rules/offerPrices';

import { indexFields, key, searchText } from '../records/search';

export type ProviderIndex = {
  name: string;
  text: string;
  paragraph: string[];
  targetGroup: string[];
  region: string;
  municipality: string;
  ownership: string;
  minDayRate?: number;
  maxDayRate?: number;
  /** The latest date a price of the provider was set or negotiated. */
  negotiatedAt?: string;
};

export function providerIndex(provider: Provider): ProviderIndex {
  const offers = provider.offers;
  const rates = offers.flatMap((o) => o.rates);
  const dayRates = rates.map(dayEquivalent).filter((r): r is number => r !== undefined);
  const negotiated = rates.map((r) => r.negotiatedAt).sort();
  return {
    name: key(provider.name),
    text: searchText(
      provider.name,
      provider.cvr,
      provider.address.city,
      provider.municipality,
      offers.map((o) => o.name),
      offers.flatMap((o) => o.methods),
      offers.flatMap((o) => o.targetGroups),
    ),
    paragraph: [...new Set(offers.map((o) => o.paragraph))],
    targetGroup: [...new Set(offers.flatMap((o) => o.targetGroups.map(key)))],
    region: provider.region,
    municipality: key(provider.municipality),
    ownership: provider.ownership,
    minDayRate: dayRates.length > 0 ? Math.min(...dayRates) : undefined,
    maxDayRate: dayRates.length > 0 ? Math.max(...dayRates) : undefined,
    negotiatedAt: negotiated[negotiated.length - 1],
  };
}

export const providerFields = indexFields<ProviderIndex>();
