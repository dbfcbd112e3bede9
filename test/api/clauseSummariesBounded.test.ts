// The clause library's list reads a page's clauses in one request, and none it has summarised before, on either store.
import type { ClauseSummary } from '@koberollen/shared/api/clauses.contract';
import type { Clause } from '@koberollen/shared/domain/clause';

import { clauseSummary, listClauseSummaries } from '../../functions/src/functions/clauses';
import { clauseIndex } from '../../functions/src/indexes/clause';
import { seedTenant } from '../../functions/src/seed';
import type { Repository } from '../../functions/src/store/types';
import { expectSummaryPageReads, firstAndAgain } from './support/summaryReads';
import { type Pair, runAs, STORES } from './support/twoInstances';

jest.setTimeout(300_000);

const NOW = new Date('2026-03-15T10:00:00Z');
const SMALL = { id: 'library-small', name: 'Lilleby Kommune' };
const LARGE = { id: 'library-large', name: 'Storby Kommune' };
/** Clauses the large library has besides the seeded ones. */
const EXTRA = 120;
const LIMIT = 50;

type Answer = { items: ClauseSummary[]; continuationToken?: string };

const summaries = async (store: Repository, tenantId: string, query: object = {}) =>
  (await runAs(listClauseSummaries, store, tenantId, NOW, { query: { limit: LIMIT, ...query } })) as Answer;

/** What the whole clause list answers for the same query, as summaries. */
async function fromFullRead(store: Repository, tenantId: string): Promise<ClauseSummary[]> {
  const page = await store.list<Clause>(tenantId, 'clause', { orderBy: 'title', limit: LIMIT });
  return page.items.map((doc) => clauseSummary(doc.body));
}

/** Copies of the seeded clauses under new ids and titles, written in one batch. */
async function addCopies(store: Repository, tenantId: string): Promise<void> {
  const seeded = (await store.list<Clause>(tenantId, 'clause', { limit: 200 })).items;
  const copies = Array.from({ length: EXTRA }, (_, i) => {
    const source = seeded[i % seeded.length]!.body;
    return { ...source, id: `copy-${i}`, title: `${source.title} (kopi ${i + 1})` };
  });
  await store.write(
    tenantId,
    copies.map((body) => ({
      op: 'create' as const,
      kind: 'clause' as const,
      id: body.id,
      body,
      index: clauseIndex(body),
    })),
  );
}

describe.each(STORES)('$name', (store) => {
  let pair: Pair;
  beforeAll(async () => {
    pair = await store.open();
    for (const tenant of [SMALL, LARGE]) {
      await seedTenant(pair.a, tenant, NOW, { providers: 2, cases: 0, contracts: 0, invoicedContracts: 0 });
    }
    await addCopies(pair.a, LARGE.id);
  }, 300_000);
  afterAll(() => pair.stop());

  it('reads one page of clauses in one request, and a page summarised before in none, at either size', async () => {
    for (const tenantId of [SMALL.id, LARGE.id]) {
      const reads = await firstAndAgain(pair.a, (store) => summaries(store, tenantId));
      expect(reads.answer.items).toHaveLength(LIMIT);
      expect(reads.answer.continuationToken).toBeDefined();
      expect(reads.answer.items).toEqual(await fromFullRead(pair.a, tenantId));
      expectSummaryPageReads(reads, LIMIT);
    }
  });

  it('answers a summary without the clause text, filtered as the list is', async () => {
    const { items } = await summaries(pair.a, SMALL.id, { status: 'published', q: 'takst' });
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(
        ['applicability', 'hasUnpublishedChanges', 'id', 'status', 'title', 'topic', 'updatedAt', 'version'].sort(),
      );
      expect(item.status).toBe('published');
    }
    const other = await summaries(pair.a, LARGE.id, { q: 'kopi' });
    expect(other.items.every((item) => item.title.includes('kopi'))).toBe(true);
    expect((await summaries(pair.a, SMALL.id, { q: 'kopi' })).items).toEqual([]);
  });

  it('summarises a clause changed through the other instance as it is now', async () => {
    await summaries(pair.a, SMALL.id);
    const first = (await pair.b.list<Clause>(SMALL.id, 'clause', { orderBy: 'title', limit: 1 })).items[0]!;
    const changed = { ...first.body, hasUnpublishedChanges: !first.body.hasUnpublishedChanges };
    await pair.b.write(SMALL.id, [
      { op: 'replace', kind: 'clause', id: first.id, body: changed, index: clauseIndex(changed), ifMatch: first.etag },
    ]);
    const { items } = await summaries(pair.a, SMALL.id);
    expect(items[0]).toMatchObject({ id: first.id, hasUnpublishedChanges: changed.hasUnpublishedChanges });
    expect(items).toEqual(await fromFullRead(pair.a, SMALL.id));
  });
});
