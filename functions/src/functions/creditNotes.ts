// Credit notes registered by mistake: finance corrects or deletes one, and the invoices it touched are checked again.
import { invoiceRoutes } from '@koberollen/shared/api/invoices.contract';
import type { Contract } from '@koberollen/shared/domain/contract';
import { type Invoice, InvoiceInput } from '@koberollen/shared/domain/invoice';
import { ConflictError, NotFoundError, RuleViolationError } from '@koberollen/shared/errors';
import { isCreditNote } from '@koberollen/shared/rules/creditNote';

import { declare } from '../http/declare';
import { noContent, okDocument } from '../http/responses';
import { invoiceFields } from '../indexes/invoice';
import { changeCreditNote, NOT_A_CREDIT_NOTE } from '../records/creditNoteChange';
import type { Services } from '../services';
import { ownRecord } from './resource';

const ownContract = ownRecord<Contract>('contract', 'Kontrakten');

/** The credit note the path names under the contract: 404 when there is none, 422 when it is an invoice. */
async function creditNoteOf(services: Services, tenantId: string, contractId: string, id: string) {
  const doc = await services.store.get<Invoice>(tenantId, 'invoice', id);
  if (!doc || doc.body.contractId !== contractId) throw new NotFoundError('Kreditnotaen findes ikke.');
  if (!isCreditNote(doc.body)) throw new RuleViolationError(NOT_A_CREDIT_NOTE);
}

export const correctCreditNote = declare(
  'credit-notes-correct',
  invoiceRoutes.correctCreditNote,
  ownContract,
  async (call) => {
    const { params, body, user, ifMatch, record: contract, services } = call;
    const input = InvoiceInput.parse(body);
    await creditNoteOf(services, user.tenantId, contract.id, params.invoiceId);
    const sameNumber = await services.store.list(user.tenantId, 'invoice', {
      filters: [
        ...invoiceFields.eq('providerId', contract.body.providerId),
        ...invoiceFields.eq('invoiceNumber', input.invoiceNumber),
      ],
      limit: 2,
    });
    if (sameNumber.items.some((doc) => doc.id !== params.invoiceId))
      throw new ConflictError(`Faktura ${input.invoiceNumber} fra leverandøren er allerede registreret.`);
    const target = { noteId: params.invoiceId, ifMatch };
    const doc = await changeCreditNote(services, user, contract, target, { kind: 'correct', input });
    return okDocument(doc!);
  },
);

export const deleteCreditNote = declare(
  'credit-notes-delete',
  invoiceRoutes.deleteCreditNote,
  ownContract,
  async (call) => {
    const { params, user, ifMatch, record: contract, services } = call;
    await changeCreditNote(services, user, contract, { noteId: params.invoiceId, ifMatch }, { kind: 'delete' });
    return noContent();
  },
);

export const routes = [correctCreditNote, deleteCreditNote];
