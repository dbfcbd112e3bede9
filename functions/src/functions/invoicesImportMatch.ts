// Finds each imported row's contract: by its id, or by its case's reference and the provider's CVR; and the
// invoices already registered under an invoice number and CVR. Reads only, each record once per import.
import type { Case } from '@koberollen/shared/domain/case';
import type { Contract } from '@koberollen/shared/domain/contract';
import type { Invoice } from '@koberollen/shared/domain/invoice';
import type { Provider } from '@koberollen/shared/domain/provider';
import { inClosedPeriod } from '@koberollen/shared/rules/dates';

import { cellError } from '../import/columns';
import { caseFields } from '../indexes/case';
import { contractFields } from '../indexes/contract';
import { invoiceFields } from '../indexes/invoice';
import { collectAll } from '../records/collect';
import { key } from '../records/search';
import type { Repository } from '../store/types';
import { INVOICE_COLUMNS, type InvoiceColumnKey, invoiceKey, type InvoiceRow } from './invoicesImportColumns';

/** A row's contract, or the error (naming row and column) why it has none. */
export type ContractMatch = { contract: Contract } | { error: string };

function memo<T>(load: (id: string) => Promise<T>): (id: string) => Promise<T> {
  const seen = new Map<string, Promise<T>>();
  return (id) => {
    let found = seen.get(id);
    if (!found) seen.set(id, (found = load(id)));
    return found;
  };
}

/** Invoice numbers asked for in one query. */
const NUMBERS_PER_QUERY = 100;

/** Looks up contracts, providers' CVR numbers and registered invoices of one tenant for an import. */
export function importLookup(store: Repository, tenantId: string) {
  const contractById = memo(async (id) => (await store.get<Contract>(tenantId, 'contract', id))?.body);
  const cvrOf = memo(async (id) => (await store.get<Provider>(tenantId, 'provider', id))?.body.cvr);
  const contractsOfCase = memo(async (reference) => {
    const cases = await collectAll<Case>(store, tenantId, 'case', caseFields.eq('reference', key(reference)));
    const perCase = await Promise.all(
      cases.map((c) => collectAll<Contract>(store, tenantId, 'contract', contractFields.eq('caseId', c.id))),
    );
    return perCase.flat();
  });
  const fail = (row: InvoiceRow, column: InvoiceColumnKey, message: string): ContractMatch => ({
    error: cellError(INVOICE_COLUMNS, column, row.row, message),
  });

  async function matchContract(row: InvoiceRow): Promise<ContractMatch> {
    if ('id' in row.contract) {
      const contract = await contractById(row.contract.id);
      if (!contract) return fail(row, 'contractId', `ingen kontrakt har id »${row.contract.id}«.`);
      const cvr = await cvrOf(contract.providerId);
      if (cvr !== row.cvr)
        return fail(row, 'cvr', `kontrakten »${contract.title}« er indgået med leverandøren med CVR ${cvr ?? '–'}.`);
      return { contract };
    }
    const reference = row.contract.caseReference;
    const onCase = await contractsOfCase(reference);
    const cvrs = await Promise.all(onCase.map((c) => cvrOf(c.providerId)));
    const withProvider = onCase.filter((_, i) => cvrs[i] === row.cvr);
    if (withProvider.length === 0) {
      const message =
        onCase.length === 0
          ? `ingen kontrakt hører til sagen »${reference}«.`
          : `sagen »${reference}« har ingen kontrakt med leverandøren med CVR ${row.cvr}.`;
      return fail(row, 'caseReference', message);
    }
    const inForce = withProvider.filter((c) => inClosedPeriod(row.periodFrom, c.startDate, c.endDate));
    // Of several contracts with the provider on the case, the one in force on the period's first day.
    const chosen = withProvider.length === 1 ? withProvider : inForce;
    if (chosen.length === 1) return { contract: chosen[0]! };
    return fail(
      row,
      'caseReference',
      `sagen »${reference}« har ${withProvider.length} kontrakter med leverandøren med CVR ${row.cvr}, og ${inForce.length} af dem gælder i perioden. Angiv kolonnen »Kontrakt-id«.`,
    );
  }

  /**
   * The invoices registered under these numbers and CVRs, by `invoiceKey`: one indexed query per 100 numbers,
   * so a file of thousands of invoices reads a few pages rather than one query per invoice.
   */
  async function registeredAll(keys: { invoiceNumber: string; cvr: string }[]): Promise<Map<string, Invoice>> {
    const numbers = [...new Set(keys.map((k) => k.invoiceNumber))];
    const chunks = Array.from({ length: Math.ceil(numbers.length / NUMBERS_PER_QUERY) }, (_, i) =>
      numbers.slice(i * NUMBERS_PER_QUERY, (i + 1) * NUMBERS_PER_QUERY),
    );
    const found = (
      await Promise.all(
        chunks.map((chunk) =>
          collectAll<Invoice>(store, tenantId, 'invoice', invoiceFields.oneOf('invoiceNumber', chunk)),
        ),
      )
    ).flat();
    const cvrs = await Promise.all(found.map((invoice) => cvrOf(invoice.providerId)));
    const wanted = new Set(keys.map((k) => invoiceKey(k.invoiceNumber, k.cvr)));
    const byKey = new Map<string, Invoice>();
    found.forEach((invoice, i) => {
      const k = invoiceKey(invoice.invoiceNumber, cvrs[i] ?? '');
      if (wanted.has(k) && !byKey.has(k)) byKey.set(k, invoice);
    });
    return byKey;
  }

  return { matchContract, registeredAll };
}
