// Seeds the demo municipalities and their data into an empty store, once; and any tenant at any size on request.
import type { Case } from '@koberollen/shared/domain/case';
import type { Contract, Milestone } from '@koberollen/shared/domain/contract';
import type { Invoice } from '@koberollen/shared/domain/invoice';
import type { Provider } from '@koberollen/shared/domain/provider';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { billedByContract } from '@koberollen/shared/rules/spendBilled';
import { yearWindow } from '@koberollen/shared/rules/spendMonths';

import { caseIndex } from '../indexes/case';
import { contractIndex } from '../indexes/contract';
import { invoiceIndex } from '../indexes/invoice';
import { milestoneIndex } from '../indexes/milestone';
import { providerIndex } from '../indexes/provider';
import { auditOp, systemUser, userRef } from '../records/audit';
import { byCase, caseFigureOps, contractFigureOps } from '../records/figures';
import { seedSpendOps } from '../records/spend';
import { type DocKind, type IndexFields, type Repository, SYSTEM_PARTITION, type WriteOp } from '../store/types';
import { generateCases } from './cases';
import { seedContext } from './context';
import { generateContracts } from './contracts';
import { generateInvoices } from './invoices';
import { buildLibrary } from './library';
import { generateProviders } from './providers';
import { seedFrom } from './rng';
import { demoSettings, settingsOp } from './settings';
import { DEMO_TENANTS, type DemoTenant } from './tenants';
import { writeInBatches } from './write';

export interface SeedSizes {
  providers: number;
  cases: number;
  /** Cases that get a contract; at most `cases`. */
  contracts: number;
  /** Contracts that get three months of invoices. */
  invoicedContracts: number;
}

/** The demo: enough of everything to show every screen, small enough to seed in well under a second. */
export const DEMO_SIZES: SeedSizes = { providers: 44, cases: 24, contracts: 17, invoicedContracts: 10 };

export interface SeedSummary {
  clauses: number;
  templates: number;
  checklists: number;
  providers: number;
  cases: number;
  contracts: number;
  milestones: number;
  invoices: number;
}

function upserts<T extends { id: string }>(kind: DocKind, items: T[], index: (item: T) => IndexFields): WriteOp[] {
  return items.map((body) => ({ op: 'upsert', kind, id: body.id, body, index: index(body) }));
}

/**
 * Writes a complete, realistic data set for one municipality: settings, library, provider catalogue, cases in every
 * phase, contracts with milestones, invoices, and one audit event saying so. Deterministic for a tenant and a day;
 * every date is relative to `now`. Records are upserted, so running it again on the same day rewrites the same
 * records (and adds another audit event).
 */
export async function seedTenant(
  store: Repository,
  tenant: DemoTenant,
  now: Date,
  sizes: SeedSizes = DEMO_SIZES,
): Promise<SeedSummary> {
  const ctx = seedContext(tenant.id, now);
  const seed = seedFrom(tenant.id);
  const system = systemUser(tenant.id);
  const library = buildLibrary(ctx);
  const providers = generateProviders(sizes.providers, seed, ctx);
  const planned = generateCases(sizes.cases, Math.min(sizes.contracts, sizes.cases), providers, library, seed + 1, ctx);
  const bundles = generateContracts(planned, library, seed + 2, ctx);
  const invoices = generateInvoices(bundles, sizes.invoicedContracts, ctx);
  const milestones = bundles.flatMap((b) => b.milestones);
  const summary: SeedSummary = {
    clauses: library.clauses.length,
    templates: library.templates.length,
    checklists: library.checklists.length,
    providers: providers.length,
    cases: planned.length,
    contracts: bundles.length,
    milestones: milestones.length,
    invoices: invoices.length,
  };
  const settings = demoSettings(tenant, ctx.year, now.toISOString(), userRef(system));
  const contracts = bundles.map((b) => b.contract);
  const statusOf = new Map(contracts.map((c) => [c.id, c.status]));
  const byId = new Map(providers.map((p) => [p.id, p]));
  const figures = contractFigureOps(contracts, byId, settings.regulationRates, isoDateOf(now));
  const ops: WriteOp[] = [
    settingsOp(settings),
    ...library.ops,
    ...upserts<Provider>('provider', providers, providerIndex),
    ...upserts<Case>(
      'case',
      planned.map((p) => p.entity),
      caseIndex,
    ),
    ...upserts<Contract>('contract', contracts, contractIndex),
    ...upserts<Milestone>('milestone', milestones, (m) => milestoneIndex(m, statusOf.get(m.contractId) ?? 'ended')),
    ...figures.ops,
    ...caseFigureOps(
      contracts.map((c) => c.caseId),
      figures.figures.map((f) => f.contract),
      byCase(milestones),
      isoDateOf(now),
    ),
    ...seedSpendOps(
      contracts,
      {
        providers: byId,
        cases: new Map(planned.map((p) => [p.entity.id, p.entity])),
        municipality: settings.name,
        billed: billedByContract(invoices),
      },
      yearWindow(isoDateOf(now)),
    ),
    ...upserts<Invoice>('invoice', invoices, invoiceIndex),
    auditOp(system, now, {
      action: 'create',
      entityKind: 'tenant',
      entityId: tenant.id,
      summary: `Demodata indlæst: ${summary.clauses} klausuler, ${summary.templates} skabeloner, ${summary.providers} leverandører, ${summary.cases} sager, ${summary.contracts} kontrakter og ${summary.invoices} fakturaer.`,
    }),
  ];
  await writeInBatches(store, tenant.id, ops);
  return summary;
}

/**
 * Writes the demo municipalities unless the first one is already registered. The registry entries are written
 * last, the first municipality's very last, so a start interrupted while seeding seeds again on the next start.
 */
export async function seedIfEmpty(store: Repository, now: Date): Promise<boolean> {
  const first = DEMO_TENANTS[0];
  if (!first || (await store.get(SYSTEM_PARTITION, 'tenant', first.id))) return false;
  for (const tenant of DEMO_TENANTS) await seedTenant(store, tenant, now);
  await registerTenants(store, DEMO_TENANTS, now);
  return true;
}

/** Onboards the municipalities, the first one last (see seedIfEmpty). */
export async function registerTenants(store: Repository, tenants: readonly DemoTenant[], now: Date): Promise<void> {
  for (const tenant of [...tenants].reverse()) {
    await store.write(SYSTEM_PARTITION, [
      { op: 'upsert', kind: 'tenant', id: tenant.id, body: { ...tenant, onboardedAt: now.toISOString() } },
    ]);
  }
}
