// A credit note registered by mistake, corrected or deleted: the note, the contract's invoices it touched checked
// again, spend and audit in one batch.
import type { Contract } from '@koberollen/shared/domain/contract';
import type { Invoice, InvoiceInput } from '@koberollen/shared/domain/invoice';
import type { User } from '@koberollen/shared/domain/user';
import { NotFoundError, RuleViolationError, ValidationError } from '@koberollen/shared/errors';
import { checksAfterCreditChange } from '@koberollen/shared/rules/creditChange';
import { creditNoteErrors, isCreditNote } from '@koberollen/shared/rules/creditNote';
import { creditNoteCheck } from '@koberollen/shared/rules/creditRecheck';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { formatKr } from '@koberollen/shared/rules/format';

import { invoiceIndex } from '../indexes/invoice';
import type { Services } from '../services';
import type { StoredDoc, WriteOp } from '../store/types';
import { auditOp, updatedStamp } from './audit';
import { readSettings } from './collect';
import { invoiceDocsOf, recheckOps } from './creditNotes';
import { invoiceSpendOps } from './invoiceSpend';
import { writeAgainOnShared } from './writeAgain';

export const NOT_A_CREDIT_NOTE =
  'Kun en kreditnota kan rettes eller slettes; en faktura står, som den blev registreret.';

/** The change: the note as it will stand (none when deleted). */
type Change = { kind: 'correct'; input: InvoiceInput } | { kind: 'delete' };

const period = (invoice: Pick<Invoice, 'periodFrom' | 'periodTo'>) => ({
  from: invoice.periodFrom,
  to: invoice.periodTo,
});

/** The note after the change, refused (400, naming the field) as a credit note registered by hand would be. */
function corrected(note: Invoice, input: InvoiceInput, invoices: Invoice[], user: User, now: Date): Invoice {
  const credited = invoices.find((invoice) => invoice.id === input.creditsInvoiceId);
  const earlier = invoices.filter((invoice) => isCreditNote(invoice) && invoice.id !== note.id);
  const errors = input.creditsInvoiceId
    ? creditNoteErrors(input, credited, note.contractId, earlier)
    : { creditsInvoiceId: 'En kreditnota skal kreditere en faktura.' };
  if (Object.keys(errors).length > 0) throw new ValidationError('Kreditnotaen kan ikke rettes.', errors);
  return {
    ...note,
    ...input,
    ...updatedStamp(note, user, now),
    check: creditNoteCheck(input, credited!.invoiceNumber),
    creditsInvoiceNumber: credited!.invoiceNumber,
  };
}

/**
 * Corrects or deletes the credit note `noteId` of the contract, against the version `ifMatch` (412 when it changed);
 * returns the corrected note as stored.
 * Refused when it is not a credit note (422), or when the correction breaks the credit-note rule (400). The contract's
 * invoices on the note's days before or after are checked again, and spend follows, in the same batch with audit.
 */
export async function changeCreditNote(
  services: Services,
  user: User,
  contract: StoredDoc<Contract>,
  target: { noteId: string; ifMatch: string },
  change: Change,
): Promise<StoredDoc<Invoice> | undefined> {
  const { tenantId } = user;
  const now = services.now();
  const build = async (): Promise<WriteOp[]> => {
    const [{ docs, reviews }, settings] = await Promise.all([
      invoiceDocsOf(services, tenantId, contract.id),
      readSettings(services.store, tenantId),
    ]);
    const doc = docs.find((d) => d.id === target.noteId);
    if (!doc) throw new NotFoundError('Kreditnotaen findes ikke.');
    const note = doc.body;
    if (!isCreditNote(note))
      throw new RuleViolationError(
        'Kun en kreditnota kan rettes eller slettes; en faktura står, som den blev registreret.',
      );
    const others = docs.map((d) => d.body).filter((invoice) => invoice.id !== note.id);
    const after = change.kind === 'correct' ? corrected(note, change.input, others, user, now) : undefined;
    const rechecked = checksAfterCreditChange({
      invoices: after ? [...others, after] : others,
      contract: contract.body,
      klRates: settings?.regulationRates ?? [],
      reviews,
      periods: after ? [period(note), period(after)] : [period(note)],
    });
    const etags = new Map(docs.map((d) => [d.id, d.etag]));
    const noteOp: WriteOp = after
      ? {
          op: 'replace',
          kind: 'invoice',
          id: note.id,
          body: after,
          index: invoiceIndex(after),
          ifMatch: target.ifMatch,
        }
      : { op: 'delete', kind: 'invoice', id: note.id, ifMatch: target.ifMatch };
    const credited = `${formatKr(-(after ?? note).check.billedTotal)} på faktura ${(after ?? note).creditsInvoiceNumber}`;
    // A deleted note counts for nothing in spend: passed on as one that does not count, its days drop out.
    const gone: Invoice = { ...note, status: 'deviating' };
    return [
      noteOp,
      auditOp(user, now, {
        action: after ? 'update' : 'delete',
        entityKind: 'invoice',
        entityId: note.id,
        summary: after
          ? `Kreditnota ${after.invoiceNumber} rettet: krediterer nu ${credited}`
          : `Kreditnota ${note.invoiceNumber} slettet: krediterede ${credited}`,
      }),
      ...recheckOps(user, now, rechecked, etags, (after ?? note).invoiceNumber),
      ...(await invoiceSpendOps(services.store, tenantId, [after ?? gone, ...rechecked], isoDateOf(now))),
    ];
  };
  const [written] = await writeAgainOnShared(services.store, tenantId, build, async () => {
    const current = await services.store.get(tenantId, 'invoice', target.noteId);
    return current?.etag === target.ifMatch;
  });
  return change.kind === 'correct' ? (written as StoredDoc<Invoice>) : undefined;
}
