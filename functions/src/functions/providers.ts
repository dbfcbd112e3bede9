// The provider catalogue: search with filters, CRUD for procurement and negotiators, quality notes from case workers.
import { randomUUID } from 'node:crypto';

import type { z } from 'zod';

import { ProviderFilters, providerRoutes } from '@koberollen/shared/api/providers.contract';
import { type Provider, ProviderInput, ProviderServerFields } from '@koberollen/shared/domain/provider';

import { declare } from '../http/declare';
import { created } from '../http/responses';
import { providerFields, providerIndex } from '../indexes/provider';
import { userRef } from '../records/audit';
import { changeRecord } from '../records/changeRecord';
import { key, textFilters } from '../records/search';
import { ownRecord, resourceFunctions } from './resource';

type ProviderFilterValues = z.infer<z.ZodObject<typeof ProviderFilters>>;

const standard = resourceFunctions({
  name: 'providers',
  kind: 'provider',
  noun: 'Leverandøren',
  routes: providerRoutes,
  input: ProviderInput,
  serverFields: ProviderServerFields,
  index: providerIndex,
  orderBy: providerFields.order('name'),
  // Most selective first: the stores check filters in this order, cheapest kind first.
  filters: (query: ProviderFilterValues) => [
    ...providerFields.eq('region', query.region),
    ...providerFields.eq('paragraph', query.paragraph),
    ...providerFields.eq('targetGroup', query.targetGroup && key(query.targetGroup)),
    ...providerFields.eq('ownership', query.ownership),
    ...textFilters(query.q),
    ...(query.maxRate === undefined ? [] : providerFields.bound('minDayRate', 'lte', query.maxRate)),
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
