// Invoices: finance registers a contract's invoices, each checked against the contract and KL's regulation rates.
import { randomUUID } from 'node:crypto';

import { invoiceRoutes } from '@koberollen/shared/api/invoices.contract';
import type { Contract } from '@koberollen/shared/domain/contract';
import { type Invoice, InvoiceInput } from '@koberollen/shared/domain/invoice';
import { ConflictError, NotFoundError, RuleViolationError, ValidationError } from '@koberollen/shared/errors';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { checkInvoice } from '@koberollen/shared/rules/invoiceCheck';
import { uncheckableLines } from '@koberollen/shared/rules/invoiceRates';
import { statusOf } from '@koberollen/shared/rules/invoiceSummary';

import { declare, type LoadScope } from '../http/declare';
import { created, okDocument, okPage } from '../http/responses';
import { invoiceFields, invoiceIndex } from '../indexes/invoice';
import { auditOp, createdStamp, updatedStamp, userRef } from '../records/audit';
import { readSettings } from '../records/collect';
import { registerCreditNote } from '../records/creditNotes';
import { contractHistory } from '../records/invoiceHistory';
import { invoiceSpendOps } from '../records/invoiceSpend';
import { writeAgainOnShared } from '../records/writeAgain';
import type { Services } from '../services';
import type { Filter } from '../store/types';
import { ownRecord } from './resource';

const CONTRACT = 'Kontrakten';

async function listInvoices(
  services: Services,
  tenantId: string,
  filters: Filter[],
  paging: { limit: number; continuationToken?: string },
) {
  const page = await services.store.list<Invoice>(tenantId, 'invoice', {
    filters,
    orderBy: invoiceFields.order('deviatingFirst'),
    ...paging,
  });
  return okPage(page);
}

const ownContract = ownRecord<Contract>('contract', CONTRACT);

export const listContractInvoices = declare(
  'invoices-list-contract',
  invoiceRoutes.listForContract,
  ownContract,
  (call) => {
    const { params, query, user, services } = call;
    return listInvoices(services, user.tenantId, invoiceFields.eq('contractId', params.id), query);
  },
);

export const listAllInvoices = declare('invoices-list', invoiceRoutes.list, async ({ query, user, services }) => {
  const { status, contractId, providerId, ...paging } = query;
  const filters = [
    ...invoiceFields.eq('status', status),
    ...invoiceFields.eq('contractId', contractId),
    ...invoiceFields.eq('providerId', providerId),
  ];
  return listInvoices(services, user.tenantId, filters, paging);
});

/** A loader of the invoice the path names, under the contract the path names (404 under any other). */
async function ownInvoice({ params, user, services }: LoadScope<{ id: string; invoiceId: string }>) {
  const doc = await services.store.get<Invoice>(user.tenantId, 'invoice', params.invoiceId);
  if (!doc || doc.body.contractId !== params.id) throw new NotFoundError('Fakturaen findes ikke.');
  return doc;
}

export const getInvoice = declare('invoices-get', invoiceRoutes.get, ownInvoice, ({ record }) =>
  Promise.resolve(okDocument(record)),
);

export const resolveInvoice = declare('invoices-resolve', invoiceRoutes.resolve, ownInvoice, async (call) => {
  const { body, user, ifMatch, record, services } = call;
  const invoice = record.body;
  if (invoice.status === 'matching')
    throw new RuleViolationError('Fakturaen stemmer med kontrakten; der er ingen afvigelse at afklare.');
  if (invoice.status === 'resolved') throw new ConflictError('Afvigelsen er allerede afklaret.');
  const now = services.now();
  const resolved: Invoice = {
    ...invoice,
    ...updatedStamp(invoice, user, now),
    status: 'resolved',
    resolution: { note: body.note, by: userRef(user), at: now.toISOString() },
  };
  const version = ifMatch ?? record.etag;
  const [doc] = await writeAgainOnShared(
    services.store,
    user.tenantId,
    async () => [
      {
        op: 'replace',
        kind: 'invoice',
        id: invoice.id,
        body: resolved,
        index: invoiceIndex(resolved),
        ifMatch: version,
      },
      ...(await invoiceSpendOps(services.store, user.tenantId, [resolved], isoDateOf(now))),
      auditOp(user, now, {
        action: 'update',
        entityKind: 'invoice',
        entityId: invoice.id,
        summary: `Afvigelsen på faktura ${invoice.invoiceNumber} afklaret: ${body.note}`,
      }),
    ],
    async () => (await services.store.get(user.tenantId, 'invoice', invoice.id))?.etag === version,
  );
  return okDocument(doc!);
});

export const createInvoice = declare('invoices-create', invoiceRoutes.create, ownContract, async (call) => {
  const { params, body, user, record: contract, services } = call;
  const input = InvoiceInput.parse(body);
  const { providerId } = contract.body;
  const duplicates = await services.store.count(user.tenantId, 'invoice', [
    ...invoiceFields.eq('providerId', providerId),
    ...invoiceFields.eq('invoiceNumber', input.invoiceNumber),
  ]);
  if (duplicates > 0)
    throw new ConflictError(`Faktura ${input.invoiceNumber} fra leverandøren er allerede registreret.`);
  const { creditsInvoiceId } = input;
  if (creditsInvoiceId !== undefined) {
    const note = await registerCreditNote(services, user, contract, { ...input, creditsInvoiceId });
    return created(note.body, `/api/contracts/${params.id}/invoices/${note.id}`, note.etag);
  }
  const uncheckable = uncheckableLines(input, contract.body);
  if (Object.keys(uncheckable).length > 0)
    throw new ValidationError('Fakturaen kan ikke kontrolleres mod kontrakten.', uncheckable);
  const [settings, history] = await Promise.all([
    readSettings(services.store, user.tenantId),
    contractHistory(services.store, user.tenantId, params.id),
  ]);
  const check = checkInvoice({
    invoice: input,
    contract: contract.body,
    klRates: settings?.regulationRates ?? [],
    ...history,
  });
  const now = services.now();
  const id = randomUUID();
  const invoice: Invoice = {
    ...input,
    id,
    ...createdStamp(user, now),
    contractId: params.id,
    providerId,
    status: statusOf(check),
    check,
  };
  const verdict = invoice.status === 'matching' ? 'stemmer med kontrakten' : 'afviger fra kontrakten';
  // The id is new: a conflict is on the contract's spend, kept in step with its invoices.
  const [doc] = await writeAgainOnShared(
    services.store,
    user.tenantId,
    async () => [
      { op: 'create', kind: 'invoice', id, body: invoice, index: invoiceIndex(invoice) },
      ...(await invoiceSpendOps(services.store, user.tenantId, [invoice], isoDateOf(now))),
      auditOp(user, now, {
        action: 'create',
        entityKind: 'invoice',
        entityId: id,
        summary: `Faktura ${input.invoiceNumber} registreret: ${verdict}`,
      }),
    ],
    async () => !(await services.store.get(user.tenantId, 'invoice', id)),
  );
  return created(invoice, `/api/contracts/${params.id}/invoices/${id}`, doc!.etag);
});

export const routes = [listContractInvoices, createInvoice, getInvoice, resolveInvoice, listAllInvoices];
