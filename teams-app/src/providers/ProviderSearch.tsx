// Leverandører: search the catalogue, page through the summaries, pick offers to compare.
import { Caption1, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

import { firstScreenHeads as heads } from '@koberollen/shared/api/heads';
import type { ProviderSummary } from '@koberollen/shared/api/providers.contract';
import { countText } from '@koberollen/shared/rules/countText';
import { PlainButton } from '@koberollen/shared/ui/plainButton';
import { PlainLink } from '@koberollen/shared/ui/plainControls';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { useSession } from '../session/sessionContext';
import { deferred } from '../shell/deferred';
import { useReportFirstData } from '../shell/firstData';
import { PROVIDER_PAGE } from '../shell/pageSizes';
import { navigate, routeHref } from '../shell/route';
import { Empty, ErrorState, Loading } from '../shell/states';
import { compareHref } from './compareLink';
import { compareSelection, useCompareSelection } from './compareSelection';
import { ProviderResult } from './ProviderResult';
import { rememberSearch } from './searchMemory';
import { apiQuery, formFromParams, paramsFromForm } from './searchQuery';

const CatalogueActions = deferred(() => import('./CatalogueActions').then((m) => m.CatalogueActions));
const SearchFilters = deferred(() => import('./SearchFilters').then((m) => m.SearchFilters));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  results: { display: 'grid', gap: tokens.spacingVerticalM, listStyle: 'none', margin: 0, padding: 0 },
  selection: {
    position: 'sticky',
    bottom: 0,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
});

export function ProviderSearch({ params }: { params: URLSearchParams }) {
  const styles = useStyles();
  const { api } = useSession();
  const form = formFromParams(params);
  const key = params.toString();
  const first = useLoad(
    () => api.callUnparsed(heads.listProviders, { query: { ...apiQuery(form), limit: PROVIDER_PAGE } }),
    key,
  );
  const [more, setMore] = useState<{ items: ProviderSummary[]; token?: string; error?: unknown; loading?: boolean }>({
    items: [],
  });
  const picked = useCompareSelection();
  useReportFirstData(first.state === 'ready');
  useEffect(() => {
    document.title = 'Leverandører – Køberollen';
    rememberSearch(new URLSearchParams(key));
    setMore({ items: [] });
  }, [key]);

  const token = more.token ?? (more.items.length === 0 ? first.data?.data.continuationToken : undefined);
  const items = [...(first.data?.data.items ?? []), ...more.items];
  const loadMore = async () => {
    if (!token) return;
    setMore((m) => ({ ...m, loading: true, error: undefined }));
    try {
      const { data } = await api.callUnparsed(heads.listProviders, {
        query: { ...apiQuery(form), limit: PROVIDER_PAGE, continuationToken: token },
      });
      setMore((m) => ({ items: [...m.items, ...data.items], token: data.continuationToken ?? '' }));
    } catch (error) {
      setMore((m) => ({ ...m, loading: false, error }));
    }
  };

  return (
    <section className={styles.root} aria-labelledby="providers-heading">
      <div className={styles.heading}>
        <Title3 as="h2" id="providers-heading">
          Leverandører
        </Title3>
        <CatalogueActions form={form} />
      </div>
      <SearchFilters
        key={key}
        initial={form}
        onSearch={(next) => navigate(routeHref('leverandoerer', [], paramsFromForm(next)))}
      />
      <div aria-live="polite" aria-busy={first.state === 'loading'}>
        {first.state === 'loading' && !first.data && <Loading label="Søger …" />}
        {first.state === 'error' && <ErrorState error={first.error} onRetry={first.reload} />}
        {first.data && items.length === 0 && (
          <Empty>Ingen leverandører passer til søgningen. Prøv med færre filtre.</Empty>
        )}
        {items.length > 0 && (
          <>
            <Text as="p" role="status">
              Viser {countText(items.length, 'leverandør', 'leverandører')}
              {token ? ' – der er flere' : ''}.
            </Text>
            <ul className={styles.results} aria-label="Søgeresultater">
              {items.map((provider) => (
                <li key={provider.id}>
                  <ProviderResult provider={provider} picked={picked} />
                </li>
              ))}
            </ul>
          </>
        )}
        {more.error !== undefined && <ErrorState error={more.error} onRetry={() => void loadMore()} />}
        {token && first.state === 'ready' && (
          <PlainButton onClick={() => void loadMore()} disabled={more.loading}>
            {more.loading ? 'Henter …' : 'Vis flere'}
          </PlainButton>
        )}
      </div>
      {picked.length > 0 && (
        <div className={styles.selection} role="region" aria-label="Valgt til sammenligning">
          <Text>
            {picked.length} af højst 3 tilbud valgt: {picked.map((p) => p.label).join('; ')}
          </Text>
          {picked.length >= 2 ? (
            <PlainLink href={compareHref(picked)}>Sammenlign de valgte tilbud</PlainLink>
          ) : (
            <Caption1>Vælg mindst to tilbud for at sammenligne.</Caption1>
          )}
          <PlainButton size="small" onClick={() => compareSelection.clear()}>
            Ryd valget
          </PlainButton>
        </div>
      )}
    </section>
  );
}
