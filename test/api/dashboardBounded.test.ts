// The dashboard's overview reads a bounded amount from either store however large the municipality, and two
// instances on one store answer what the overview with spend derived from a full read answers right after a write
// through either.
import type { Case } from '@koberollen/shared/domain/case';
import type { Contract, Milestone } from '@koberollen/shared/domain/contract';
import type { Invoice } from '@koberollen/shared/domain/invoice';
import type { Provider } from '@koberollen/shared/domain/provider';

import { routes as caseRoutes } from '../../functions/src/functions/cases';
import { routes as contractRoutes } from '../../functions/src/functions/contracts';
import { routes as invoiceRoutes } from '../../functions/src/functions/invoices';
import { markMilestoneDone } from '../../functions/src/functions/milestones';
import { routes as providerRoutes } from '../../functions/src/functions/providers';
import type { FunctionDeclaration } from '../../functions/src/http/declare';
import { readOverview } from '../../functions/src/records/overviewRead';
import { readSavingsTable, readSpendTable } from '../../functions/src/records/spendTable';
import type { Repository, StoredDoc } from '../../functions/src/store/types';
import { countingStore } from './support/countingStore';
import { overviewFromFullRead, tablesFromFullRead } from './support/dashboardReference';
import { LARGE, MEDIUM, openSeeded, type Pair, runAs, servicesAt, STORES } from './support/twoInstances';

jest.setTimeout(300_000);

const NOW = new Date('2026-03-15T10:00:00Z');
/** A year's overview, and one spanning two years (its leading keys' documents of the earlier year read too). */
const PERIODS = [{}, { from: '2025-07-01', to: '2026-06-30' }];

const route = (routes: FunctionDeclaration[], name: string) => routes.find((r) => r.name === name)!;

/** Replaces a record through its route, as read, with `change` applied. */
async function replace<T extends object>(
  routes: FunctionDeclaration[],
  name: string,
  store: Repository,
  doc: StoredDoc<T>,
  change: Partial<T>,
) {
  const {
    id: _id,
    createdAt: _c,
    createdBy: _cb,
    updatedAt: _u,
    updatedBy: _ub,
    ...input
  } = doc.body as Record<string, unknown>;
  await runAs(route(routes, name), store, LARGE.id, NOW, {
    params: { id: doc.id },
    body: { ...input, ...change },
    ifMatch: doc.etag,
    record: doc,
  });
}

/** Every row of a table, page by page. */
async function allPages<R>(page: (token?: string) => Promise<{ rows: R[]; continuationToken?: string }>) {
  const rows: R[] = [];
  let token: string | undefined;
  do {
    const answer = await page(token);
    rows.push(...answer.rows);
    token = answer.continuationToken;
  } while (token);
  return rows;
}

/** The overview of the period spanning two years equals the one with spend derived from a full read. */
async function expectAsFullRead(store: Repository, now = NOW): Promise<void> {
  const period = PERIODS[1]!;
  const answer = await readOverview(servicesAt(store, now), LARGE.id, period);
  expect(answer).toEqual(await overviewFromFullRead(store, LARGE.id, now, period));
}

describe.each(STORES)('$name', (store) => {
  let pair: Pair;
  beforeAll(async () => {
    pair = await openSeeded(store, NOW);
  }, 300_000);
  afterAll(() => pair.stop());

  it.each(PERIODS)(
    'reads no more store requests and about the same bytes for three times the contracts (%j)',
    async (period) => {
      const readsOf = async (tenantId: string) => {
        const { store, reads } = countingStore(pair.a);
        const wire = pair.countWire?.();
        const answer = await readOverview(servicesAt(store, NOW), tenantId, period);
        const atWire = wire && structuredClone(wire);
        expect(answer.spend.provider).toHaveLength(10);
        expect(answer.rest.provider?.amount).toBeGreaterThan(0);
        return { reads, expensive: answer.expensive.length, atWire };
      };
      const medium = await readsOf(MEDIUM.id);
      const large = await readsOf(LARGE.id);
      // Settings, the years' summaries, the leading providers, offers and cases, their other years' documents, the
      // costliest cases' figures (their follow-ups kept with them), the providers and cases named: none per case.
      expect(large.expensive).toBeGreaterThan(0);
      expect(large.reads.requests).toBeLessThanOrEqual(9);
      expect(large.reads.requests).toBeLessThanOrEqual(medium.reads.requests);
      expect(large.reads.bytes).toBeLessThanOrEqual(medium.reads.bytes * 1.5);
      expect(large.reads.documents).toBeLessThanOrEqual(medium.reads.documents * 1.5);
      // Cosmos DB at the wire: the settings and summaries as one batch of point reads, each of the four queries with
      // the query plan the SDK asks for first, the other years' documents and the names as one batch.
      if (large.atWire) {
        expect(large.atWire.byKind).toEqual({ batch: 2, queryPlan: 4, query: 4 });
        expect(large.atWire.requests).toBeLessThanOrEqual(10);
        expect(medium.atWire?.requests).toBeLessThanOrEqual(10);
      }
    },
  );

  it('reads a page of a full table in four store requests at either size, and about the same bytes', async () => {
    const readsOf = async (tenantId: string) => {
      const { store, reads } = countingStore(pair.a);
      const page = await readSpendTable(servicesAt(store, NOW), tenantId, {
        ...PERIODS[1],
        groupBy: 'provider',
        limit: 20,
      });
      expect(page.rows.length).toBeGreaterThan(10);
      expect(page.continuationToken).toBeDefined();
      const savings = countingStore(pair.a);
      await readSavingsTable(servicesAt(savings.store, NOW), tenantId, { ...PERIODS[1], limit: 20 });
      expect(savings.reads.requests).toBeLessThanOrEqual(4);
      return reads;
    };
    const medium = await readsOf(MEDIUM.id);
    const large = await readsOf(LARGE.id);
    // The summaries, the page of the year listed, the page's keys' other years' documents, their names.
    expect(large.requests).toBeLessThanOrEqual(4);
    expect(large.requests).toBeLessThanOrEqual(medium.requests);
    expect(large.bytes).toBeLessThanOrEqual(medium.bytes * 1.5);
  });

  it('answers through either instance what a full read answers right after a write through the other', async () => {
    const { a, b } = pair;
    await expectAsFullRead(b);

    // The leading provider's costliest contract ends early, through A.
    const leading = (await readOverview(servicesAt(a, NOW), LARGE.id, {})).spend.provider[0]!;
    const contracts = await a.list<Contract>(LARGE.id, 'contract', {
      filters: [{ field: 'providerId', op: 'eq', value: leading.key }],
      limit: 50,
    });
    const running = contracts.items.find((doc) => doc.body.status === 'active')!;
    await replace(contractRoutes, 'contracts-replace', a, running, { status: 'ended', endDate: '2026-01-31' });
    await expectAsFullRead(b);

    // Its case's target group changes through B; the provider becomes public through A.
    const caseDoc = (await b.get<Case>(LARGE.id, 'case', running.body.caseId))!;
    await replace(caseRoutes, 'cases-replace', b, caseDoc, { targetGroup: 'Unge med angst' });
    await expectAsFullRead(a);
    const provider = (await a.get<Provider>(LARGE.id, 'provider', leading.key))!;
    await replace(providerRoutes, 'providers-replace', a, provider, {
      ownership: provider.body.ownership === 'public' ? 'private' : 'public',
    });
    await expectAsFullRead(b);

    // An invoice of another running contract billed far above its rate through B (deviating: no change), cleared
    // through A (its days cost what was billed).
    const billedContract = contracts.items.find((doc) => doc.body.status === 'active' && doc.id !== running.id)!;
    const { type } = billedContract.body.rates[0]!;
    const invoice = (await runAs(
      route(invoiceRoutes, 'invoices-create'),
      b,
      LARGE.id,
      NOW,
      {
        params: { id: billedContract.id },
        body: {
          invoiceNumber: 'F-2026-9001',
          periodFrom: '2026-02-01',
          periodTo: '2026-02-28',
          receivedDate: '2026-03-05',
          lines: [
            { rateType: type, description: 'Takst', quantity: 28, unit: type, unitPrice: 99_999, amount: 2_799_972 },
          ],
        },
        record: billedContract,
      },
      201,
    )) as Invoice;
    expect(invoice.status).toBe('deviating');
    const stored = (await a.get<Invoice>(LARGE.id, 'invoice', invoice.id))!;
    await runAs(route(invoiceRoutes, 'invoices-resolve'), a, LARGE.id, NOW, {
      params: { id: billedContract.id, invoiceId: invoice.id },
      body: { note: 'Aftalt tillæg' },
      record: stored,
    });
    await expectAsFullRead(b);
  }, 600_000);

  it("keeps the costliest cases' follow-ups as a full read reads them, after a follow-up is done and days pass", async () => {
    const { a, b } = pair;
    // The earliest open follow-up of a costliest case is marked done through B.
    const costliest = (await readOverview(servicesAt(b, NOW), LARGE.id, {})).expensive.find((c) => c.followUp.nextDue)!;
    const followUps = await b.list<Milestone>(LARGE.id, 'milestone', {
      filters: [
        { field: 'caseId', op: 'eq', value: costliest.caseId },
        { field: 'kind', op: 'eq', value: 'followUp' },
        { field: 'openDueDate', op: 'gte', value: '0000-01-01' },
      ],
      orderBy: 'openDueDate',
      limit: 1,
    });
    const next = followUps.items[0]!;
    expect(next.body.dueDate).toBe(costliest.followUp.nextDue);
    await runAs(markMilestoneDone, b, LARGE.id, NOW, { params: { id: next.id }, body: {}, record: next });
    await expectAsFullRead(a);
    const after = (await readOverview(servicesAt(a, NOW), LARGE.id, {})).expensive.find(
      (c) => c.caseId === costliest.caseId,
    );
    expect(after?.followUp.nextDue).not.toBe(next.body.dueDate);

    // Read months later: the follow-ups kept are read against that day (some now overdue), as a full read reads them.
    await expectAsFullRead(b, new Date('2026-09-01T10:00:00Z'));
  });

  it('pages every provider and every saving case once, as a full read derives them, after those writes', async () => {
    const period = PERIODS[1]!;
    const providers = await allPages((token) =>
      readSpendTable(servicesAt(pair.b, NOW), LARGE.id, {
        ...period,
        groupBy: 'provider',
        limit: 25,
        continuationToken: token,
      }),
    );
    const savings = await allPages((token) =>
      readSavingsTable(servicesAt(pair.a, NOW), LARGE.id, { ...period, limit: 25, continuationToken: token }),
    );
    const expected = await tablesFromFullRead(pair.a, LARGE.id, NOW, period);
    expect([...providers].sort((x, y) => (x.key < y.key ? -1 : 1))).toEqual(expected.providers);
    expect([...savings].sort((x, y) => (x.caseId < y.caseId ? -1 : 1))).toEqual(expected.savings);
  });
});
