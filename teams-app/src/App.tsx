// The Teams tab's first screen: the product, the five phases of a purchase, and whether the API answers.
import { Body1, Caption1, makeStyles, Subtitle1, Text, Title2, tokens } from '@fluentui/react-components';

import type { ApiClient } from '@koberollen/shared/api/client';
import { Phase, PHASE_LABELS } from '@koberollen/shared/domain/phase';

import { ApiStatusBar } from './ApiStatusBar';

/** What happens in each phase, in a sentence a case worker recognises. */
const PHASE_SUMMARIES: Record<Exclude<Phase, 'closed'>, string> = {
  need: 'Borgerens behov for støtte beskrives og fastlægges.',
  scan: 'Egne og eksterne tilbud, der kan dække behovet, afdækkes.',
  choice: 'Sagsbehandleren indstiller, og visitationsudvalget vælger tilbud.',
  negotiation: 'Pris, ydelser og vilkår forhandles, og kontrakten skrives på kommunens standardkontrakt.',
  followUp: 'Der følges op på, om behovet dækkes, og om det leverede svarer til det, der betales for.',
};
const CASE_PHASES = Phase.options.filter((phase): phase is Exclude<Phase, 'closed'> => phase !== 'closed');

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '720px',
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  logo: { width: '32px', height: '32px', flexShrink: 0 },
  flush: { margin: 0 },
  phases: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL },
  phase: { marginBottom: tokens.spacingVerticalS, '::marker': { fontWeight: tokens.fontWeightSemibold } },
});

export interface AppProps {
  /** Whether teams-js found Teams around the tab. */
  inTeams: boolean;
  api: ApiClient;
}

export function App({ inTeams, api }: AppProps) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <img className={styles.logo} src="icon-32.png" alt="" />
        <Title2 as="h1" className={styles.flush}>
          Køberollen
        </Title2>
      </header>
      <Body1 as="p" className={styles.flush}>
        Køberollen samler sagsforløbet, når kommunen køber komplekse sociale tilbud som botilbud, anbringelser og
        dagbehandling, så sagsbehandlere, forhandlere, indkøb og økonomi arbejder ud fra de samme kontrakter og
        klausuler.
      </Body1>
      <section aria-labelledby="phases-heading">
        <Subtitle1 as="h2" id="phases-heading">
          Sagsforløbets fem faser
        </Subtitle1>
        <ol className={styles.phases}>
          {CASE_PHASES.map((phase) => (
            <li key={phase} className={styles.phase}>
              <Text weight="semibold" block>
                {PHASE_LABELS[phase]}
              </Text>
              <Caption1 block>{PHASE_SUMMARIES[phase]}</Caption1>
            </li>
          ))}
        </ol>
      </section>
      <Caption1 as="p" className={styles.flush}>
        {inTeams ? 'Åbnet i Microsoft Teams' : 'Åbnet i browseren uden for Teams'}
      </Caption1>
      <ApiStatusBar api={api} />
    </main>
  );
}
