// The catalogue search reads a page's providers in one request, not one each, on either store and at either size.
import type { ProviderSummary } from '@koberollen/shared/api/providers.contract';
import type { Provider } from '@koberollen/shared/domain/provider';

import { listProviders } from '../../functions/src/functions/providers';
import { providerSummary } from '../../functions/src/functions/providerSummaries';
import { providerIndex } from '../../functions/src/indexes/provider';
import { seedTenant } from '../../functions/src/seed';
import type { Repository } from '../../functions/src/store/types';
import { expectSummaryPageReads, firstAndAgain } from './support/summaryReads';
import { type Pair, runAs, STORES } from './support/twoInstances';

jest.setTimeout(300_000);

const NOW = new Date('2026-03-15T10:00:00Z');
const SMALL = { id: 'catalogue-small', name: 'Lilleby Kommune', providers: 30 };
const LARGE = { id: 'catalogue-large', name: 'Storby Kommune', providers: 90 };
const LIMIT = 25;

async function search(store: Repository, tenantId: string): Promise<{ items: ProviderSummary[] }> {
  return (await runAs(listProviders, store, tenantId, NOW, { query: { limit: LIMIT } })) as {
    items: ProviderSummary[];
  };
}

/** The first page of summaries from a full read of the tenant's providers in name order. */
async function fromFullRead(store: Repository, tenantId: string): Promise<ProviderSummary[]> {
  const page = await store.list<Provider>(tenantId, 'provider', { orderBy: 'name', limit: LIMIT });
  return page.items.map((doc) => JSON.parse(JSON.stringify(providerSummary(doc.body))) as ProviderSummary);
}

describe.each(STORES)('$name', (store) => {
  let pair: Pair;
  beforeAll(async () => {
    pair = await store.open();
    for (const { id, name, providers } of [SMALL, LARGE]) {
      await seedTenant(pair.a, { id, name }, NOW, { providers, cases: 0, contracts: 0, invoicedContracts: 0 });
    }
  }, 300_000);
  afterAll(() => pair.stop());

  it('reads a page of providers not summarised yet in one request, and a page summarised before in none', async () => {
    const readsOf = async (tenantId: string) => {
      const reads = await firstAndAgain(pair.a, (store) => search(store, tenantId));
      expect(reads.answer.items).toHaveLength(LIMIT);
      expect(reads.answer.items).toEqual(await fromFullRead(pair.a, tenantId));
      expectSummaryPageReads(reads, LIMIT);
      return reads;
    };
    const small = await readsOf(SMALL.id);
    const large = await readsOf(LARGE.id);
    expect(large.first.bytes).toBeLessThanOrEqual(small.first.bytes * 1.5);
  });

  it('summarises a provider changed through the other instance as it is now', async () => {
    await search(pair.a, LARGE.id);
    const first = (await pair.b.list<Provider>(LARGE.id, 'provider', { orderBy: 'name', limit: 1 })).items[0]!;
    const renamed = { ...first.body, municipality: 'Aabenraa' };
    await pair.b.write(LARGE.id, [
      {
        op: 'replace',
        kind: 'provider',
        id: first.id,
        body: renamed,
        index: providerIndex(renamed),
        ifMatch: first.etag,
      },
    ]);
    const answer = await search(pair.a, LARGE.id);
    expect(answer.items.find((item) => item.id === first.id)?.municipality).toBe('Aabenraa');
    expect(answer.items).toEqual(await fromFullRead(pair.a, LARGE.id));
  });
});
