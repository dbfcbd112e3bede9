// A checklist's or template's page in the library, read with the library's clauses: back link, the record's name as
// heading and window title, a summary line, and the body the page renders from what was read and the user's rights.
import { Text, Title3 } from '@fluentui/react-components';
import { type ReactNode, useEffect } from 'react';

import { clauseRoutes } from '@koberollen/shared/api/clauses.contract';
import type { ApiClient } from '@koberollen/shared/api/client';
import type { Clause } from '@koberollen/shared/domain/clause';
import { PlainLink } from '@koberollen/shared/ui/plainControls';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { useCan, useSession } from '../session/sessionContext';
import { useReportFirstData } from '../shell/firstData';
import { routeHref } from '../shell/route';
import { ErrorState, Loading } from '../shell/states';

interface Read<R> {
  record: R;
  etag?: string;
  clauses: Clause[];
  /** Whether the user may edit the library. */
  mayEdit: boolean;
}

interface Props<R extends { name: string }> {
  /** The record's id: what is read again when it changes. */
  id: string;
  read: (api: ApiClient) => Promise<{ data: R; etag?: string }>;
  loadingLabel: string;
  headingId: string;
  className: string;
  summary: (record: R) => ReactNode;
  children: (read: Read<R>) => ReactNode;
}

export function LibraryRecordPage<R extends { name: string }>(props: Props<R>) {
  const { id, read, loadingLabel, headingId, className, summary, children } = props;
  const { api } = useSession();
  const mayEdit = useCan('library');
  const loaded = useLoad(async () => {
    const [record, clauses] = await Promise.all([read(api), api.call(clauseRoutes.list, { query: { limit: 200 } })]);
    return { record, clauses: clauses.data.items };
  }, id);
  useReportFirstData(loaded.state === 'ready');
  const record = loaded.data?.record.data;
  useEffect(() => {
    if (record) document.title = `${record.name} – Køberollen`;
  }, [record]);
  if (loaded.state === 'error') return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data || !record) return <Loading label={loadingLabel} />;
  return (
    <article className={className} aria-labelledby={headingId}>
      <div>
        <PlainLink href={routeHref('klausuler')}>Tilbage til biblioteket</PlainLink>
        <Title3 as="h2" id={headingId} block>
          {record.name}
        </Title3>
        <Text>{summary(record)}</Text>
      </div>
      {children({ record, etag: loaded.data.record.etag, clauses: loaded.data.clauses, mayEdit })}
    </article>
  );
}
