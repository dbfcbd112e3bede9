// Klausuler: search the clause library by words, topic, paragraph and status; templates, checklists and topics below.
import { makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';

import { firstScreenHeads as heads } from '@koberollen/shared/api/heads';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { formatDate } from '@koberollen/shared/rules/format';
import { PlainLink } from '@koberollen/shared/ui/plainControls';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { useCan, useSession } from '../session/sessionContext';
import { deferred } from '../shell/deferred';
import { useReportFirstData } from '../shell/firstData';
import { CLAUSE_LIST_LIMIT } from '../shell/pageSizes';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../shell/plainTable';
import { navigate, routeHref } from '../shell/route';
import { Empty, ErrorState, Loading } from '../shell/states';
import { statusText } from './labels';
import { apiQuery, formFromParams, paramsFromForm } from './libraryQuery';
import { topicChoices, useTopicNames } from './useTopicNames';

const LibraryFilters = deferred(() => import('./LibraryFilters').then((m) => m.LibraryFilters));
// Templates and checklists are read once the clauses are on screen, so the list does not wait behind them.
const LibraryDocuments = deferred(() => import('./LibraryDocuments').then((m) => m.LibraryDocuments));
// So are the topics' and contract types' lists below them (their answers are asked for with the clauses').
const TopicList = deferred(() => import('./TopicList').then((m) => m.TopicList));
const ContractTypeList = deferred(() => import('./ContractTypeList').then((m) => m.ContractTypeList));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

/** The whole library, for the filters' choices. */
const ALL = { limit: CLAUSE_LIST_LIMIT };
const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b, 'da'));

export function ClauseLibrary({ params }: { params: URLSearchParams }) {
  const styles = useStyles();
  const { api } = useSession();
  const mayEdit = useCan('library');
  const form = formFromParams(params);
  const key = params.toString();
  const query = apiQuery(form);
  // Without filters the list shown is the whole library: it is read once.
  const unfiltered = Object.values(query).every((value) => value === undefined);
  const all = useLoad(() => api.callUnparsed(heads.listClauseSummaries, { query: ALL }), 'all');
  const searched = useLoad(
    () =>
      unfiltered
        ? Promise.resolve(undefined)
        : api.callUnparsed(heads.listClauseSummaries, { query: { ...query, limit: CLAUSE_LIST_LIMIT } }),
    key,
  );
  const found = unfiltered ? all : searched;
  const names = useTopicNames();
  // The list shows each clause's topic by its Danish name: its first data is the clauses and the topics' names.
  useReportFirstData(found.state === 'ready' && names.loaded.state !== 'loading');
  useEffect(() => {
    document.title = 'Klausuler – Køberollen';
  }, []);
  const library = all.data?.data.items ?? [];
  const items = found.data?.data.items ?? [];

  return (
    <section className={styles.root} aria-labelledby="library-heading">
      <Title3 as="h2" id="library-heading">
        Klausulbibliotek
      </Title3>
      <LibraryFilters
        key={key + String(library.length) + String(names.topics.length)}
        initial={form}
        topics={topicChoices(
          library.map((c) => c.topic),
          names.nameOf,
        )}
        paragraphs={sorted(library.flatMap((c) => c.applicability.paragraphs))}
        onSearch={(next) => navigate(routeHref('klausuler', [], paramsFromForm(next)))}
      />
      <div aria-live="polite" aria-busy={found.state === 'loading'}>
        {found.state === 'loading' && !found.data && <Loading label="Søger …" />}
        {found.state === 'error' && <ErrorState error={found.error} onRetry={found.reload} />}
        {found.data && items.length === 0 && (
          <Empty>Ingen klausuler passer til søgningen. Prøv med færre filtre.</Empty>
        )}
        {items.length > 0 && (
          <>
            <Text as="p" role="status">
              Viser {items.length} {items.length === 1 ? 'klausul' : 'klausuler'}
              {found.data?.data.continuationToken ? ' – der er flere; indsnævr søgningen' : ''}.
            </Text>
            <Table aria-label="Klausuler">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Titel</TableHeaderCell>
                  <TableHeaderCell>Emne</TableHeaderCell>
                  <TableHeaderCell>Paragraffer</TableHeaderCell>
                  <TableHeaderCell>Status</TableHeaderCell>
                  <TableHeaderCell>Ændret</TableHeaderCell>
                  {mayEdit && <TableHeaderCell>Handling</TableHeaderCell>}
                </TableRow>
              </TableHeader>
              <TableBody>
                {items.map((clause) => (
                  <TableRow key={clause.id}>
                    <TableCell>
                      <PlainLink href={routeHref('klausuler', [clause.id])}>{clause.title}</PlainLink>
                    </TableCell>
                    <TableCell>{names.nameOf(clause.topic)}</TableCell>
                    <TableCell>{clause.applicability.paragraphs.join(', ') || 'Alle'}</TableCell>
                    <TableCell>{statusText(clause)}</TableCell>
                    <TableCell>{formatDate(isoDateOf(clause.updatedAt))}</TableCell>
                    {mayEdit && (
                      <TableCell>
                        {clause.status !== 'retired' && (
                          <PlainLink
                            href={routeHref('klausuler', [clause.id], { fane: 'rediger' })}
                            aria-label={`Rediger ${clause.title}`}
                          >
                            Rediger
                          </PlainLink>
                        )}
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
      </div>
      <LibraryDocuments />
      <TopicList names={names} />
      <ContractTypeList />
    </section>
  );
}
