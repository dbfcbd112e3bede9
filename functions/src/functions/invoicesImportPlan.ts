// Plans an invoice import: groups the rows into invoices by invoice number and CVR, checks each new invoice against
// its contract, and reports each row as new, existing or error. Pure: writes nothing.
import type { ImportedInvoice, InvoiceImportRow } from '@koberollen/shared/api/invoices.contract';
import type { Contract } from '@koberollen/shared/domain/contract';
import { type Invoice, type InvoiceCheck, InvoiceInput } from '@koberollen/shared/domain/invoice';
import type { RegulationRate } from '@koberollen/shared/domain/settings';
import { creditNoteCheck } from '@koberollen/shared/rules/creditRecheck';
import { checkInvoice } from '@koberollen/shared/rules/invoiceCheck';
import { uncheckableLines } from '@koberollen/shared/rules/invoiceRates';
import { statusOf } from '@koberollen/shared/rules/invoiceSummary';

import { cellError } from '../import/columns';
import type { InvoiceHistory } from '../records/invoiceHistory';
import { INVOICE_COLUMNS, type InvoiceColumnKey, invoiceKey, type InvoiceRow } from './invoicesImportColumns';
import { creditedBy, creditRowErrors, type KnownInvoice } from './invoicesImportCredit';
import type { ContractMatch } from './invoicesImportMatch';

/** A valid row with the contract found for it (or why none was). */
export interface MatchedRow {
  row: InvoiceRow;
  match: ContractMatch;
}

/** A new invoice to register. */
export interface PlannedInvoice {
  id: string;
  input: InvoiceInput;
  contract: Contract;
  check: InvoiceCheck;
  /** On a credit note: the number of the invoice it credits. */
  creditsInvoiceNumber?: string;
}

export interface InvoicePlan {
  outcomes: InvoiceImportRow[];
  planned: PlannedInvoice[];
  invoices: ImportedInvoice[];
}

const LINE_COLUMNS: Partial<Record<string, InvoiceColumnKey>> = {
  description: 'description',
  quantity: 'quantity',
  unitPrice: 'unitPrice',
  amount: 'amount',
  unit: 'unit',
  rateType: 'rateType',
};

/** Schema issues of the assembled invoice, each on the row and column it comes from. */
function issuesOf(group: MatchedRow[], issues: { path: PropertyKey[]; message: string }[]): Map<number, string[]> {
  const byRow = new Map<number, string[]>();
  for (const issue of issues) {
    const [first, index, field] = issue.path;
    const lineRow = first === 'lines' && typeof index === 'number' ? group[index]?.row : undefined;
    const row = lineRow ?? group[0]!.row;
    const column = lineRow ? LINE_COLUMNS[String(field)] : INVOICE_COLUMNS.find((c) => c.key === first)?.key;
    const text = column
      ? cellError(INVOICE_COLUMNS, column, row.row, issue.message)
      : `Række ${row.row}: ${issue.message}`;
    byRow.set(row.row, [...(byRow.get(row.row) ?? []), text]);
  }
  return byRow;
}

/** The rows of one invoice must agree on its contract and period; each row that does not is an error. */
function disagreements(group: MatchedRow[]): Map<number, string[]> {
  const errors = new Map<number, string[]>();
  const [head, ...rest] = group;
  for (const member of rest) {
    const { row } = member;
    const fail = (column: InvoiceColumnKey, message: string) =>
      errors.set(row.row, [...(errors.get(row.row) ?? []), cellError(INVOICE_COLUMNS, column, row.row, message)]);
    const where = `end i række ${head!.row.row}, hvor fakturaen ${row.invoiceNumber} også står`;
    const contractOf = (m: MatchedRow) => ('contract' in m.match ? m.match.contract.id : undefined);
    if (contractOf(member) && contractOf(head!) && contractOf(member) !== contractOf(head!))
      fail('contractId', `hører til en anden kontrakt ${where}.`);
    if (row.periodFrom !== head!.row.periodFrom) fail('periodFrom', `er en anden dato ${where}.`);
    if (row.periodTo !== head!.row.periodTo) fail('periodTo', `er en anden dato ${where}.`);
    if (row.creditsInvoiceNumber !== head!.row.creditsInvoiceNumber)
      fail('creditsInvoiceNumber', `krediterer en anden faktura ${where}.`);
  }
  return errors;
}

/** Lines the contract has no rate in force for, as errors on their rows' "Takstart" column. */
function uncheckable(group: MatchedRow[], contract: Contract, input: InvoiceInput): Map<number, string[]> {
  const errors = new Map<number, string[]>();
  for (const [field, message] of Object.entries(uncheckableLines(input, contract))) {
    const { row } = group[Number(field.split('.')[1])]!.row;
    const text = cellError(INVOICE_COLUMNS, 'rateType', row, message.charAt(0).toLowerCase() + message.slice(1));
    errors.set(row, [...(errors.get(row) ?? []), text]);
  }
  return errors;
}

const sameContent = (registered: Invoice, contract: Contract, input: InvoiceInput, creditsNumber?: string) =>
  registered.contractId === contract.id &&
  registered.creditsInvoiceNumber === creditsNumber &&
  registered.periodFrom === input.periodFrom &&
  registered.periodTo === input.periodTo &&
  JSON.stringify(registered.lines) === JSON.stringify(input.lines);

/**
 * Plans the rows in file order. `registered` holds the invoices already in the store by `invoiceKey`; an invoice
 * registered with the same contract, period and lines is `existing` (left as it is), with other content an error.
 * A new invoice with a line the contract has no rate for is an error; the others are checked as one registered by
 * hand, against `histories` (by contract id) and the new invoices of the same contract earlier in the file. A credit
 * note is held to the credit-note rule against the invoice it credits, registered or earlier in the file.
 */
export function planInvoiceImport(
  rows: MatchedRow[],
  registered: Map<string, Invoice>,
  context: { klRates: RegulationRate[]; today: string; histories: Map<string, InvoiceHistory>; newId: () => string },
): InvoicePlan {
  const { klRates, today, histories, newId } = context;
  const groups = new Map<string, MatchedRow[]>();
  for (const matched of rows) {
    const k = invoiceKey(matched.row.invoiceNumber, matched.row.cvr);
    groups.set(k, [...(groups.get(k) ?? []), matched]);
  }
  const outcomes = new Map<number, InvoiceImportRow>();
  const planned: PlannedInvoice[] = [];
  const invoices: ImportedInvoice[] = [];
  for (const [k, group] of groups) {
    const head = group[0]!;
    const errors = disagreements(group);
    for (const m of group)
      if ('error' in m.match) errors.set(m.row.row, [m.match.error, ...(errors.get(m.row.row) ?? [])]);
    const contract = 'contract' in head.match ? head.match.contract : undefined;
    const history = contract ? histories.get(contract.id) : undefined;
    const known: KnownInvoice[] = [
      ...(history?.others ?? []),
      ...planned
        .filter((p) => p.contract.id === contract?.id)
        .map((p) => ({ ...p.input, id: p.id, contractId: p.contract.id })),
    ];
    const creditsNumber = head.row.creditsInvoiceNumber;
    const credited = creditedBy(creditsNumber, known);
    const parsed = InvoiceInput.safeParse({
      invoiceNumber: head.row.invoiceNumber,
      periodFrom: head.row.periodFrom,
      periodTo: head.row.periodTo,
      receivedDate: head.row.receivedDate ?? today,
      lines: group.map((m) => m.row.line),
      notes: '',
      ...(credited ? { creditsInvoiceId: credited.id } : {}),
    });
    if (!parsed.success)
      for (const [row, texts] of issuesOf(group, parsed.error.issues))
        errors.set(row, [...(errors.get(row) ?? []), ...texts]);
    const already = registered.get(k);
    if (
      errors.size === 0 &&
      contract &&
      parsed.success &&
      already &&
      !sameContent(already, contract, parsed.data, creditsNumber)
    ) {
      const message = `fakturaen ${head.row.invoiceNumber} fra CVR ${head.row.cvr} er allerede registreret med en anden kontrakt, periode eller andre linjer.`;
      errors.set(head.row.row, [cellError(INVOICE_COLUMNS, 'invoiceNumber', head.row.row, message)]);
    }
    if (errors.size === 0 && contract && parsed.success && !already) {
      const found = creditsNumber
        ? creditRowErrors(group, parsed.data, credited, { contractId: contract.id, known })
        : uncheckable(group, contract, parsed.data);
      for (const [row, texts] of found) errors.set(row, texts);
    }
    const failed = errors.size > 0 || !contract || !parsed.success;
    const status = failed ? 'error' : already ? 'existing' : 'new';
    const rowsWithErrors = [...errors.keys()].join(', ');
    for (const { row } of group) {
      const own = errors.get(row.row) ?? [];
      outcomes.set(row.row, {
        row: row.row,
        status,
        invoiceNumber: row.invoiceNumber,
        cvr: row.cvr,
        ...(contract ? { contractId: contract.id, contractTitle: contract.title } : {}),
        errors: failed && own.length === 0 ? [`Række ${row.row}: fakturaen har fejl i række ${rowsWithErrors}.`] : own,
      });
    }
    if (status !== 'new' || !contract || !parsed.success) continue;
    const check = credited
      ? creditNoteCheck(parsed.data, credited.invoiceNumber)
      : checkInvoice({ invoice: parsed.data, contract, klRates, others: known, reviews: history?.reviews ?? [] });
    planned.push({
      id: newId(),
      input: parsed.data,
      contract,
      check,
      ...(credited ? { creditsInvoiceNumber: credited.invoiceNumber } : {}),
    });
    invoices.push({
      invoiceNumber: head.row.invoiceNumber,
      cvr: head.row.cvr,
      contractId: contract.id,
      contractTitle: contract.title,
      status: statusOf(check),
      billedTotal: check.billedTotal,
      difference: check.difference,
    });
  }
  return { outcomes: rows.map((m) => outcomes.get(m.row.row)!), planned, invoices };
}
