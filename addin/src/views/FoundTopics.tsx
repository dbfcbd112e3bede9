// The topics found in a provider's own contract: each by its Danish name, with the sentence it was found in.
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';

import type { ReviewOutcome } from '../document/review';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  evidence: { display: 'block', color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
});

export function FoundTopics({ topics }: { topics: ReviewOutcome['foundTopics'] }) {
  const styles = useStyles();
  if (topics.length === 0) return null;
  return (
    <details>
      <summary>Fundet: {topics.map((topic) => topic.name).join(', ')}</summary>
      <ul className={styles.list} aria-label="Fundne emner">
        {topics.map((topic) => (
          <li key={topic.topic}>
            {topic.name}
            <Caption1 className={styles.evidence}>»{topic.evidence}«</Caption1>
          </li>
        ))}
      </ul>
    </details>
  );
}
