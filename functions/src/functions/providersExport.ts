// Providers as rows of the import column map, so an exported file imports again without changes.
import type { Offer, Provider } from '@koberollen/shared/domain/provider';
import type { Rate } from '@koberollen/shared/domain/rate';
import { formatDate } from '@koberollen/shared/rules/format';

import { HEADERS, OWNERSHIP_WORDS, UNIT_WORDS } from './providersImportColumns';

/** Amounts as the import reads them: Danish decimals without thousands separators, e.g. "2885,5". */
const amountText = (rate: Rate | undefined) => (rate ? String(rate.amount).replace('.', ',') : '');
const dateText = (rate: Rate | undefined) => (rate ? formatDate(rate.negotiatedAt) : '');

/** One row per offer and rate unit: the list price and the negotiated price of that unit side by side. */
function offerRows(provider: Provider, offer: Offer): string[][] {
  const base = [
    offer.tilbudsportalen?.tilbudsid ?? '',
    offer.tilbudsportalen?.afdelingsid ?? '',
    provider.name,
    provider.cvr,
    OWNERSHIP_WORDS[provider.ownership],
    provider.address.street,
    provider.address.postalCode,
    provider.address.city,
    provider.municipality,
    provider.region,
    offer.name,
    offer.paragraph,
    offer.targetGroups.join('; '),
    String(offer.places),
  ];
  const units = [...new Set(offer.rates.map((r) => r.type))];
  if (units.length === 0) return [[...base, '', '', '', '', '']];
  return units.map((unit) => {
    const list = offer.rates.find((r) => r.type === unit && r.source === 'list');
    const negotiated = offer.rates.find((r) => r.type === unit && r.source === 'negotiated');
    return [...base, UNIT_WORDS[unit], amountText(list), dateText(list), amountText(negotiated), dateText(negotiated)];
  });
}

/** The header row and every provider's offers. */
export function exportRows(providers: Provider[]): string[][] {
  return [HEADERS, ...providers.flatMap((p) => p.offers.flatMap((o) => offerRows(p, o)))];
}
