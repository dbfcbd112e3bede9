// Credit notes in the invoice import, on both stores: one crediting an invoice earlier in the same file or registered,
// the double billing it takes back checked again in the same write, spend as a full read has it, and a refused credit
// note that writes nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Contract, ContractRate } from '@koberollen/shared/domain/contract';
import type { Invoice } from '@koberollen/shared/domain/invoice';
import type { Provider } from '@koberollen/shared/domain/provider';
import { addDays, compareDates } from '@koberollen/shared/rules/dates';
import { formatDate } from '@koberollen/shared/rules/format';

import { dashboardOverview } from '../../functions/src/functions/analysis';
import { importInvoices } from '../../functions/src/functions/invoicesImport';
import { INVOICE_HEADERS } from '../../functions/src/functions/invoicesImportColumns';
import { seedTenant } from '../../functions/src/seed';
import { SqliteRepository } from '../../functions/src/store/sqlite';
import { startCosmosTestServer } from '../../functions/src/store/testing/cosmosServer';
import type { Repository } from '../../functions/src/store/types';
import { overviewFromFullRead } from './support/dashboardReference';
import { runAs } from './support/twoInstances';

jest.setTimeout(300_000);

const NOW = new Date('2026-03-15T10:00:00Z');
const TENANT = { id: 'import-credit', name: 'Kreditby Kommune' };
const SIZES = { providers: 3, cases: 6, contracts: 6, invoicedContracts: 0 };

interface Target {
  contract: Contract;
  rate: ContractRate;
  first: string;
  cvr: string;
}

/** A contract with an open-ended day rate in force for 30 days from its first day, and its provider's CVR. */
async function targetOf(store: Repository): Promise<Target> {
  const contracts = (await store.list<Contract>(TENANT.id, 'contract', { limit: 50 })).items.map((d) => d.body);
  const [found] = contracts.flatMap((contract) => {
    const rate = contract.rates.find((r) => r.type === 'day' && !r.validTo);
    if (!rate || contract.specialRate) return [];
    const first = compareDates(rate.validFrom, contract.startDate) > 0 ? rate.validFrom : contract.startDate;
    return contract.endDate && compareDates(addDays(first, 30), contract.endDate) > 0
      ? []
      : [{ contract, rate, first }];
  });
  const provider = await store.get<Provider>(TENANT.id, 'provider', found!.contract.providerId);
  return { ...found!, cvr: provider!.body.cvr };
}

const kr = (n: number) => n.toFixed(2).replace('.', ',');

/** A row billing (or, with a credited number and negative numbers, crediting) `days` days from day `from`. */
function row(t: Target, number: string, from: number, days: number, credits?: string): string[] {
  const sign = credits ? '-' : '';
  const cells: Record<string, string> = {
    Fakturanummer: number,
    Bilagstype: credits ? 'Kreditnota' : 'Faktura',
    'Krediterer faktura': credits ?? '',
    CVR: t.cvr,
    'Kontrakt-id': t.contract.id,
    'Periode fra': formatDate(addDays(t.first, from)),
    'Periode til': formatDate(addDays(t.first, from + days - 1)),
    Modtaget: '15.03.2026',
    Linjetekst: 'Døgntakst',
    Enhed: 'døgn',
    Antal: `${sign}${days}`,
    Enhedspris: kr(t.rate.amount),
    Beløb: `${sign}${kr(days * t.rate.amount)}`,
  };
  return INVOICE_HEADERS.map((h) => cells[h] ?? '');
}

const file = (rows: string[][]) => Buffer.from([INVOICE_HEADERS, ...rows].map((r) => r.join(';')).join('\n'));

interface Report {
  written: boolean;
  counts: Record<string, number>;
  rows: { row: number; status: string; errors: string[] }[];
}

const post = (store: Repository, body: Buffer) =>
  runAs(importInvoices, store, TENANT.id, NOW, {
    query: {},
    request: { arrayBuffer: () => Promise.resolve(body.buffer.slice(body.byteOffset, body.byteOffset + body.length)) },
  }) as Promise<Report>;

async function invoicesOf(store: Repository, contractId: string): Promise<Map<string, Invoice>> {
  const all = (await store.list<Invoice>(TENANT.id, 'invoice', { limit: 200 })).items.map((d) => d.body);
  return new Map(all.filter((i) => i.contractId === contractId).map((i) => [i.invoiceNumber, i]));
}

async function expectCreditImports(store: Repository): Promise<void> {
  await seedTenant(store, TENANT, NOW, SIZES);
  const t = await targetOf(store);
  const counts = async () => ({
    invoices: await store.count(TENANT.id, 'invoice'),
    audit: await store.count(TENANT.id, 'audit'),
  });

  // Refused: a credit note of more days than the invoice billed, and one of an invoice the contract does not have.
  const before = await counts();
  const refused = await post(
    store,
    file([row(t, 'KR-A', 0, 10), row(t, 'KR-A-K1', 0, 11, 'KR-A'), row(t, 'KR-X-K1', 0, 1, 'KR-X')]),
  );
  expect(refused).toMatchObject({ written: false, counts: { new: 1, error: 2 } });
  expect(refused.rows[1]!.errors).toEqual([
    expect.stringMatching(/^Række 3, kolonne »Periode til«: kreditnotaen kan kun kreditere dage i faktura KR-A/),
    expect.stringMatching(/^Række 3, kolonne »Beløb«: der krediteres .* men faktura KR-A fakturerede kun/),
  ]);
  expect(refused.rows[2]!.errors).toEqual([
    'Række 4, kolonne »Krediterer faktura«: faktura KR-X findes ikke på kontrakten, hverken registreret eller før i filen.',
  ]);
  expect(await counts()).toEqual(before);

  // An invoice and a credit note of two of its days, in one file.
  const first = await post(store, file([row(t, 'KR-A', 0, 10), row(t, 'KR-A-K1', 2, 2, 'KR-A')]));
  expect(first).toMatchObject({ written: true, counts: { new: 2, error: 0 } });
  const afterFirst = await invoicesOf(store, t.contract.id);
  expect(afterFirst.get('KR-A-K1')).toMatchObject({
    creditsInvoiceId: afterFirst.get('KR-A')!.id,
    creditsInvoiceNumber: 'KR-A',
    status: 'matching',
    lines: [expect.objectContaining({ quantity: 2, amount: 2 * t.rate.amount })],
  });

  // An invoice billing days KR-A billed too, then a credit note taking them back off KR-A: checked again at once.
  const second = await post(store, file([row(t, 'KR-B', 5, 5), row(t, 'KR-A-K2', 5, 5, 'KR-A')]));
  expect(second).toMatchObject({ written: true, counts: { new: 2, error: 0 } });
  const afterSecond = await invoicesOf(store, t.contract.id);
  expect(afterSecond.get('KR-B')!.status).toBe('matching');
  expect(await counts()).toEqual({ invoices: before.invoices + 4, audit: expect.any(Number) });

  // More than KR-A has left to credit (10 days billed, 7 credited): refused, naming what was credited before.
  const over = await post(store, file([row(t, 'KR-A-K3', 0, 4, 'KR-A')]));
  expect(over.rows[0]!.errors).toEqual([expect.stringMatching(/kr\. er krediteret før\)\.$/)]);
  expect((await invoicesOf(store, t.contract.id)).has('KR-A-K3')).toBe(false);

  const overview = await runAs(dashboardOverview, store, TENANT.id, NOW, { query: {} });
  expect(overview).toEqual(await overviewFromFullRead(store, TENANT.id, NOW, {}));
}

describe('credit notes in the invoice import', () => {
  it('on SQLite', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-credit-'));
    const store = new SqliteRepository(path.join(dir, 'store.sqlite'));
    try {
      await expectCreditImports(store);
    } finally {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('on Cosmos DB', async () => {
    const server = await startCosmosTestServer();
    const store = await server.connect('import-credit');
    try {
      await expectCreditImports(store);
    } finally {
      await store.close();
      await server.close();
    }
  });
});
