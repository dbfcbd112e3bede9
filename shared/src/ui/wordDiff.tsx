// Two texts' differences word by word (the `diff` library) for the Word pane and the Teams tab: added words underlined,
// removed ones struck through, each named for a screen reader. Import it only from a lazily loaded module, so that
// `diff` stays out of the first chunks.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { diffWords } from 'diff';
import type { HTMLAttributes } from 'react';

const useStyles = makeStyles({
  root: { whiteSpace: 'pre-wrap', margin: 0 },
  added: {
    backgroundColor: tokens.colorPaletteGreenBackground2,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'underline',
  },
  removed: {
    backgroundColor: tokens.colorPaletteRedBackground2,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'line-through',
  },
});

interface Props extends HTMLAttributes<HTMLParagraphElement> {
  before: string;
  after: string;
}

export function WordDiffText({ before, after, className, ...rest }: Props) {
  const styles = useStyles();
  return (
    <p className={mergeClasses(styles.root, className)} {...rest}>
      {diffWords(before, after).map((part, i) =>
        part.added ? (
          <ins key={i} className={styles.added} aria-label={`tilføjet: ${part.value}`}>
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={i} className={styles.removed} aria-label={`fjernet: ${part.value}`}>
            {part.value}
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </p>
  );
}
