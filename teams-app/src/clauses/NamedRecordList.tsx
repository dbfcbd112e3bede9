// A section of the library listing records the library names by key (topics, contract types): each by its Danish
// name, a link to its page, with what it is loading, failed or empty.
import { Caption1, Link, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import type { Loaded } from '@koberollen/shared/ui/useLoad';

import { Empty, ErrorState, Loading } from '../shell/states';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    gridTemplateColumns: 'repeat(auto-fill, minmax(300px, 1fr))',
  },
});

export interface NamedItem {
  id: string;
  name: string;
  href: string;
  /** Shown after the name, e.g. the number of synonyms. */
  note?: string;
}

interface Props {
  /** The section's heading and the list's name, e.g. "Emner". */
  title: string;
  headingId: string;
  intro: ReactNode;
  /** Above the list, e.g. a link to add one. */
  actions?: ReactNode;
  loaded: Loaded<unknown> & { reload: () => void };
  loadingLabel: string;
  emptyText: string;
  /** In the order shown. */
  items: NamedItem[];
}

export function NamedRecordList({ title, headingId, intro, actions, loaded, loadingLabel, emptyText, items }: Props) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle1 as="h3" id={headingId}>
        {title}
      </Subtitle1>
      <Caption1>{intro}</Caption1>
      {actions}
      {loaded.state === 'loading' && !loaded.data && <Loading label={loadingLabel} />}
      {loaded.state === 'error' && <ErrorState error={loaded.error} onRetry={loaded.reload} />}
      {loaded.state === 'ready' && items.length === 0 && <Empty>{emptyText}</Empty>}
      {items.length > 0 && (
        <ul className={styles.list} aria-label={title}>
          {items.map((item) => (
            <li key={item.id}>
              <Link href={item.href}>{item.name}</Link>
              {item.note && <Caption1> – {item.note}</Caption1>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
