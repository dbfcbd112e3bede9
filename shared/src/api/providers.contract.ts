// The provider catalogue (leverandørkatalog): search answering summaries, CRUD, quality notes, and file import.
import { z } from 'zod';

import { IsoDate, pageOf, PagingQuery, ParagraphCode, Region } from '../domain/common';
import { Ownership, Provider, ProviderInput, ProviderServerFields, QualityNoteBody } from '../domain/provider';
import { RateSource, RateType } from '../domain/rate';
import { deleteRoute, IdParams, resourceRoutes } from './resource.contract';
import { WRITERS } from './roles';
import { defineRoute } from './route';

/** The orders a search can be shown in: name, lowest day rate, or oldest negotiation first. */
export const ProviderSort = z.enum(['name', 'rate', 'negotiated']);
export type ProviderSort = z.infer<typeof ProviderSort>;

export const ProviderFilters = {
  /** Words in the name, CVR, town, offers, methods or target groups; Danish letters may be typed plainly. */
  q: z.string().max(200).optional(),
  paragraph: ParagraphCode.optional(),
  targetGroup: z.string().max(100).optional(),
  region: Region.optional(),
  municipality: z.string().max(100).optional(),
  ownership: Ownership.optional(),
  /** Lowest and highest day-equivalent rate (kr. per døgn) of at least one offer. */
  minRate: z.coerce.number().nonnegative().optional(),
  maxRate: z.coerce.number().nonnegative().optional(),
  /** Only providers with a price negotiated or set within this many months. */
  negotiatedWithinMonths: z.coerce.number().int().min(1).max(120).optional(),
  sort: ProviderSort.optional(),
};

/**
 * One rate as the result list shows it: the lowest rate in force of its kind across the provider's offers. `source`
 * is given only for a list price (Tilbudsportalen); a rate without it is negotiated, the usual case, which keeps a
 * page of results small.
 */
export const SummaryRate = z.object({
  type: RateType,
  amount: z.number(),
  negotiatedAt: IsoDate,
  source: z.literal(RateSource.enum.list).optional(),
});
export type SummaryRate = z.infer<typeof SummaryRate>;

/**
 * What a search result shows of a provider (the region is a filter, not repeated on each result); the whole record is
 * at GET /api/providers/{id}.
 */
export const ProviderSummary = z.object({
  id: z.string(),
  name: z.string(),
  cvr: z.string(),
  ownership: Ownership,
  municipality: z.string(),
  paragraphs: z.array(z.string()),
  places: z.number(),
  offers: z.array(z.object({ id: z.string(), name: z.string() })),
  rates: z.array(SummaryRate),
  supervision: z.object({ date: IsoDate, conclusion: z.string() }).optional(),
});
export type ProviderSummary = z.infer<typeof ProviderSummary>;

/** The outcome of one imported row. */
export const ImportRowOutcome = z.object({
  row: z.number().int(),
  status: z.enum(['new', 'changed', 'unchanged', 'error']),
  provider: z.string(),
  offer: z.string(),
  errors: z.array(z.string()),
});
export type ImportRowOutcome = z.infer<typeof ImportRowOutcome>;

export const ImportReport = z.object({
  dryRun: z.boolean(),
  /** True when the rows were written (never on a dry run or when any row has an error). */
  written: z.boolean(),
  counts: z.object({ new: z.number(), changed: z.number(), unchanged: z.number(), error: z.number() }),
  rows: z.array(ImportRowOutcome),
  /** Error messages left out after the first 100 (their rows keep the status `error`). */
  omittedErrors: z.number().int(),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv';
export const FileFormat = z.enum(['xlsx', 'csv']);
export type FileFormat = z.infer<typeof FileFormat>;

const standard = resourceRoutes({
  path: '/api/providers',
  plural: 'providers',
  names: ['Provider', 'Providers'],
  writers: WRITERS.providers,
  input: ProviderInput,
  entity: Provider,
  serverFields: ProviderServerFields,
  filters: ProviderFilters,
});

export const providerRoutes = {
  ...standard,
  list: defineRoute({
    ...standard.list,
    summary: 'List providers: a catalogue search whose items are the summaries a result list shows',
    query: z.strictObject({ ...ProviderFilters, ...PagingQuery }),
    responses: { 200: pageOf(ProviderSummary) },
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
  import: defineRoute({
    method: 'POST',
    path: '/api/providers/import',
    operationId: 'importProviders',
    summary: 'Import providers from an XLSX or CSV file sent as the body (docs/import.md); dryRun=true previews',
    access: 'user',
    roles: WRITERS.providers,
    query: z.strictObject({ dryRun: z.enum(['true', 'false']).optional() }),
    files: { body: [XLSX_TYPE, CSV_TYPE] },
    responses: { 200: ImportReport },
  }),
  export: defineRoute({
    method: 'GET',
    path: '/api/providers/export',
    operationId: 'exportProviders',
    summary: 'Export the providers a search finds as XLSX or CSV, in the import column map',
    access: 'user',
    query: z.strictObject({ ...ProviderFilters, format: FileFormat.default('xlsx') }),
    files: { response: [XLSX_TYPE, CSV_TYPE] },
    responses: { 200: z.string() },
  }),
  template: defineRoute({
    method: 'GET',
    path: '/api/providers/import/template',
    operationId: 'getProviderImportTemplate',
    summary: 'The empty import template (the column headers) as XLSX or CSV',
    access: 'user',
    query: z.strictObject({ format: FileFormat.default('xlsx') }),
    files: { response: [XLSX_TYPE, CSV_TYPE] },
    responses: { 200: z.string() },
  }),
};
