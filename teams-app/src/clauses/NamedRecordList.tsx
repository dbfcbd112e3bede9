// A section of the library listing records the library names by key (topics, contract types): each by its Danish
// name in Danish order, a link to its page, with what it is loading, failed or empty.
import { Caption1, Link, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { Loaded } from '@koberollen/shared/ui/useLoad';

import { routeHref } from '../shell/route';
import { Empty, ErrorState, Loading } from '../shell/states';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'grid',
    rowGap: tokens.spacingVerticalXS,
    // Wider than a bullet, which sits left of its item: a note ending a column never runs into the next one's bullet.
    columnGap: tokens.spacingHorizontalXXXL,
    gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))',
  },
});

/** A record the library names by key, as the list shows it. */
export interface NamedRecord {
  id: string;
  name: string;
}

interface Props<R extends NamedRecord> {
  /** The section's heading and the list's name, e.g. "Emner". */
  title: string;
  headingId: string;
  intro: ReactNode;
  /** Above the list, e.g. a link to add one. */
  actions?: ReactNode;
  loaded: Loaded<unknown> & { reload: () => void };
  loadingLabel: string;
  emptyText: string;
  /** The library's route segment of the records' pages, e.g. "emner". */
  segment: string;
  /** Shown in Danish name order. */
  records: readonly R[];
  /** Shown after a record's name, e.g. its number of synonyms. */
  noteOf?: (record: R) => string;
}

export function NamedRecordList<R extends NamedRecord>(props: Props<R>) {
  const { title, headingId, intro, actions, loaded, loadingLabel, emptyText, segment, records, noteOf } = props;
  const styles = useStyles();
  const sorted = [...records].sort((a, b) => a.name.localeCompare(b.name, 'da'));
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle1 as="h3" id={headingId}>
        {title}
      </Subtitle1>
      <Caption1>{intro}</Caption1>
      {actions}
      {loaded.state === 'loading' && !loaded.data && <Loading label={loadingLabel} />}
      {loaded.state === 'error' && <ErrorState error={loaded.error} onRetry={loaded.reload} />}
      {loaded.state === 'ready' && sorted.length === 0 && <Empty>{emptyText}</Empty>}
      {sorted.length > 0 && (
        <ul className={styles.list} aria-label={title}>
          {sorted.map((record) => (
            <li key={record.id}>
              <Link href={routeHref('klausuler', [segment, record.id])}>{record.name}</Link>
              {noteOf && <Caption1> – {noteOf(record)}</Caption1>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
