// The provider catalogue: search with filters, CRUD for procurement and negotiators, quality notes from case workers.
import { randomUUID } from 'node:crypto';

import type { z } from 'zod';

import { ProviderFilters, providerRoutes } from '@koberollen/shared/api/providers.contract';
import { type Provider, ProviderInput, ProviderServerFields } from '@koberollen/shared/domain/provider';
import type { Rate } from '@koberollen/shared/domain/rate';

import { userRef } from '../entities/audit';
import { changeRecord } from '../entities/changeRecord';
import { eq, key, searchText, textFilters } from '../entities/search';
import { declare } from '../http/declare';
import { created } from '../http/responses';
import type { IndexFields } from '../store/types';
import { ownRecord, resourceFunctions } from './resource';

type ProviderFilterValues = z.infer<z.ZodObject<typeof ProviderFilters>>;

const DAYS_PER_MONTH = 365 / 12;

/** A rate as kr. per day (døgn), for comparing day and month rates; other types have no day equivalent. */
function dayEquivalent(rate: Rate): number | undefined {
  if (rate.type === 'day') return rate.amount;
  if (rate.type === 'month') return rate.amount / DAYS_PER_MONTH;
  return undefined;
}

export function providerIndex(provider: Provider): IndexFields {
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

const standard = resourceFunctions({
  name: 'providers',
  kind: 'provider',
  noun: 'Leverandøren',
  routes: providerRoutes,
  input: ProviderInput,
  serverFields: ProviderServerFields,
  index: providerIndex,
  orderBy: 'name',
  // Most selective first: the stores check filters in this order, cheapest kind first.
  filters: (query: ProviderFilterValues) => [
    ...eq('region', query.region),
    ...eq('paragraph', query.paragraph),
    ...eq('targetGroup', query.targetGroup && key(query.targetGroup)),
    ...eq('ownership', query.ownership),
    ...textFilters(query.q),
    ...(query.maxRate === undefined ? [] : [{ field: 'minDayRate', op: 'lte' as const, value: query.maxRate }]),
  ],
  describe: (provider: Provider) => `${provider.name} (CVR ${provider.cvr})`,
  initial: () => ({ qualityNotes: [] }),
});

const ownProvider = ownRecord<Provider>('provider', 'Leverandøren');

export const addProviderNote = declare('providers-add-note', providerRoutes.addNote, ownProvider, async (call) => {
  const { params, body, user, ifMatch, record, services } = call;
  const { entity, etag } = await changeRecord<Provider>(services, user, {
    kind: 'provider',
    id: params.id,
    noun: 'Leverandøren',
    index: providerIndex,
    ifMatch,
    current: record,
    apply: (current, now) => {
      const note = { id: randomUUID(), text: body.text, author: userRef(user), createdAt: now.toISOString() };
      return { ...current, qualityNotes: [...current.qualityNotes, note] };
    },
    audit: () => ({ action: 'note', summary: 'Kvalitetsnote tilføjet' }),
  });
  return created(entity, `/api/providers/${params.id}`, etag);
});

export const routes = [...standard, addProviderNote];
