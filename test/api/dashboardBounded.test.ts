// The dashboard's overview reads a bounded amount from either store however large the municipality, and two
// instances on one store answer what the overview with spend derived from a full read answers right after a write
// through either.
import type { Case } from '@koberollen/shared/domain/case';
import type { Contract } from '@koberollen/shared/domain/contract';
import type { Invoice } from '@koberollen/shared/domain/invoice';
import type { Provider } from '@koberollen/shared/domain/provider';

import { routes as caseRoutes } from '../../functions/src/functions/cases';
import { routes as contractRoutes } from '../../functions/src/functions/contracts';
import { routes as invoiceRoutes } from '../../functions/src/functions/invoices';
import { routes as providerRoutes } from '../../functions/src/functions/providers';
import type { FunctionDeclaration } from '../../functions/src/http/declare';
import { readOverview } from '../../functions/src/records/overviewRead';
import type { Repository, StoredDoc } from '../../functions/src/store/types';
import { countingStore } from './support/countingStore';
import { overviewFromFullRead } from './support/dashboardReference';
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

/** The overview of the period spanning two years equals the one with spend derived from a full read. */
async function expectAsFullRead(store: Repository): Promise<void> {
  const period = PERIODS[1]!;
  const answer = await readOverview(servicesAt(store, NOW), LARGE.id, period);
  expect(answer).toEqual(await overviewFromFullRead(store, LARGE.id, NOW, period));
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
        const answer = await readOverview(servicesAt(store, NOW), tenantId, period);
        expect(answer.spend.provider).toHaveLength(10);
        expect(answer.rest.provider?.amount).toBeGreaterThan(0);
        return { reads, expensive: answer.expensive.length };
      };
      const medium = await readsOf(MEDIUM.id);
      const large = await readsOf(LARGE.id);
      // Settings, the years' summaries, the leading providers, offers and cases, their other years' documents, the
      // costliest cases' figures, the providers and cases named: nine at most, and the follow-ups of each costliest case.
      expect(large.reads.requests).toBeLessThanOrEqual(9 + large.expensive);
      expect(large.reads.requests).toBeLessThanOrEqual(medium.reads.requests);
      expect(large.reads.bytes).toBeLessThanOrEqual(medium.reads.bytes * 1.5);
      expect(large.reads.documents).toBeLessThanOrEqual(medium.reads.documents * 1.5);
    },
  );

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
});
