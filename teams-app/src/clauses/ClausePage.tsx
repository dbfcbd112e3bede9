// A clause's page: the text with its guidance, the editor (procurement), the Word preview, the comparison with the
// published version, publishing and retiring, and the version history; the tab is in the address (`?fane=`).
import { makeStyles, mergeClasses, Text, Title3, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';

import { firstScreenHeads as heads } from '@koberollen/shared/api/heads';
import type { Clause } from '@koberollen/shared/domain/clause';
import { PlainLink } from '@koberollen/shared/ui/plainControls';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { useCan, useSession } from '../session/sessionContext';
import { deferred } from '../shell/deferred';
import { useReportFirstData } from '../shell/firstData';
import { navigate, navigateAfterSave, routeHref } from '../shell/route';
import { ErrorState, Loading } from '../shell/states';
import { ClauseDetails } from './ClauseDetails';
import { ClausePreview } from './ClausePreview';
import { statusText } from './labels';
import { useContractTypeNames } from './useContractTypeNames';
import { useTopicNames } from './useTopicNames';

/** The word diff and its library are fetched only when the comparison is opened. */
const ClauseCompare = lazy(() => import('./ClauseCompare'));
/** The editor, the history and the actions that write are fetched once the clause is on screen. */
const ClauseActions = deferred(() => import('./ClauseActions').then((m) => m.ClauseActions));
const ClauseEditor = deferred(() => import('./ClauseEditor').then((m) => m.ClauseEditor), <Loading />);
const ClauseHistory = deferred(() => import('./ClauseHistory').then((m) => m.ClauseHistory), <Loading />);

const TABS = {
  klausul: 'Klausul',
  rediger: 'Rediger',
  forhaandsvisning: 'Forhåndsvisning',
  sammenlign: 'Sammenlign',
  historik: 'Historik',
} as const;
type TabName = keyof typeof TABS;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  tabs: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    listStyle: 'none',
    margin: 0,
    padding: 0,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    display: 'block',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  current: {
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
    boxShadow: `inset 0 -3px 0 ${tokens.colorBrandStroke1}`,
  },
});

interface Held {
  clause: Clause;
  etag?: string;
}

export function ClausePage({ id, params }: { id: string; params: URLSearchParams }) {
  const styles = useStyles();
  const { api } = useSession();
  const mayEdit = useCan('library');
  const loaded = useLoad(() => api.callUnparsed(heads.getClause, { params: { id } }), id);
  const [held, setHeld] = useState<Held>();
  const { nameOf } = useTopicNames();
  const typeName = useContractTypeNames().nameOf;
  useReportFirstData(loaded.state === 'ready');
  const current: Held | undefined =
    held ?? (loaded.state === 'ready' ? { clause: loaded.data.data, etag: loaded.data.etag } : undefined);
  const clause = current?.clause;
  useEffect(() => {
    if (clause) document.title = `${clause.title} – Køberollen`;
  }, [clause]);

  if (loaded.state === 'error' && !clause) return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  if (!current || !clause) return <Loading label="Henter klausulen …" />;
  const editable = mayEdit && clause.status !== 'retired';
  const asked = params.get('fane') as TabName | null;
  const tabs = (Object.keys(TABS) as TabName[]).filter((tab) => tab !== 'rediger' || editable);
  const tab: TabName = asked && tabs.includes(asked) ? asked : 'klausul';
  const hrefOf = (next: TabName, extra: Record<string, string> = {}) =>
    routeHref('klausuler', [id], { fane: next === 'klausul' ? undefined : next, ...extra });
  const open = (next: TabName, extra: Record<string, string> = {}) => navigate(hrefOf(next, extra));
  const changed = (next: Clause, etag?: string) => setHeld({ clause: next, etag });
  const toHistory = (next: Clause, etag?: string) => {
    changed(next, etag);
    navigateAfterSave(hrefOf('historik'));
  };

  return (
    <article className={styles.root} aria-labelledby="clause-heading">
      <div>
        <PlainLink href={routeHref('klausuler')}>Tilbage til biblioteket</PlainLink>
        <Title3 as="h2" id="clause-heading" block>
          {clause.title}
        </Title3>
        <Text>
          Emne: {nameOf(clause.topic)} · {statusText(clause)}
        </Text>
      </div>
      <nav aria-label="Klausulens sider">
        <ul className={styles.tabs}>
          {tabs.map((name) => (
            <li key={name}>
              <a
                href={hrefOf(name)}
                className={mergeClasses(styles.tab, name === tab && styles.current)}
                aria-current={name === tab ? 'page' : undefined}
              >
                {TABS[name]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className={styles.panel}>
        {tab === 'klausul' && <ClauseDetails clause={clause} typeName={typeName} />}
        {tab === 'rediger' && (
          <ClauseEditor clause={clause} etag={current.etag} onSaved={changed} onCompare={() => open('sammenlign')} />
        )}
        {tab === 'forhaandsvisning' && <ClausePreview clause={clause} />}
        {tab === 'sammenlign' && (
          <Suspense fallback={<Loading label="Henter sammenligningen …" />}>
            <ClauseCompare
              clause={clause}
              typeName={typeName}
              against={params.get('version') ?? undefined}
              onPick={(version) => open('sammenlign', { version })}
            />
          </Suspense>
        )}
        {tab === 'historik' && (
          <ClauseHistory clause={clause} onCompare={(version) => open('sammenlign', { version: String(version) })} />
        )}
        {mayEdit &&
          clause.status !== 'retired' &&
          (tab === 'klausul' || tab === 'sammenlign' || tab === 'historik') && (
            <ClauseActions clause={clause} etag={current.etag} onPublished={toHistory} onRetired={toHistory} />
          )}
      </div>
    </article>
  );
}
