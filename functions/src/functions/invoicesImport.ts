// Import of invoices from XLSX or CSV (preview or write; every row checked before anything is written; idempotent by
// invoice number and CVR), and the template with the column headers.
import { randomUUID } from 'node:crypto';

import {
  type InvoiceImportReport,
  type InvoiceImportRow,
  invoiceRoutes,
} from '@koberollen/shared/api/invoices.contract';
import type { Invoice } from '@koberollen/shared/domain/invoice';
import type { User } from '@koberollen/shared/domain/user';
import { isCreditNote } from '@koberollen/shared/rules/creditNote';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { formatKr } from '@koberollen/shared/rules/format';
import { statusOf, summarizeInvoices } from '@koberollen/shared/rules/invoiceSummary';

import { declare } from '../http/declare';
import { ok } from '../http/responses';
import { readImportFile } from '../import/importFile';
import { capErrors, echo } from '../import/reportCap';
import { fileAnswer, writeSpreadsheet } from '../import/spreadsheet';
import { invoiceIndex } from '../indexes/invoice';
import { auditOp, createdStamp } from '../records/audit';
import { readSettings } from '../records/collect';
import { recheckAfterCredits } from '../records/creditNotes';
import { contractHistory } from '../records/invoiceHistory';
import { invoiceSpendOps } from '../records/invoiceSpend';
import { writeAgainOnShared } from '../records/writeAgain';
import type { WriteOp } from '../store/types';
import { INVOICE_COLUMNS, INVOICE_HEADERS, readInvoiceRow } from './invoicesImportColumns';
import { importLookup } from './invoicesImportMatch';
import { type MatchedRow, planInvoiceImport, type PlannedInvoice } from './invoicesImportPlan';

/** The planned invoices as stored, each with its verdict. */
function invoicesOf(user: User, now: Date, planned: PlannedInvoice[]): Invoice[] {
  return planned.map(({ id, input, contract, check, creditsInvoiceNumber }) => ({
    ...input,
    id,
    ...createdStamp(user, now),
    contractId: contract.id,
    providerId: contract.providerId,
    status: statusOf(check),
    check,
    ...(creditsInvoiceNumber ? { creditsInvoiceNumber } : {}),
  }));
}

/** What the audit says of an imported invoice or credit note. */
function importSummary(invoice: Invoice): string {
  if (isCreditNote(invoice))
    return `Kreditnota ${invoice.invoiceNumber} indlæst fra fil: krediterer ${formatKr(-invoice.check.billedTotal)} på faktura ${invoice.creditsInvoiceNumber}`;
  const verdict = invoice.status === 'matching' ? 'stemmer med kontrakten' : 'afviger fra kontrakten';
  return `Faktura ${invoice.invoiceNumber} indlæst fra fil: ${verdict}`;
}

function writeOps(user: User, now: Date, invoices: Invoice[]): WriteOp[] {
  return invoices.flatMap((invoice): WriteOp[] => [
    { op: 'create', kind: 'invoice', id: invoice.id, body: invoice, index: invoiceIndex(invoice) },
    auditOp(user, now, {
      action: 'create',
      entityKind: 'invoice',
      entityId: invoice.id,
      summary: importSummary(invoice),
    }),
  ]);
}

export const importInvoices = declare('invoices-import', invoiceRoutes.import, async (call) => {
  const { query, user, request, services } = call;
  const { positions, rows } = await readImportFile(Buffer.from(await request.arrayBuffer()), INVOICE_COLUMNS);
  const read = rows.map((row) => readInvoiceRow(row, positions));
  const lookup = importLookup(services.store, user.tenantId);
  const valid = read.flatMap((result) => (result.ok ? [result.value] : []));
  const matched: MatchedRow[] = await Promise.all(
    valid.map(async (row) => ({ row, match: await lookup.matchContract(row) })),
  );
  const registered = await lookup.registeredAll(matched.map(({ row }) => row));
  const contractIds = [...new Set(matched.flatMap(({ match }) => ('contract' in match ? [match.contract.id] : [])))];
  const [settings, ...history] = await Promise.all([
    readSettings(services.store, user.tenantId),
    ...contractIds.map((id) => contractHistory(services.store, user.tenantId, id)),
  ]);
  const now = services.now();
  const plan = planInvoiceImport(matched, registered, {
    klRates: settings?.regulationRates ?? [],
    today: isoDateOf(now),
    histories: new Map(contractIds.map((id, i) => [id, history[i]!])),
    newId: randomUUID,
  });
  const planned = new Map(plan.outcomes.map((o) => [o.row, o]));
  const outcomes: InvoiceImportRow[] = read.map((result, i) =>
    result.ok
      ? planned.get(result.value.row)!
      : {
          row: result.row,
          status: 'error',
          invoiceNumber: echo(rows[i]!.cells[positions.invoiceNumber] ?? ''),
          cvr: echo(rows[i]!.cells[positions.cvr] ?? ''),
          errors: result.errors,
        },
  );
  const count = (status: InvoiceImportRow['status']) => outcomes.filter((r) => r.status === status).length;
  const counts = { new: count('new'), existing: count('existing'), error: count('error') };
  const dryRun = query.dryRun === 'true';
  const accepted = !dryRun && counts.error === 0;
  const write = accepted && plan.planned.length > 0;
  // The file's invoices registered before count in the spend written too: importing a file again after a write cut
  // short (Cosmos DB writes more than one batch one after another) brings their contracts' spend in step.
  if (accepted && (write || registered.size > 0)) {
    const built = invoicesOf(user, now, plan.planned);
    const ids = built.map((i) => i.id);
    const contracts = new Map(plan.planned.map(({ contract }) => [contract.id, contract]));
    const klRates = settings?.regulationRates ?? [];
    // The ids are new: a conflict is on the contracts' spend or an invoice a credit note rechecks; both are read again.
    await writeAgainOnShared(
      services.store,
      user.tenantId,
      async () => {
        const after = await recheckAfterCredits(services, user, now, built, { contracts, klRates });
        const counted = [...after.fresh, ...after.rechecked, ...registered.values()];
        return [
          ...writeOps(user, now, after.fresh),
          ...after.ops,
          ...(await invoiceSpendOps(services.store, user.tenantId, counted, isoDateOf(now))),
        ];
      },
      async () => (await services.store.getMany(user.tenantId, 'invoice', ids)).length === 0,
    );
  }
  const summary = summarizeInvoices(plan.planned.map(({ check }) => ({ status: statusOf(check), check })));
  const report: InvoiceImportReport = {
    dryRun,
    written: write,
    counts,
    summary,
    invoices: plan.invoices,
    ...capErrors(outcomes),
  };
  return ok(report);
});

export const invoiceImportTemplate = declare('invoices-import-template', invoiceRoutes.template, async ({ query }) =>
  fileAnswer(await writeSpreadsheet([INVOICE_HEADERS], query.format, 'Fakturaer'), query.format, 'fakturaer-skabelon'),
);

export const routes = [importInvoices, invoiceImportTemplate];
