// The index of a provider: name order, search text, and the catalogue's filters including the lowest day rate.
import type { Provider } from '@koberollen/shared/domain/provider';
import { dayEquivalent } from '@koberollen/shared/rules/offerPrices';

import { indexFields, key, searchText } from '../records/search';

export type ProviderIndex = {
  name: string;
  text: string;
  paragraph: string[];
  targetGroup: string[];
  region: string;
  ownership: string;
  minDayRate?: number;
};

export function providerIndex(provider: Provider): ProviderIndex {
  const offers = provider.offers;
  const dayRates = offers.flatMap((o) => o.rates.map(dayEquivalent)).filter((r): r is number => r !== undefined);
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
    ownership: provider.ownership,
    minDayRate: dayRates.length > 0 ? Math.min(...dayRates) : undefined,
  };
}

export const providerFields = indexFields<ProviderIndex>();
