// Kontrakter: follow-up at a glance on top, then the register filtered by provider, paragraph, case worker, status and
// end window, and sorted; the filters live in the route so a link keeps them.
import { makeStyles, Subtitle1, Title3, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';

import { URGENT_SHOWN } from '@koberollen/shared/api/followUpItems';
import { firstScreenHeads as heads } from '@koberollen/shared/api/heads';
import { CONTRACT_SORTS, CONTRACT_STATUSES } from '@koberollen/shared/domain/choices';
import { PlainButton } from '@koberollen/shared/ui/plainButton';
import { PlainLink, PlainSelect } from '@koberollen/shared/ui/plainControls';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { PARAGRAPHS } from '../providers/catalogueOptions';
import { useSession } from '../session/sessionContext';
import { useReportFirstData } from '../shell/firstData';
import { CONTRACT_PAGE } from '../shell/pageSizes';
import { navigate, routeHref } from '../shell/route';
import { ErrorState, Loading } from '../shell/states';
import { usePagedList } from '../shell/usePagedList';
import { WorkerSelect } from '../shell/WorkerSelect';
import { CONTRACT_STATUS_LABELS, END_WINDOWS, SORT_LABELS } from './contractLabels';
import { FollowUpPanel } from './FollowUpPanel';
import { RegisterTable } from './RegisterTable';

const useStyles = makeStyles({
  heading: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: tokens.spacingHorizontalL },
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
});

/** The register's route parameters, in Danish, read into the list query. */
function filtersOf(params: URLSearchParams) {
  const days = Number(params.get('udloeber'));
  return {
    providerId: params.get('leverandoer') || undefined,
    paragraph: params.get('paragraf') || undefined,
    caseWorker: params.get('sagsbehandler') || undefined,
    status: CONTRACT_STATUSES.find((s) => s === params.get('status')),
    endsWithinDays: END_WINDOWS.find((d) => d === days),
    sort: CONTRACT_SORTS.find((s) => s === params.get('sorter')) ?? 'title',
  };
}

export function ContractsOverview({ params }: { params: URLSearchParams }) {
  const styles = useStyles();
  const { api, colleagues } = useSession();
  const filters = filtersOf(params);
  const overview = useLoad(
    () => api.callUnparsed(heads.getFollowUpOverview, { query: { items: URGENT_SHOWN } }),
    'follow-up',
  );
  const register = usePagedList(
    async (continuationToken) =>
      (await api.callUnparsed(heads.listContracts, { query: { ...filters, limit: CONTRACT_PAGE, continuationToken } }))
        .data,
    params.toString(),
  );
  const contracts = register.first;
  // The register is the view's data; the follow-up panel above it shows its answer whenever that arrives.
  useReportFirstData(contracts.state === 'ready');
  useEffect(() => {
    document.title = 'Kontrakter – Køberollen';
  }, []);

  const current = {
    leverandoer: filters.providerId,
    paragraf: filters.paragraph,
    sagsbehandler: filters.caseWorker,
    status: filters.status,
    udloeber: filters.endsWithinDays?.toString(),
    sorter: filters.sort === 'title' ? undefined : filters.sort,
  };
  const go = (changes: Partial<Record<keyof typeof current, string | undefined>>) =>
    navigate(routeHref('kontrakter', [], { ...current, ...changes }));
  const workers = colleagues.filter((c) => c.roles.includes('caseworker') || c.roles.includes('negotiator'));
  const providerName = register.items.find((c) => c.providerId === filters.providerId)?.parties?.providerName;

  return (
    <div className={styles.root}>
      <div className={styles.heading}>
        <Title3 as="h2">Kontrakter</Title3>
        <PlainLink href={routeHref('kontrakter', ['fakturaer'])}>Fakturakontrol</PlainLink>
      </div>
      <section className={styles.section} aria-labelledby="followup-heading">
        <Subtitle1 as="h3" id="followup-heading">
          Opfølgning
        </Subtitle1>
        {overview.state === 'loading' && !overview.data && <Loading label="Henter opfølgning …" />}
        {overview.state === 'error' && <ErrorState error={overview.error} onRetry={overview.reload} />}
        {overview.data && <FollowUpPanel overview={overview.data.data} onChanged={overview.reload} />}
      </section>
      <section className={styles.section} aria-labelledby="register-heading">
        <Subtitle1 as="h3" id="register-heading">
          Kontraktregister
        </Subtitle1>
        <form
          role="search"
          aria-label="Filtrér kontrakter"
          className={styles.filters}
          onSubmit={(e) => e.preventDefault()}
        >
          <PlainSelect
            label="Paragraf"
            value={filters.paragraph ?? ''}
            onChange={(e) => go({ paragraf: e.target.value || undefined })}
          >
            <option value="">Alle</option>
            {PARAGRAPHS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </PlainSelect>
          <WorkerSelect
            workers={workers}
            value={filters.caseWorker}
            onChange={(userId) => go({ sagsbehandler: userId })}
          />
          <PlainSelect
            label="Status"
            value={filters.status ?? ''}
            onChange={(e) => go({ status: e.target.value || undefined })}
          >
            <option value="">Alle</option>
            {CONTRACT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {CONTRACT_STATUS_LABELS[s]}
              </option>
            ))}
          </PlainSelect>
          <PlainSelect
            label="Udløber inden for"
            value={filters.endsWithinDays?.toString() ?? ''}
            onChange={(e) => go({ udloeber: e.target.value || undefined })}
          >
            <option value="">Alle</option>
            {END_WINDOWS.map((d) => (
              <option key={d} value={d}>
                {d} dage
              </option>
            ))}
          </PlainSelect>
          <PlainSelect
            label="Sortér efter"
            value={filters.sort}
            onChange={(e) => go({ sorter: e.target.value === 'title' ? undefined : e.target.value })}
          >
            {CONTRACT_SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </PlainSelect>
          {filters.providerId && (
            <PlainButton onClick={() => go({ leverandoer: undefined })}>
              Vis alle leverandører{providerName ? ` (nu kun ${providerName})` : ''}
            </PlainButton>
          )}
        </form>
        {contracts.state === 'loading' && !contracts.data && <Loading label="Henter kontrakter …" />}
        {contracts.state === 'error' && <ErrorState error={contracts.error} onRetry={contracts.reload} />}
        {contracts.data && <RegisterTable contracts={register.items} onProvider={(id) => go({ leverandoer: id })} />}
        {register.moreError !== undefined && (
          <ErrorState error={register.moreError} onRetry={() => void register.loadMore()} />
        )}
        {register.hasMore && contracts.state === 'ready' && (
          <PlainButton onClick={() => void register.loadMore()} disabled={register.loadingMore}>
            {register.loadingMore ? 'Henter …' : 'Vis flere kontrakter'}
          </PlainButton>
        )}
      </section>
    </div>
  );
}
