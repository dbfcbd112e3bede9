// Writes that keep the spend per month (see records/spend.ts) in step with invoices as they are about to be stored, in
// the same atomic batch: the days an invoice that counts as spend covers cost what it billed.
import type { Case } from '@koberollen/shared/domain/case';
import type { Contract } from '@koberollen/shared/domain/contract';
import type { Invoice } from '@koberollen/shared/domain/invoice';
import type { Provider } from '@koberollen/shared/domain/provider';
import { withInvoices } from '@koberollen/shared/rules/spendBilled';
import { yearWindow } from '@koberollen/shared/rules/spendMonths';

import type { Repository, WriteOp } from '../store/types';
import { readSettings } from './collect';
import { spendOf, spendOps } from './spend';

const byId = <T extends { id: string }>(docs: { body: T }[]) => new Map(docs.map((doc) => [doc.body.id, doc.body]));

/**
 * Writes that bring the spend of the invoices' contracts in step with the invoices as they are about to be stored
 * (new, or with a changed status). Reads the contracts, their providers and cases, the settings and the spend the
 * contracts keep; a conflict with a concurrent write to the same spend fails the batch (412/409), see writeAgain.ts.
 */
export async function invoiceSpendOps(
  store: Repository,
  tenantId: string,
  invoices: Invoice[],
  today: string,
): Promise<WriteOp[]> {
  const ofContract = new Map<string, Invoice[]>();
  for (const invoice of invoices)
    ofContract.set(invoice.contractId, [...(ofContract.get(invoice.contractId) ?? []), invoice]);
  const contracts = (await store.getMany<Contract>(tenantId, 'contract', [...ofContract.keys()])).map((d) => d.body);
  if (contracts.length === 0) return [];
  const [providers, cases, settings] = await Promise.all([
    store.getMany<Provider>(tenantId, 'provider', [...new Set(contracts.map((c) => c.providerId))]),
    store.getMany<Case>(tenantId, 'case', [...new Set(contracts.map((c) => c.caseId))]),
    readSettings(store, tenantId),
  ]);
  const parties = { providers: byId(providers), cases: byId(cases), municipality: settings?.name };
  const window = yearWindow(today);
  return spendOps(
    store,
    tenantId,
    contracts.map((c) => c.id),
    (kept) =>
      contracts.map((contract) => {
        const billed = withInvoices(kept.get(contract.id) ?? [], ofContract.get(contract.id) ?? []);
        return spendOf(contract, { ...parties, billed: new Map([[contract.id, billed]]) }, window);
      }),
  );
}
