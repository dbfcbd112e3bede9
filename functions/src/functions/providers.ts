// The provider catalogue: search answering summaries, CRUD for procurement and negotiators, case workers' notes.
import { randomUUID } from 'node:crypto';

import type { z } from 'zod';

import { ProviderFilters, providerRoutes, type ProviderSort } from '@koberollen/shared/api/providers.contract';
import { type Provider, ProviderInput, ProviderServerFields } from '@koberollen/shared/domain/provider';
import type { Rate } from '@koberollen/shared/domain/rate';
import { addMonths, isoDateOf } from '@koberollen/shared/rules/dates';

import { userRef } from '../entities/audit';
import { changeRecord } from '../entities/changeRecord';
import { eq, key, searchText, textFilters } from '../entities/search';
import { requireRole, WRITERS } from '../http/authorize';
import { declare } from '../http/declare';
import { requireIfMatch } from '../http/parse';
import { created, okJson } from '../http/responses';
import type { Filter, IndexFields } from '../store/types';
import { providerSummaryPageJson } from './providerSummaries';
import { resourceFunctions } from './resource';

type ProviderFilterValues = Omit<z.infer<z.ZodObject<typeof ProviderFilters>>, 'sort'>;

/** The index field each search order reads. */
const SORT_FIELDS: Record<ProviderSort, string> = { name: 'name', rate: 'minDayRate', negotiated: 'negotiatedAt' };

const DAYS_PER_MONTH = 365 / 12;

/** A rate as kr. per day (døgn), for comparing day and month rates; other types have no day equivalent. */
function dayEquivalent(rate: Rate): number | undefined {
  if (rate.type === 'day') return rate.amount;
  if (rate.type === 'month') return rate.amount / DAYS_PER_MONTH;
  return undefined;
}

export function providerIndex(provider: Provider): IndexFields {
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

/** The store filters of a search, most selective first: the stores check them in this order, cheapest kind first. */
export function providerFilters(query: ProviderFilterValues, today: string): Filter[] {
  const cutoff = query.negotiatedWithinMonths && addMonths(today, -query.negotiatedWithinMonths);
  return [
    ...eq('region', query.region),
    ...eq('paragraph', query.paragraph),
    ...eq('municipality', query.municipality && key(query.municipality)),
    ...eq('targetGroup', query.targetGroup && key(query.targetGroup)),
    ...eq('ownership', query.ownership),
    ...textFilters(query.q),
    ...(query.maxRate === undefined ? [] : [{ field: 'minDayRate', op: 'lte' as const, value: query.maxRate }]),
    ...(query.minRate === undefined ? [] : [{ field: 'maxDayRate', op: 'gte' as const, value: query.minRate }]),
    ...(cutoff ? [{ field: 'negotiatedAt', op: 'gte' as const, value: cutoff }] : []),
  ];
}

/** GET /api/providers: one page of summaries in the chosen order. */
export const listProviders = declare('providers-list', providerRoutes.list, async ({ query, user, services }) => {
  const { limit, continuationToken, sort, ...filters } = query;
  const page = await services.store.list<Provider>(user.tenantId, 'provider', {
    filters: providerFilters(filters, isoDateOf(services.now())),
    orderBy: SORT_FIELDS[sort ?? 'name'],
    limit,
    continuationToken,
  });
  return okJson(providerSummaryPageJson(page));
});

const standard = resourceFunctions({
  name: 'providers',
  kind: 'provider',
  noun: 'Leverandøren',
  routes: providerRoutes,
  input: ProviderInput,
  serverFields: ProviderServerFields,
  writers: WRITERS.providers,
  index: providerIndex,
  orderBy: 'name',
  filters: (query: ProviderFilterValues) => providerFilters(query, isoDateOf(new Date())),
  describe: (provider: Provider) => `${provider.name} (CVR ${provider.cvr})`,
  initial: () => ({ qualityNotes: [] }),
});

export const addProviderNote = declare('providers-add-note', providerRoutes.addNote, async (call) => {
  const { params, body, user, request, services } = call;
  requireRole(user, WRITERS.qualityNotes);
  const { entity, etag } = await changeRecord<Provider>(services, user, {
    kind: 'provider',
    id: params.id,
    noun: 'Leverandøren',
    index: providerIndex,
    ifMatch: request.headers.get('if-match') ? requireIfMatch(request) : undefined,
    apply: (current, now) => {
      const note = { id: randomUUID(), text: body.text, author: userRef(user), createdAt: now.toISOString() };
      return { ...current, qualityNotes: [...current.qualityNotes, note] };
    },
    audit: () => ({ action: 'note', summary: 'Kvalitetsnote tilføjet' }),
  });
  return created(entity, `/api/providers/${params.id}`, etag);
});

/** The standard routes with the summary search in place of the plain list. */
export const routes = [
  listProviders,
  ...standard.filter((declaration) => declaration.name !== 'providers-list'),
  addProviderNote,
];
