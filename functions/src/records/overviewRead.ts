// The dashboard's overview of a period read from what is kept on write: the settings and the years' spend summaries
// (one read), the leading providers, offers and cases of the period's last year and the costliest cases' figures
// (their follow-ups included; one query each), and their other years' documents and the names to label them (one read):
// a bounded read however large the municipality (see README, Performance).
import type { DashboardAnswer } from '@koberollen/shared/api/analysis.contract';
import type { Case } from '@koberollen/shared/domain/case';
import type { Provider } from '@koberollen/shared/domain/provider';
import type { Settings } from '@koberollen/shared/domain/settings';
import type { CaseFigures } from '@koberollen/shared/rules/contractFigures';
import { costliestOf, dashboardOf, overviewPeriod, TOP_OFFERS, TOP_ROWS } from '@koberollen/shared/rules/dashboard';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { followUpStatusOf } from '@koberollen/shared/rules/followUpStatus';
import { monthsOf, type Period } from '@koberollen/shared/rules/periodCost';
import {
  RANKED_GROUPS,
  type RankedGroup,
  rankedId,
  type SpendRanked,
  type SpendSummary,
  summaryId,
} from '@koberollen/shared/rules/spendAggregate';

import { caseFiguresFields } from '../indexes/figures';
import { spendFields } from '../indexes/spend';
import type { Services } from '../services';
import type { DocKind, Filter, Repository, StoredDoc } from '../store/types';
import { SETTINGS_ID } from './collect';

/** How many of each ranked group the overview reads: the rows shown, and the offers whose rates are drawn. */
const LEADING: Record<RankedGroup, number> = { provider: TOP_ROWS, offer: TOP_OFFERS, case: TOP_ROWS };

const unique = (values: string[]) => [...new Set(values)];

async function first<T>(
  store: Repository,
  tenantId: string,
  kind: DocKind,
  filters: Filter[],
  orderBy: string,
  limit: number,
) {
  return (await store.list<T>(tenantId, kind, { filters, orderBy, limit })).items.map((doc) => doc.body);
}

/** Each ranked group's leading keys in the year (by that year's cost; cases by their saving): one ordered query each. */
async function leadingOf(store: Repository, tenantId: string, year: string): Promise<SpendRanked[]> {
  const ranked = await Promise.all(
    RANKED_GROUPS.map((group) =>
      first<SpendRanked>(
        store,
        tenantId,
        'spend',
        spendFields.eq('groupYear', `${group}~${year}`),
        spendFields.order('rank'),
        LEADING[group],
      ),
    ),
  );
  return ranked.flat();
}

const byGroup = (docs: SpendRanked[]) =>
  Object.fromEntries(RANKED_GROUPS.map((g) => [g, docs.filter((d) => d.group === g)])) as Record<
    RankedGroup,
    SpendRanked[]
  >;

/** The tenant's overview of the whole months of the period asked for (see overviewPeriod), as on today. */
export async function readOverview(
  services: Services,
  tenantId: string,
  asked: Partial<Period>,
): Promise<DashboardAnswer> {
  const { store } = services;
  const today = isoDateOf(services.now());
  const period = overviewPeriod(asked, today);
  const years = unique(monthsOf(period).map((m) => m.slice(0, 4)));
  const last = years.at(-1)!;
  const [settingsDocs = [], summaries = []] = await store.getEach(tenantId, [
    { kind: 'settings', ids: [SETTINGS_ID] },
    { kind: 'spend', ids: years.map(summaryId) },
  ]);
  const settings = settingsDocs[0]?.body as Settings | undefined;
  const topN = settings?.expensiveCases.topN ?? TOP_ROWS;
  const [ranked, costliest] = await Promise.all([
    leadingOf(store, tenantId, last),
    topN === 0 ? [] : first<CaseFigures>(store, tenantId, 'caseFigures', [], caseFiguresFields.order('costRank'), topN),
  ]);
  // The leading keys' documents of the other years, the providers and the cases named: one read.
  const lead = byGroup(ranked);
  const providerIds = unique([...lead.provider, ...lead.offer].map((d) => d.key.split('~')[0]!));
  const caseIds = unique([...costliest.map((c) => c.caseId), ...lead.case.map((d) => d.key)]);
  const others = ranked.flatMap((doc) => years.slice(0, -1).map((y) => rankedId(doc.group, doc.key, y)));
  const [more = [], providerDocs = [], caseDocs = []] = await store.getEach(tenantId, [
    { kind: 'spend', ids: others },
    { kind: 'provider', ids: providerIds },
    { kind: 'case', ids: caseIds },
  ]);
  const leading = byGroup([...ranked, ...more.map((doc) => doc.body as SpendRanked)]);
  const providers = providerDocs as StoredDoc<Provider>[];
  const cases = caseDocs as StoredDoc<Case>[];
  const providerById = new Map(providers.map((doc) => [doc.id, doc.body]));
  const offers = new Map(
    leading.offer.flatMap((doc) => {
      const [providerId, offerId] = doc.key.split('~');
      const provider = providerById.get(providerId!);
      const offer = provider?.offers.findLast((o) => o.id === offerId);
      return provider && offer ? [[doc.key, { label: `${offer.name} (${provider.name})`, offer }] as const] : [];
    }),
  );
  const caseById = new Map(cases.map((doc) => [doc.id, doc.body]));
  const dashboard = dashboardOf(period, {
    summaries: summaries.map((doc) => doc.body as SpendSummary),
    leading,
    providerNames: new Map(providers.map((doc) => [doc.id, doc.body.name])),
    offers,
    cases: caseById,
    top: TOP_ROWS,
  });
  // Each case's follow-up status as its figures keep it, read against today.
  const expensive = costliestOf(costliest, caseById).map((c, i) => ({
    ...c,
    followUp: followUpStatusOf(costliest[i]!.followUps, today),
  }));
  return { ...period, asOf: today, ...dashboard, expensive };
}
