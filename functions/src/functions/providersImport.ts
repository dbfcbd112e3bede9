// Import of providers from XLSX or CSV (preview or write, all or nothing), export of a search, and the template.
import { randomUUID } from 'node:crypto';

import { type ImportReport, type ImportRowOutcome, providerRoutes } from '@koberollen/shared/api/providers.contract';
import type { Contract } from '@koberollen/shared/domain/contract';
import type { Provider } from '@koberollen/shared/domain/provider';
import type { User } from '@koberollen/shared/domain/user';
import { isoDateOf } from '@koberollen/shared/rules/dates';

import { declare } from '../http/declare';
import { ok } from '../http/responses';
import { readImportFile } from '../import/importFile';
import { capErrors, echo } from '../import/reportCap';
import { fileAnswer, writeSpreadsheet } from '../import/spreadsheet';
import { contractFields } from '../indexes/contract';
import { providerIndex } from '../indexes/provider';
import { auditOp, createdStamp, updatedStamp } from '../records/audit';
import { collectAll } from '../records/collect';
import { figureOps } from '../records/figures';
import type { Services } from '../services';
import type { Filter, WriteOp } from '../store/types';
import { providerFilters } from './providers';
import { exportRows } from './providersExport';
import { COLUMNS, HEADERS, readRow } from './providersImportColumns';
import { type Existing, planImport } from './providersImportPlan';

const PAGE = 500;
const SHEET = 'Leverandører';

/** Every provider of the user's tenant that the filters find, with its version tag. */
async function allProviders(services: Services, user: User, filters: Filter[] = []): Promise<Existing[]> {
  const found: Existing[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await services.store.list<Provider>(user.tenantId, 'provider', {
      filters,
      orderBy: 'name',
      limit: PAGE,
      continuationToken,
    });
    found.push(...page.items.map((doc) => ({ provider: doc.body, etag: doc.etag })));
    continuationToken = page.continuationToken;
  } while (continuationToken);
  return found;
}

/** Every data row of the file, read on its own. */
async function readFile(bytes: Buffer) {
  const { positions, rows } = await readImportFile(bytes, COLUMNS);
  return rows.map((row) => ({ cells: row.cells, result: readRow(row, positions) }));
}

function writeOps(user: User, now: Date, writes: ReturnType<typeof planImport>['writes']): WriteOp[] {
  return writes.flatMap(({ provider, etag }) => {
    const id = etag ? provider.id : randomUUID();
    const stamps = etag ? updatedStamp(provider, user, now) : createdStamp(user, now);
    const body: Provider = { ...provider, id, ...stamps };
    const write: WriteOp = etag
      ? { op: 'replace', kind: 'provider', id, body, index: providerIndex(body), ifMatch: etag }
      : { op: 'create', kind: 'provider', id, body, index: providerIndex(body) };
    const action = etag ? 'update' : 'create';
    const summary = `${etag ? 'Ændret' : 'Oprettet'} ved import: ${body.name} (CVR ${body.cvr})`;
    return [write, auditOp(user, now, { action, entityKind: 'provider', entityId: id, summary })];
  });
}

/** The figures of the changed providers' contracts, from the offers as imported. */
async function importedFigureOps(services: Services, user: User, writes: ReturnType<typeof planImport>['writes']) {
  const changed = writes.filter((w) => w.etag).map((w) => w.provider);
  const contracts = await Promise.all(
    changed.map((p) =>
      collectAll<Contract>(services.store, user.tenantId, 'contract', contractFields.eq('providerId', p.id)),
    ),
  );
  return figureOps(services.store, user.tenantId, contracts.flat(), isoDateOf(services.now()), { providers: changed });
}

export const importProviders = declare('providers-import', providerRoutes.import, async (call) => {
  const { query, user, request, services } = call;
  const read = await readFile(Buffer.from(await request.arrayBuffer()));
  const valid = read.flatMap(({ result }) => (result.ok ? [result.value] : []));
  const plan = planImport(await allProviders(services, user), valid);
  const planned = new Map(plan.outcomes.map((o) => [o.row, o]));
  const rows: ImportRowOutcome[] = read.map(({ cells, result }) =>
    result.ok
      ? planned.get(result.value.row)!
      : {
          row: result.row,
          status: 'error',
          provider: echo(cells[2] ?? ''),
          offer: echo(cells[10] ?? ''),
          errors: result.errors,
        },
  );
  const count = (status: ImportRowOutcome['status']) => rows.filter((r) => r.status === status).length;
  const counts = { new: count('new'), changed: count('changed'), unchanged: count('unchanged'), error: count('error') };
  const dryRun = query.dryRun === 'true';
  const write = !dryRun && counts.error === 0 && plan.writes.length > 0;
  if (write) {
    const ops = writeOps(user, services.now(), plan.writes);
    await services.store.write(user.tenantId, [...ops, ...(await importedFigureOps(services, user, plan.writes))]);
  }
  const report: ImportReport = { dryRun, written: write, counts, ...capErrors(rows) };
  return ok(report);
});

export const exportProviders = declare('providers-export', providerRoutes.export, async ({ query, user, services }) => {
  const { format, sort: _sort, ...filters } = query;
  const found = await allProviders(services, user, providerFilters(filters, isoDateOf(services.now())));
  const bytes = await writeSpreadsheet(exportRows(found.map((f) => f.provider)), format, SHEET);
  return fileAnswer(bytes, format, `leverandoerer-${isoDateOf(services.now())}`);
});

export const importTemplate = declare('providers-import-template', providerRoutes.template, async ({ query }) =>
  fileAnswer(await writeSpreadsheet([HEADERS], query.format, SHEET), query.format, 'leverandoerer-skabelon'),
);

export const routes = [importProviders, exportProviders, importTemplate];
