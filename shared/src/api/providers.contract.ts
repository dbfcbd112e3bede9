// The provider catalogue (leverandørkatalog): search with filters, CRUD, and case workers' quality notes.
import { z } from 'zod';

import { ParagraphCode, Region } from '../domain/common';
import { Ownership, Provider, ProviderInput, ProviderServerFields, QualityNoteBody } from '../domain/provider';
import { deleteRoute, IdParams, resourceRoutes } from './resource.contract';
import { WRITERS } from './roles';
import { defineRoute } from './route';

export const ProviderFilters = {
  q: z.string().max(200).optional(),
  paragraph: ParagraphCode.optional(),
  targetGroup: z.string().max(100).optional(),
  region: Region.optional(),
  /** Highest day-equivalent rate (kr. per døgn) of at least one offer. */
  maxRate: z.coerce.number().nonnegative().optional(),
  ownership: Ownership.optional(),
};

export const providerRoutes = {
  ...resourceRoutes({
    path: '/api/providers',
    plural: 'providers',
    names: ['Provider', 'Providers'],
    writers: WRITERS.providers,
    input: ProviderInput,
    entity: Provider,
    serverFields: ProviderServerFields,
    filters: ProviderFilters,
  }),
  remove: deleteRoute('/api/providers', 'Delete a provider from the catalogue (If-Match required)', {
    operationId: 'deleteProvider',
    writers: WRITERS.providers,
  }),
  addNote: defineRoute({
    method: 'POST',
    path: '/api/providers/{id}/notes',
    operationId: 'addProviderNote',
    summary: "Add a case worker's quality note to a provider",
    access: 'user',
    roles: WRITERS.qualityNotes,
    ifMatch: 'optional',
    creates: true,
    params: IdParams,
    body: QualityNoteBody,
    responses: { 201: Provider },
  }),
};
