// The names of offers a case refers to ("Bostedet Eg – Botilbud efter § 107"), read from their providers.
import { providerRoutes } from '@koberollen/shared/api/providers.contract';
import type { OfferRef } from '@koberollen/shared/domain/case';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { useSession } from '../session/sessionContext';

/** The key of an offer among others: `providerId~offerId`, as the compare address writes it. */
export const offerKey = (ref: OfferRef) => `${ref.providerId}~${ref.offerId}`;

/** Each offer's name, "Henter …" while they load, and a plain word for an offer its provider no longer has. */
export function useOfferNames(refs: readonly OfferRef[]): (ref: OfferRef) => string {
  const { api } = useSession();
  const providerIds = [...new Set(refs.map((r) => r.providerId))];
  const names = useLoad(async () => {
    const answers = await Promise.allSettled(providerIds.map((id) => api.call(providerRoutes.get, { params: { id } })));
    const found = new Map<string, string>();
    for (const answer of answers) {
      if (answer.status !== 'fulfilled') continue;
      const provider = answer.value.data;
      for (const offer of provider.offers)
        found.set(offerKey({ providerId: provider.id, offerId: offer.id }), `${provider.name} – ${offer.name}`);
    }
    return found;
  }, providerIds.join());
  return (ref) =>
    names.data?.get(offerKey(ref)) ?? (names.state === 'loading' ? 'Henter …' : 'Tilbuddet findes ikke længere');
}
