// The pane's one-line API status, as a polite live region coloured by outcome.
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  pending: { color: tokens.colorNeutralForeground3 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface StatusLineProps {
  state: 'pending' | 'ok' | 'error';
  text: string;
}

export function StatusLine({ state, text }: StatusLineProps) {
  const styles = useStyles();
  return (
    <Caption1 role="status" className={styles[state]}>
      {text}
    </Caption1>
  );
}
