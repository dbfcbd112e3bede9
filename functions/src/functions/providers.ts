// The provider catalogue: search answering summaries, CRUD for procurement and negotiators, case workers' notes.
import { randomUUID } from 'node:crypto';

import type { z } from 'zod';

import { ProviderFilters, providerRoutes, type ProviderSort } from '@koberollen/shared/api/providers.contract';
import { type Provider, ProviderInput, ProviderServerFields } from '@koberollen/shared/domain/provider';
import { addMonths, isoDateOf } from '@koberollen/shared/rules/dates';

import { declare } from '../http/declare';
import { created, okItems } from '../http/responses';
import { providerFields, providerIndex } from '../indexes/provider';
import { userRef } from '../records/audit';
import { changeRecord } from '../records/changeRecord';
import { key, textFilters } from '../records/search';
import { summaryPage } from '../records/summaryPage';
import type { Filter } from '../store/types';
import { providerContractOps } from './contractParties';
import { providerSummary } from './providerSummaries';
import { ownRecord, resourceFunctions } from './resource';

type ProviderFilterValues = Omit<z.infer<z.ZodObject<typeof ProviderFilters>>, 'sort'>;

/** The index field each search order reads. */
const SORT_FIELDS: Record<ProviderSort, string> = {
  name: providerFields.order('name'),
  rate: providerFields.order('minDayRate'),
  negotiated: providerFields.order('negotiatedAt'),
};

/** The store filters of a search, most selective first: the stores check them in this order, cheapest kind first. */
export function providerFilters(query: ProviderFilterValues, today: string): Filter[] {
  const cutoff = query.negotiatedWithinMonths && addMonths(today, -query.negotiatedWithinMonths);
  return [
    ...providerFields.eq('region', query.region),
    ...providerFields.eq('paragraph', query.paragraph),
    ...providerFields.eq('municipality', query.municipality && key(query.municipality)),
    ...providerFields.eq('targetGroup', query.targetGroup && key(query.targetGroup)),
    ...providerFields.eq('ownership', query.ownership),
    ...textFilters(query.q),
    ...(query.maxRate === undefined ? [] : providerFields.bound('minDayRate', 'lte', query.maxRate)),
    ...(query.minRate === undefined ? [] : providerFields.bound('maxDayRate', 'gte', query.minRate)),
    ...(cutoff ? providerFields.bound('negotiatedAt', 'gte', cutoff) : []),
  ];
}

/** GET /api/providers: one page of summaries in the chosen order. */
export const listProviders = declare('providers-list', providerRoutes.list, async ({ query, user, services }) => {
  const { limit, continuationToken, sort, ...filters } = query;
  const today = isoDateOf(services.now());
  const page = await summaryPage(
    services.store,
    user.tenantId,
    'provider',
    {
      filters: providerFilters(filters, today),
      orderBy: SORT_FIELDS[sort ?? 'name'],
      limit,
      continuationToken,
    },
    providerSummary,
  );
  return okItems(page.items, page.continuationToken);
});

const standard = resourceFunctions({
  name: 'providers',
  kind: 'provider',
  noun: 'Leverandøren',
  routes: providerRoutes,
  input: ProviderInput,
  serverFields: ProviderServerFields,
  index: providerIndex,
  orderBy: providerFields.order('name'),
  filters: (query: ProviderFilterValues) => providerFilters(query, isoDateOf(new Date())),
  describe: (provider: Provider) => `${provider.name} (CVR ${provider.cvr})`,
  initial: () => ({ qualityNotes: [] }),
  companions: providerContractOps,
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

/** The standard routes with the summary search in place of the plain list. */
export const routes = [
  listProviders,
  ...standard.filter((declaration) => declaration.name !== 'providers-list'),
  addProviderNote,
];
