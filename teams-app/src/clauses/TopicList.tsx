// The library's topics: each by its Danish name with the number of synonyms, a link to its page; procurement adds one.
import { Link } from '@fluentui/react-components';

import { useCan } from '../session/sessionContext';
import { routeHref } from '../shell/route';
import { NamedRecordList } from './NamedRecordList';
import type { TopicNames } from './useTopicNames';

const synonymCount = (count: number) => (count === 1 ? '1 synonym' : `${count} synonymer`);

export function TopicList({ names }: { names: TopicNames }) {
  const mayEdit = useCan('library');
  const { loaded, topics } = names;
  return (
    <NamedRecordList
      title="Emner"
      headingId="topics-heading"
      intro="Emnerne er det, klausuler og tjeklister handler om. Synonymerne er de ord, gennemgangen finder emnet på i en kontrakt, leverandøren selv har skrevet."
      actions={
        mayEdit && (
          <div>
            <Link href={routeHref('klausuler', ['emner', 'nyt'])}>Nyt emne</Link>
          </div>
        )
      }
      loaded={loaded}
      loadingLabel="Henter emner …"
      emptyText="Ingen emner endnu."
      segment="emner"
      records={topics}
      noteOf={(topic) => synonymCount(topic.synonyms.length)}
    />
  );
}
