// Sager: all cases as a board by phase or as a list, filtered by phase, assignee and words.
import { makeStyles, Title3, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';

import { PHASE_LABELS, PHASES } from '@koberollen/shared/domain/phaseLabels';
import { PlainButton, PlainButtonLink } from '@koberollen/shared/ui/plainButton';
import { PlainInput, PlainLink, PlainSelect } from '@koberollen/shared/ui/plainControls';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { useCan, useSession } from '../session/sessionContext';
import { useReportFirstData } from '../shell/firstData';
import { navigate, routeHref } from '../shell/route';
import { ErrorState, Loading } from '../shell/states';
import { WorkerSelect } from '../shell/WorkerSelect';
import { CaseBoard } from './CaseBoard';
import { assignable } from './caseOptions';
import { caseFilters, listCases } from './casesQuery';

// The board is the first screen; the table (and Fluent's table code) loads when the list is asked for.
const CaseList = lazy(() => import('./CaseList').then((m) => ({ default: m.CaseList })));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
  },
  layouts: { display: 'flex', gap: tokens.spacingHorizontalL },
  currentLayout: { fontWeight: tokens.fontWeightSemibold, textDecorationLine: 'underline' },
  filters: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
});

export function CasesOverview({ params }: { params: URLSearchParams }) {
  const styles = useStyles();
  const { api, colleagues, user } = useSession();
  const mayCreate = useCan('cases');
  const layout = params.get('visning') === 'liste' ? 'liste' : 'tavle';
  const { phase, assignee, q } = caseFilters(params);
  const [words, setWords] = useState(q);
  const key = params.toString();
  const cases = useLoad(() => listCases(api, params), key);
  // The list reports its own first data once its table has loaded.
  useReportFirstData(cases.state === 'ready' && layout === 'tavle');
  useEffect(() => {
    document.title = 'Sager – Køberollen';
  }, []);
  const go = (changes: Record<string, string | undefined>) =>
    navigate(routeHref('sager', [], { visning: layout, fase: phase, ansvarlig: assignee, q, ...changes }));
  const workers = assignable(colleagues, 'caseworker', user);

  return (
    <section className={styles.root} aria-labelledby="cases-heading">
      <div className={styles.heading}>
        <Title3 as="h2" id="cases-heading">
          Sager
        </Title3>
        {mayCreate && (
          <PlainButtonLink appearance="primary" href={routeHref('sager', ['ny'])}>
            Opret sag
          </PlainButtonLink>
        )}
      </div>
      <nav aria-label="Visning" className={styles.layouts}>
        {(['tavle', 'liste'] as const).map((name) => (
          <PlainLink
            key={name}
            href={routeHref('sager', [], { visning: name, fase: phase, ansvarlig: assignee, q })}
            aria-current={layout === name ? 'page' : undefined}
            className={layout === name ? styles.currentLayout : undefined}
          >
            {name === 'tavle' ? 'Tavle' : 'Liste'}
          </PlainLink>
        ))}
      </nav>
      <form
        role="search"
        aria-label="Filtrér sager"
        className={styles.filters}
        onSubmit={(event) => {
          event.preventDefault();
          go({ q: words.trim() || undefined });
        }}
      >
        <PlainInput
          label="Søg i sagsnummer, behov og målgruppe"
          type="search"
          value={words}
          onChange={(event) => setWords(event.target.value)}
        />
        <PlainSelect
          label="Fase"
          value={phase ?? ''}
          onChange={(event) => go({ fase: event.target.value || undefined })}
        >
          <option value="">Alle faser</option>
          {PHASES.map((p) => (
            <option key={p} value={p}>
              {PHASE_LABELS[p]}
            </option>
          ))}
        </PlainSelect>
        <WorkerSelect workers={workers} value={assignee} onChange={(userId) => go({ ansvarlig: userId })} />
        <PlainButton type="submit">Søg</PlainButton>
      </form>
      {cases.state === 'loading' && !cases.data && <Loading label="Henter sager …" />}
      {cases.state === 'error' && <ErrorState error={cases.error} onRetry={cases.reload} />}
      {cases.data &&
        (layout === 'tavle' ? (
          <CaseBoard cases={cases.data.data.items} />
        ) : (
          <Suspense fallback={<Loading label="Henter sager …" />}>
            <CaseList cases={cases.data.data.items} />
          </Suspense>
        ))}
    </section>
  );
}
