// Writes of a credit note (kreditnota): the note, the contract's invoices checked again, spend and audit in one batch.
import { randomUUID } from 'node:crypto';

import type { Contract, Milestone } from '@koberollen/shared/domain/contract';
import type { Invoice, InvoiceInput } from '@koberollen/shared/domain/invoice';
import type { RegulationRate } from '@koberollen/shared/domain/settings';
import type { User } from '@koberollen/shared/domain/user';
import { ValidationError } from '@koberollen/shared/errors';
import { creditNoteErrors, isCreditNote } from '@koberollen/shared/rules/creditNote';
import { checksAfterCredit, creditNoteCheck } from '@koberollen/shared/rules/creditRecheck';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { formatKr } from '@koberollen/shared/rules/format';

import { invoiceFields, invoiceIndex } from '../indexes/invoice';
import { milestoneFields } from '../indexes/milestone';
import type { Services } from '../services';
import type { StoredDoc, WriteOp } from '../store/types';
import { auditOp, createdStamp, updatedStamp } from './audit';
import { collectAll, collectAllDocs, readSettings } from './collect';
import { invoiceSpendOps } from './invoiceSpend';
import { writeAgainOnShared } from './writeAgain';

/** The ops that store the rechecked invoices, each against the version read, with its audit entry (`note` names the credit note). */
export function recheckOps(
  user: User,
  now: Date,
  rechecked: Invoice[],
  etags: Map<string, string>,
  note: string,
): WriteOp[] {
  return rechecked.flatMap((invoice): WriteOp[] => {
    const verdict = invoice.status === 'matching' ? 'stemmer nu med kontrakten' : 'afviger stadig fra kontrakten';
    const stamped = { ...invoice, ...updatedStamp(invoice, user, now) };
    return [
      {
        op: 'replace',
        kind: 'invoice',
        id: invoice.id,
        body: stamped,
        index: invoiceIndex(stamped),
        ifMatch: etags.get(invoice.id),
      },
      auditOp(user, now, {
        action: 'update',
        entityKind: 'invoice',
        entityId: invoice.id,
        summary: `Faktura ${invoice.invoiceNumber} kontrolleret igen efter kreditnota ${note}: ${verdict}`,
      }),
    ];
  });
}

/** The contract's invoices with their versions, and its special-rate reviews not done. */
export async function invoiceDocsOf(services: Services, tenantId: string, contractId: string) {
  const [docs, milestones] = await Promise.all([
    collectAllDocs<Invoice>(services.store, tenantId, 'invoice', invoiceFields.eq('contractId', contractId)),
    collectAll<Milestone>(services.store, tenantId, 'milestone', [
      ...milestoneFields.eq('contractId', contractId),
      ...milestoneFields.eq('kind', 'specialRateReview'),
    ]),
  ]);
  return { docs, reviews: milestones.filter((m) => m.status !== 'done') };
}

/**
 * After credit notes imported with `fresh` (the new invoices and credit notes of one write): the invoices of their
 * contracts checked again, as after one registered by hand. Returns the fresh invoices with their checks brought up
 * to date, the registered ones whose check changed, and the ops storing those with audit.
 */
export async function recheckAfterCredits(
  services: Services,
  user: User,
  now: Date,
  fresh: Invoice[],
  context: { contracts: Map<string, Contract>; klRates: RegulationRate[] },
): Promise<{ fresh: Invoice[]; rechecked: Invoice[]; ops: WriteOp[] }> {
  const notes = fresh.filter(isCreditNote);
  const contractIds = [...new Set(notes.map((note) => note.contractId))];
  const changed = new Map<string, Invoice>();
  const ops: WriteOp[] = [];
  const rechecked: Invoice[] = [];
  for (const contractId of contractIds) {
    const { docs, reviews } = await invoiceDocsOf(services, user.tenantId, contractId);
    const mine = fresh.filter((invoice) => invoice.contractId === contractId);
    const all = [...docs.map((doc) => doc.body), ...mine];
    const contract = context.contracts.get(contractId)!;
    const after = checksAfterCredit({ invoices: all, contract, klRates: context.klRates, reviews });
    const stored = after.filter((invoice) => docs.some((doc) => doc.id === invoice.id));
    for (const invoice of after) if (!stored.includes(invoice)) changed.set(invoice.id, invoice);
    const etags = new Map(docs.map((doc) => [doc.id, doc.etag]));
    const names = notes.filter((note) => note.contractId === contractId).map((note) => note.invoiceNumber);
    ops.push(...recheckOps(user, now, stored, etags, names.join(', ')));
    rechecked.push(...stored);
  }
  return { fresh: fresh.map((invoice) => changed.get(invoice.id) ?? invoice), rechecked, ops };
}

/**
 * Registers a credit note on the contract: refused (400, naming the field) when it credits an invoice of another
 * contract, a credit note, days outside the invoice or more than it billed. Otherwise the note is stored as matching
 * with its amounts negative, the contract's invoices that billed credited days twice are checked again (one whose only
 * deviation was credited now matches), and the contract's spend is brought in step, all in one batch with audit.
 */
export async function registerCreditNote(
  services: Services,
  user: User,
  contract: StoredDoc<Contract>,
  input: InvoiceInput & { creditsInvoiceId: string },
): Promise<StoredDoc<Invoice>> {
  const { tenantId } = user;
  const now = services.now();
  const id = randomUUID();
  const build = async (): Promise<WriteOp[]> => {
    const [{ docs, reviews }, settings] = await Promise.all([
      invoiceDocsOf(services, tenantId, contract.id),
      readSettings(services.store, tenantId),
    ]);
    const invoices = docs.map((doc) => doc.body);
    const credited =
      invoices.find((invoice) => invoice.id === input.creditsInvoiceId) ??
      (await services.store.get<Invoice>(tenantId, 'invoice', input.creditsInvoiceId))?.body;
    const errors = creditNoteErrors(input, credited, contract.id, invoices.filter(isCreditNote));
    if (Object.keys(errors).length > 0) throw new ValidationError('Kreditnotaen kan ikke registreres.', errors);
    const note: Invoice = {
      ...input,
      id,
      ...createdStamp(user, now),
      contractId: contract.id,
      providerId: contract.body.providerId,
      status: 'matching',
      check: creditNoteCheck(input, credited!.invoiceNumber),
      creditsInvoiceNumber: credited!.invoiceNumber,
    };
    const rechecked = checksAfterCredit({
      invoices: [...invoices, note],
      contract: contract.body,
      klRates: settings?.regulationRates ?? [],
      reviews,
    });
    const etags = new Map(docs.map((doc) => [doc.id, doc.etag]));
    return [
      { op: 'create', kind: 'invoice', id, body: note, index: invoiceIndex(note) },
      auditOp(user, now, {
        action: 'create',
        entityKind: 'invoice',
        entityId: id,
        summary: `Kreditnota ${note.invoiceNumber} registreret: krediterer ${formatKr(-note.check.billedTotal)} på faktura ${note.creditsInvoiceNumber}`,
      }),
      ...recheckOps(user, now, rechecked, etags, note.invoiceNumber),
      ...(await invoiceSpendOps(services.store, tenantId, [note, ...rechecked], isoDateOf(now))),
    ];
  };
  const written = await writeAgainOnShared(
    services.store,
    tenantId,
    build,
    async () => !(await services.store.get(tenantId, 'invoice', id)),
  );
  return written[0] as StoredDoc<Invoice>;
}
