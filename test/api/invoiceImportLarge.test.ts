// A large invoice import (500+ rows) on both stores: every row checked before anything is written, all invoices, their
// audit and spend written; on Cosmos DB (batches of at most 100 operations, one after another) a write cut short is
// completed by importing the same file again, with no invoice twice and spend as a full read has it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { Contract } from '@koberollen/shared/domain/contract';
import type { Provider } from '@koberollen/shared/domain/provider';
import { StoreUnavailableError } from '@koberollen/shared/errors';
import { addDays, compareDates } from '@koberollen/shared/rules/dates';
import { formatDate } from '@koberollen/shared/rules/format';

import { dashboardOverview } from '../../functions/src/functions/analysis';
import { importInvoices } from '../../functions/src/functions/invoicesImport';
import { INVOICE_HEADERS } from '../../functions/src/functions/invoicesImportColumns';
import { seedTenant } from '../../functions/src/seed';
import { SqliteRepository } from '../../functions/src/store/sqlite';
import { type CosmosTestServer, startCosmosTestServer } from '../../functions/src/store/testing/cosmosServer';
import type { Repository } from '../../functions/src/store/types';
import { overviewFromFullRead } from './support/dashboardReference';
import { runAs } from './support/twoInstances';

jest.setTimeout(600_000);

const NOW = new Date('2026-03-15T10:00:00Z');
const TENANT = { id: 'import-large', name: 'Storby Kommune' };
const ROWS = 520;
const PER_CONTRACT = 130;
const SIZES = { providers: 6, cases: 20, contracts: 20, invoicedContracts: 0 };

/** Rows of one-day invoices, each contract's on days of its own open-ended day rate, none billing a day twice. */
async function importFile(store: Repository): Promise<{ file: Buffer; bad: Buffer }> {
  const contracts = (await store.list<Contract>(TENANT.id, 'contract', { limit: 200 })).items.map((d) => d.body);
  const usable = contracts.flatMap((contract) => {
    const rate = contract.rates.find((r) => r.type === 'day' && !r.validTo);
    if (!rate || contract.specialRate) return [];
    const first = compareDates(rate.validFrom, contract.startDate) > 0 ? rate.validFrom : contract.startDate;
    const last = addDays(first, PER_CONTRACT - 1);
    return contract.endDate && compareDates(last, contract.endDate) > 0 ? [] : [{ contract, rate, first }];
  });
  expect(usable.length).toBeGreaterThanOrEqual(ROWS / PER_CONTRACT);
  const providers = new Map(
    (
      await store.getMany<Provider>(
        TENANT.id,
        'provider',
        usable.map((u) => u.contract.providerId),
      )
    ).map((d) => [d.id, d.body.cvr]),
  );
  const amount = (n: number) => n.toFixed(2).replace('.', ',');
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const { contract, rate, first } = usable[Math.floor(i / PER_CONTRACT)]!;
    const day = formatDate(addDays(first, i % PER_CONTRACT));
    const cells: Record<string, string> = {
      Fakturanummer: `STOR-${String(i + 1).padStart(4, '0')}`,
      CVR: providers.get(contract.providerId)!,
      'Kontrakt-id': contract.id,
      'Periode fra': day,
      'Periode til': day,
      Modtaget: '15.03.2026',
      Linjetekst: 'Døgntakst',
      Enhed: 'døgn',
      Antal: '1',
      Enhedspris: amount(rate.amount),
      Beløb: amount(rate.amount),
    };
    return INVOICE_HEADERS.map((h) => cells[h] ?? '');
  });
  const csv = (all: string[][]) => Buffer.from([INVOICE_HEADERS, ...all].map((r) => r.join(';')).join('\n'));
  const broken = rows.map((r, i) => (i === ROWS - 1 ? r.map((c, j) => (j === 2 ? 'findes-ikke' : c)) : r));
  return { file: csv(rows), bad: csv(broken) };
}

const post = (store: Repository, file: Buffer, status = 200) =>
  runAs(
    importInvoices,
    store,
    TENANT.id,
    NOW,
    {
      query: {},
      request: {
        arrayBuffer: () => Promise.resolve(file.buffer.slice(file.byteOffset, file.byteOffset + file.length)),
      },
    },
    status,
  ) as Promise<{ written: boolean; counts: Record<string, number> }>;

async function expectSpendAsFullRead(store: Repository): Promise<void> {
  const answer = await runAs(dashboardOverview, store, TENANT.id, NOW, { query: {} });
  expect(answer).toEqual(await overviewFromFullRead(store, TENANT.id, NOW, {}));
}

const invoicesAndAudit = async (store: Repository) => ({
  invoices: await store.count(TENANT.id, 'invoice'),
  audit: await store.count(TENANT.id, 'audit'),
});

async function expectLargeImport(store: Repository, files: { file: Buffer; bad: Buffer }): Promise<void> {
  const before = await invoicesAndAudit(store);
  const refused = await post(store, files.bad);
  expect(refused).toMatchObject({ written: false, counts: { new: ROWS - 1, error: 1 } });
  expect(await invoicesAndAudit(store)).toEqual(before);
  const report = await post(store, files.file);
  expect(report).toMatchObject({ written: true, counts: { new: ROWS, existing: 0, error: 0 } });
  expect(await invoicesAndAudit(store)).toEqual({ invoices: before.invoices + ROWS, audit: before.audit + ROWS });
  await expectSpendAsFullRead(store);
}

describe('SQLite', () => {
  let store: SqliteRepository;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'koberollen-import-'));
    store = new SqliteRepository(path.join(dir, 'store.sqlite'));
    await seedTenant(store, TENANT, NOW, SIZES);
  });
  afterAll(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it(`imports ${ROWS} rows in one go, and a file with one bad row writes nothing`, async () => {
    await expectLargeImport(store, await importFile(store));
  });
});

describe('Cosmos DB', () => {
  let server: CosmosTestServer;
  let store: Repository;
  beforeAll(async () => {
    server = await startCosmosTestServer();
    store = await server.connect('import-large');
    await seedTenant(store, TENANT, NOW, SIZES);
  });
  afterAll(async () => {
    await store.close();
    await server.close();
  });

  it(`imports ${ROWS} rows in batches, and a file with one bad row writes nothing`, async () => {
    await expectLargeImport(store, await importFile(store));
  });

  it('completes a write cut short when the same file is imported again, with no invoice twice', async () => {
    const cut = await server.connect('import-cut');
    await seedTenant(cut, TENANT, NOW, SIZES);
    const { file } = await importFile(cut);
    const before = await invoicesAndAudit(cut);
    // The first three batches of writes go through; every later one is throttled past the retries (an outage
    // mid-write). Batches of point reads (reads by id) go through.
    let batches = 0;
    const writes = (body?: Buffer) =>
      body !== undefined &&
      (JSON.parse(body.toString()) as { operationType: string }[]).some((op) => op.operationType !== 'Read');
    server.intercept((_req, res, body) => {
      if (!writes(body) || (batches += 1) <= 3) return false;
      res.writeHead(429, { 'content-type': 'application/json', 'x-ms-retry-after-ms': '1' });
      res.end(JSON.stringify({ code: 'TooManyRequests', message: 'Request rate is large' }));
      return true;
    });
    await expect(post(cut, file)).rejects.toBeInstanceOf(StoreUnavailableError);
    server.intercept(undefined);
    const partial = await invoicesAndAudit(cut);
    expect(partial.invoices - before.invoices).toBeGreaterThan(0);
    expect(partial.invoices - before.invoices).toBeLessThan(ROWS);

    const again = await post(cut, file);
    const written = partial.invoices - before.invoices;
    expect(again).toMatchObject({ written: true, counts: { new: ROWS - written, existing: written, error: 0 } });
    expect(await invoicesAndAudit(cut)).toEqual({ invoices: before.invoices + ROWS, audit: before.audit + ROWS });
    await expectSpendAsFullRead(cut);
    expect(await post(cut, file)).toMatchObject({ written: false, counts: { new: 0, existing: ROWS } });
    await cut.close();
  });
});
