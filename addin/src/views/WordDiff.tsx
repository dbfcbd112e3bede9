// What changed between two clause texts, word by word (the `diff` library), loaded only when a user asks to see it.
import { makeStyles, tokens } from '@fluentui/react-components';
import { diffWords } from 'diff';

const useStyles = makeStyles({
  root: { whiteSpace: 'pre-wrap', margin: 0, lineHeight: tokens.lineHeightBase300 },
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

export default function WordDiff({ before, after }: { before: string; after: string }) {
  const styles = useStyles();
  return (
    <p className={styles.root} aria-label="Ændringer ord for ord">
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
