// Provider search results as summaries: the projection a result list shows, cached per stored version.
import type { ProviderSummary, SummaryRate } from '@koberollen/shared/api/providers.contract';
import type { Provider } from '@koberollen/shared/domain/provider';

import type { ListQuery, Repository } from '../store/types';

/** The supervision verdict a result shows: the conclusion's first sentence, cut at this length. */
const CONCLUSION_CHARS = 72;
const SUMMARY_RATE_TYPES = ['day', 'month', 'hour'] as const;

/** The lowest rate in force of each kind (day, month, face-to-face hour) across the offers. */
function lowestRates(provider: Provider): SummaryRate[] {
  const rates = provider.offers.flatMap((offer) => offer.rates);
  return SUMMARY_RATE_TYPES.flatMap((type) => {
    const lowest = rates.filter((r) => r.type === type).sort((a, b) => a.amount - b.amount)[0];
    if (!lowest) return [];
    const rate: SummaryRate = { type, amount: lowest.amount, negotiatedAt: lowest.negotiatedAt };
    return [lowest.source === 'list' ? { ...rate, source: 'list' } : rate];
  });
}

function verdictOf(conclusion: string): string {
  // A sentence ends at a full stop followed by a capital letter, not at the one in "1. januar".
  const text = /^.*?[.!?](?=\s+[A-ZÆØÅ]|\s*$)/su.exec(conclusion)?.[0] ?? conclusion;
  return text.length <= CONCLUSION_CHARS ? text : `${text.slice(0, CONCLUSION_CHARS - 1).trimEnd()}…`;
}

/** What a search result shows of a provider: key figures, lowest rates and the latest supervision. */
export function providerSummary(provider: Provider): ProviderSummary {
  const latest = [...provider.supervisionReports].sort((a, b) => b.date.localeCompare(a.date))[0];
  return {
    id: provider.id,
    name: provider.name,
    cvr: provider.cvr,
    ownership: provider.ownership,
    municipality: provider.municipality,
    paragraphs: [...new Set(provider.offers.map((o) => o.paragraph))],
    places: provider.offers.reduce((sum, o) => sum + o.places, 0),
    offers: provider.offers.map((o) => ({ id: o.id, name: o.name })),
    rates: lowestRates(provider),
    ...(latest ? { supervision: { date: latest.date, conclusion: verdictOf(latest.conclusion) } } : {}),
  };
}

const CACHE_LIMIT = 20_000;

/**
 * The summary JSON of each provider's version last summarised, by id; the tenant and version tag are checked on every
 * read, so an entry is never stale or another municipality's. The oldest entries are dropped beyond the limit. A
 * search then reads no provider it has summarised before.
 */
const cache = new Map<string, { tenantId: string; etag: string; json: Buffer }>();

function cached(tenantId: string, id: string, etag: string): Buffer | undefined {
  const entry = cache.get(id);
  return entry?.tenantId === tenantId && entry.etag === etag ? entry.json : undefined;
}

function remember(tenantId: string, id: string, etag: string, json: Buffer): void {
  cache.delete(id);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(id, { tenantId, etag, json });
}

/**
 * One page of the tenant's providers as summaries, each as UTF-8 JSON: the page's ids and version tags from the store,
 * the summaries from the cache, and the providers not summarised yet read whole in one request. One changed or deleted
 * since it was listed is summarised as it is now, or left out.
 */
export async function providerSummaryPage(
  store: Repository,
  tenantId: string,
  query: ListQuery,
): Promise<{ items: Buffer[]; continuationToken?: string }> {
  const page = await store.listVersions(tenantId, 'provider', query);
  const known = new Map(page.items.map(({ id, etag }) => [id, cached(tenantId, id, etag)]));
  const missing = [...known].filter(([, json]) => json === undefined).map(([id]) => id);
  const docs = missing.length ? await store.getMany<Provider>(tenantId, 'provider', missing) : [];
  for (const doc of docs) {
    const json = Buffer.from(JSON.stringify(providerSummary(doc.body)));
    remember(tenantId, doc.id, doc.etag, json);
    known.set(doc.id, json);
  }
  const items = page.items.map(({ id }) => known.get(id)).filter((json) => json !== undefined);
  return { items, continuationToken: page.continuationToken };
}
