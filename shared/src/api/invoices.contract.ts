// Invoices (fakturaer): finance registers a contract's invoices, each checked against the contract on arrival.
import { z } from 'zod';

import { Id, pageOf, PagingQuery } from '../domain/common';
import { Invoice, InvoiceInput, InvoiceStatus, ResolveInvoiceBody } from '../domain/invoice';
import { CSV_TYPE, FileFormat, XLSX_TYPE } from './providers.contract';
import { IdParams } from './resource.contract';
import { WRITERS } from './roles';
import { defineRoute } from './route';

export const InvoiceParams = z.strictObject({ id: Id, invoiceId: Id });

export const InvoiceFilters = {
  status: InvoiceStatus.optional(),
  contractId: Id.optional(),
  providerId: Id.optional(),
};

/** One row of an invoice import file: the invoice it belongs to, and what the import does with it. */
export const InvoiceImportRow = z.object({
  row: z.number().int(),
  /** `new`: the invoice will be (or was) registered; `existing`: already registered, left as it is. */
  status: z.enum(['new', 'existing', 'error']),
  invoiceNumber: z.string(),
  cvr: z.string(),
  contractId: z.string().optional(),
  contractTitle: z.string().optional(),
  errors: z.array(z.string()),
});
export type InvoiceImportRow = z.infer<typeof InvoiceImportRow>;

/** An invoice the file holds that is not registered yet, as the check finds it. */
export const ImportedInvoice = z.object({
  invoiceNumber: z.string(),
  cvr: z.string(),
  contractId: z.string(),
  contractTitle: z.string(),
  status: InvoiceStatus,
  billedTotal: z.number(),
  difference: z.number(),
});
export type ImportedInvoice = z.infer<typeof ImportedInvoice>;

export const InvoiceImportReport = z.object({
  dryRun: z.boolean(),
  /** True when the new invoices were written (never on a dry run or when any row has an error). */
  written: z.boolean(),
  counts: z.object({ new: z.number(), existing: z.number(), error: z.number() }),
  /** The new invoices checked, how many deviate, and the amount at stake (rows with errors left out). */
  summary: z.object({ checked: z.number(), deviating: z.number(), amountAtStake: z.number() }),
  invoices: z.array(ImportedInvoice),
  rows: z.array(InvoiceImportRow),
  /** Error messages left out after the first 100 (their rows keep the status `error`). */
  omittedErrors: z.number().int(),
});
export type InvoiceImportReport = z.infer<typeof InvoiceImportReport>;

export const invoiceRoutes = {
  listForContract: defineRoute({
    method: 'GET',
    path: '/api/contracts/{id}/invoices',
    operationId: 'listContractInvoices',
    summary: "List a contract's invoices, deviating ones first, then latest received first",
    access: 'user',
    params: IdParams,
    query: z.strictObject({ ...PagingQuery }),
    responses: { 200: pageOf(Invoice) },
  }),
  create: defineRoute({
    method: 'POST',
    path: '/api/contracts/{id}/invoices',
    operationId: 'createInvoice',
    summary: "Register an invoice for a contract and check it against the contract's rates (finance)",
    access: 'user',
    roles: WRITERS.invoices,
    creates: true,
    params: IdParams,
    body: InvoiceInput.strict(),
    responses: { 201: Invoice },
  }),
  resolve: defineRoute({
    method: 'POST',
    path: '/api/contracts/{id}/invoices/{invoiceId}/resolve',
    operationId: 'resolveInvoice',
    summary: 'Clear a deviating invoice with a note, e.g. a credit note received or an agreed add-on (finance)',
    access: 'user',
    roles: WRITERS.invoices,
    ifMatch: 'optional',
    params: InvoiceParams,
    body: ResolveInvoiceBody,
    responses: { 200: Invoice },
  }),
  correctCreditNote: defineRoute({
    method: 'PUT',
    path: '/api/contracts/{id}/invoices/{invoiceId}',
    operationId: 'correctCreditNote',
    summary:
      "Correct a credit note registered by mistake; the contract's invoices it touches are checked again (finance)",
    access: 'user',
    roles: WRITERS.invoices,
    ifMatch: 'required',
    params: InvoiceParams,
    body: InvoiceInput.strict(),
    responses: { 200: Invoice },
  }),
  deleteCreditNote: defineRoute({
    method: 'DELETE',
    path: '/api/contracts/{id}/invoices/{invoiceId}',
    operationId: 'deleteCreditNote',
    summary:
      "Delete a credit note registered by mistake; the contract's invoices it touched are checked again (finance)",
    access: 'user',
    roles: WRITERS.invoices,
    ifMatch: 'required',
    params: InvoiceParams,
    responses: { 204: z.undefined() },
  }),
  get: defineRoute({
    method: 'GET',
    path: '/api/contracts/{id}/invoices/{invoiceId}',
    operationId: 'getInvoice',
    summary: 'Read one invoice of a contract with its check',
    access: 'user',
    params: InvoiceParams,
    responses: { 200: Invoice },
  }),
  list: defineRoute({
    method: 'GET',
    path: '/api/invoices',
    operationId: 'listInvoices',
    summary: "List the municipality's invoices, deviating ones first, by status, contract or provider",
    access: 'user',
    query: z.strictObject({ ...InvoiceFilters, ...PagingQuery }),
    responses: { 200: pageOf(Invoice) },
  }),
  import: defineRoute({
    method: 'POST',
    path: '/api/invoices/import',
    operationId: 'importInvoices',
    summary: 'Import invoices from an XLSX or CSV file sent as the body (docs/import.md); dryRun=true previews',
    access: 'user',
    roles: WRITERS.invoices,
    query: z.strictObject({ dryRun: z.enum(['true', 'false']).optional() }),
    files: { body: [XLSX_TYPE, CSV_TYPE] },
    responses: { 200: InvoiceImportReport },
  }),
  template: defineRoute({
    method: 'GET',
    path: '/api/invoices/import/template',
    operationId: 'getInvoiceImportTemplate',
    summary: 'The empty invoice import template (the column headers) as XLSX or CSV',
    access: 'user',
    query: z.strictObject({ format: FileFormat.default('xlsx') }),
    files: { response: [XLSX_TYPE, CSV_TYPE] },
    responses: { 200: z.string() },
  }),
};
