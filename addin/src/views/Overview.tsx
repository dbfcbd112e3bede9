// The first view once signed in: what the document is linked to, and where to go next; it needs no API call.
import { Body1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';

import { PlainButton } from '@koberollen/shared/ui/plainButton';

import { useWorkspace } from '../workspaceContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  para: { margin: 0 },
});

export function Overview() {
  const styles = useStyles();
  const { state, show } = useWorkspace();
  return (
    <section className={styles.root}>
      <Subtitle2 as="h2">Dokumentet</Subtitle2>
      <Body1 as="p" className={styles.para}>
        {state.caseReference ? `Knyttet til sag ${state.caseReference}.` : 'Dokumentet er ikke knyttet til en sag.'}
      </Body1>
      <Body1 as="p" className={styles.para}>
        {state.templateId ? 'Bygget på en skabelon fra klausulbiblioteket.' : 'Ingen skabelon indsat endnu.'}
      </Body1>
      <div className={styles.actions}>
        <PlainButton onClick={() => show('case')}>{state.caseReference ? 'Skift sag' : 'Knyt til en sag'}</PlainButton>
        <PlainButton onClick={() => show('insert')}>Indsæt skabelon eller klausul</PlainButton>
        <PlainButton appearance="primary" onClick={() => show('review')}>
          Gennemgå kontrakten
        </PlainButton>
      </div>
    </section>
  );
}
