// Invoices (fakturaer): finance registers a contract's invoices, each checked against the contract on arrival.
import { z } from 'zod';

import { Id, pageOf, PagingQuery } from '../domain/common';
import { Invoice, InvoiceInput, InvoiceStatus } from '../domain/invoice';
import { IdParams } from './resource.contract';
import { WRITERS } from './roles';
import { defineRoute } from './route';

export const InvoiceParams = z.strictObject({ id: Id, invoiceId: Id });

export const invoiceRoutes = {
  listForContract: defineRoute({
    method: 'GET',
    path: '/api/contracts/{id}/invoices',
    operationId: 'listContractInvoices',
    summary: "List a contract's invoices, latest received first",
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
    summary: "List the municipality's invoices, e.g. those deviating from their contract",
    access: 'user',
    query: z.strictObject({ status: InvoiceStatus.optional(), ...PagingQuery }),
    responses: { 200: pageOf(Invoice) },
  }),
};
