// References from a request body to other records of the tenant: read them, or name every one that is missing.
import type { Provider } from '@koberollen/shared/domain/provider';
import { ValidationError } from '@koberollen/shared/errors';

import type { Services } from '../services';
import type { DocKind } from '../store/types';

const PROVIDER_MISSING = 'Leverandøren findes ikke.';
const OFFER_MISSING = 'Leverandøren har ikke dette tilbud.';

/** A record id found in a body, with the field path it came from, e.g. `sections.0.clauses.1.clauseId`. */
export interface Reference {
  field: string;
  id: string;
}

/**
 * Reads the referenced records of one kind from the tenant, by id. Throws a ValidationError naming the field of every
 * reference that does not exist (another tenant's ids do not exist here either).
 */
export async function readReferences<T>(
  services: Services,
  tenantId: string,
  kind: DocKind,
  refs: Reference[],
  missing: string,
): Promise<Map<string, T>> {
  const ids = [...new Set(refs.map((ref) => ref.id))];
  const docs = await Promise.all(ids.map((id) => services.store.get<T>(tenantId, kind, id)));
  const found = new Map(docs.flatMap((doc) => (doc ? [[doc.id, doc.body] as const] : [])));
  const fields = Object.fromEntries(refs.filter((ref) => !found.has(ref.id)).map((ref) => [ref.field, missing]));
  if (Object.keys(fields).length > 0) throw new ValidationError('Der henvises til noget, der ikke findes.', fields);
  return found;
}

/** A chosen provider and offer in a body, with the path of the object holding them (`chosenOffer`, `alternatives.0`). */
export interface OfferReference {
  field: string;
  providerId: string;
  offerId: string;
}

/**
 * Checks that each provider exists in the tenant and has the offer; throws a ValidationError naming `….providerId`
 * or `….offerId` of every reference that does not hold.
 */
export async function checkOfferReferences(
  services: Services,
  tenantId: string,
  refs: OfferReference[],
): Promise<void> {
  const providerRefs = refs.map((ref) => ({ field: `${ref.field}.providerId`, id: ref.providerId }));
  const providers = await readReferences<Provider>(services, tenantId, 'provider', providerRefs, PROVIDER_MISSING);
  const missing = refs.filter(
    (ref) => !providers.get(ref.providerId)!.offers.some((offer) => offer.id === ref.offerId),
  );
  const fields = Object.fromEntries(missing.map((ref) => [`${ref.field}.offerId`, OFFER_MISSING]));
  if (missing.length > 0) throw new ValidationError('Der henvises til et tilbud, der ikke findes.', fields);
}
