// Provider search results as summaries: the projection a result list shows.
import type { ProviderSummary, SummaryRate } from '@koberollen/shared/api/providers.contract';
import type { Provider } from '@koberollen/shared/domain/provider';

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
