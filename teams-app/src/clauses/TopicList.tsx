// The library's topics: each by its Danish name with the number of synonyms, a link to its page; procurement adds one.
import { Caption1, Link, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';

import { useCan } from '../session/sessionContext';
import { routeHref } from '../shell/route';
import { Empty, ErrorState, Loading } from '../shell/states';
import type { TopicNames } from './useTopicNames';

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

const synonymCount = (count: number) => (count === 1 ? '1 synonym' : `${count} synonymer`);

export function TopicList({ names }: { names: TopicNames }) {
  const styles = useStyles();
  const mayEdit = useCan('library');
  const { loaded, topics } = names;
  const sorted = [...topics].sort((a, b) => a.name.localeCompare(b.name, 'da'));
  return (
    <section className={styles.section} aria-labelledby="topics-heading">
      <Subtitle1 as="h3" id="topics-heading">
        Emner
      </Subtitle1>
      <Caption1>
        Emnerne er det, klausuler og tjeklister handler om. Synonymerne er de ord, gennemgangen finder emnet på i en
        kontrakt, leverandøren selv har skrevet.
      </Caption1>
      {mayEdit && (
        <div>
          <Link href={routeHref('klausuler', ['emner', 'nyt'])}>Nyt emne</Link>
        </div>
      )}
      {loaded.state === 'loading' && !loaded.data && <Loading label="Henter emner …" />}
      {loaded.state === 'error' && <ErrorState error={loaded.error} onRetry={loaded.reload} />}
      {loaded.state === 'ready' && topics.length === 0 && <Empty>Ingen emner endnu.</Empty>}
      {sorted.length > 0 && (
        <ul className={styles.list} aria-label="Emner">
          {sorted.map((topic) => (
            <li key={topic.id}>
              <Link href={routeHref('klausuler', ['emner', topic.id])}>{topic.name}</Link>
              <Caption1> – {synonymCount(topic.synonyms.length)}</Caption1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
