// Sager: all cases as a board by phase or as a list, filtered by phase, assignee and words.
import { Button, Field, Input, Link, makeStyles, Select, Title3, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

import { caseRoutes } from '@koberollen/shared/api/cases.contract';
import { Phase, PHASE_LABELS } from '@koberollen/shared/domain/phase';

import { useCan, useSession } from '../session/sessionContext';
import { useReportFirstData } from '../shell/firstData';
import { navigate, routeHref } from '../shell/route';
import { ErrorState, Loading } from '../shell/states';
import { useLoad } from '../shell/useLoad';
import { CaseBoard } from './CaseBoard';
import { CaseList } from './CaseList';
import { assignable } from './caseOptions';

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
  const phase = Phase.options.find((p) => p === params.get('fase'));
  const assignee = params.get('ansvarlig') ?? '';
  const q = params.get('q') ?? '';
  const [words, setWords] = useState(q);
  const key = params.toString();
  const cases = useLoad(
    () =>
      api.call(caseRoutes.list, { query: { phase, assignee: assignee || undefined, q: q || undefined, limit: 200 } }),
    key,
  );
  useReportFirstData(cases.state === 'ready');
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
          <Button appearance="primary" as="a" href={routeHref('sager', ['ny'])}>
            Opret sag
          </Button>
        )}
      </div>
      <nav aria-label="Visning" className={styles.layouts}>
        {(['tavle', 'liste'] as const).map((name) => (
          <Link
            key={name}
            href={routeHref('sager', [], { visning: name, fase: phase, ansvarlig: assignee, q })}
            aria-current={layout === name ? 'page' : undefined}
            className={layout === name ? styles.currentLayout : undefined}
          >
            {name === 'tavle' ? 'Tavle' : 'Liste'}
          </Link>
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
        <Field label="Søg i sagsnummer, behov og målgruppe">
          <Input type="search" value={words} onChange={(_e, data) => setWords(data.value)} />
        </Field>
        <Field label="Fase">
          <Select value={phase ?? ''} onChange={(_e, data) => go({ fase: data.value || undefined })}>
            <option value="">Alle faser</option>
            {Phase.options.map((p) => (
              <option key={p} value={p}>
                {PHASE_LABELS[p]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Sagsbehandler">
          <Select value={assignee} onChange={(_e, data) => go({ ansvarlig: data.value || undefined })}>
            <option value="">Alle</option>
            {workers.map((w) => (
              <option key={w.userId} value={w.userId}>
                {w.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit">Søg</Button>
      </form>
      {cases.state === 'loading' && !cases.data && <Loading label="Henter sager …" />}
      {cases.state === 'error' && <ErrorState error={cases.error} onRetry={cases.reload} />}
      {cases.data &&
        (layout === 'tavle' ? <CaseBoard cases={cases.data.data.items} /> : <CaseList cases={cases.data.data.items} />)}
    </section>
  );
}
