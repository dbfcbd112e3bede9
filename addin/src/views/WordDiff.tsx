// What changed between two clause texts, word by word, loaded only when a user asks to see it (with the `diff` library).
import { makeStyles, tokens } from '@fluentui/react-components';

import { WordDiffText } from '@koberollen/shared/ui/wordDiff';

const useStyles = makeStyles({ root: { lineHeight: tokens.lineHeightBase300 } });

export default function WordDiff({ before, after }: { before: string; after: string }) {
  const styles = useStyles();
  return <WordDiffText className={styles.root} aria-label="Ændringer ord for ord" before={before} after={after} />;
}
