// The task pane's first screen: the product, the host it runs in, and whether the API answers.
import { Body1, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';

import type { ApiClient } from '@koberollen/shared/api/client';

import { ApiStatusLine } from './ApiStatusLine';
import type { HostInfo, WordPlatform } from './word/host';

const PLATFORM_NAMES: Record<WordPlatform, string> = {
  windows: 'Word til Windows',
  mac: 'Word til Mac',
  web: 'Word på internettet',
  ipad: 'Word til iPad',
  other: 'Word',
};

/** "Kører i Word til Mac", or the preview notice outside Word. */
export function hostText(host: HostInfo): string {
  return host.kind === 'word' ? `Kører i ${PLATFORM_NAMES[host.platform]}` : 'Forhåndsvisning uden for Word';
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  logo: { width: '32px', height: '32px', flexShrink: 0 },
  title: { margin: 0 },
  status: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  host: { margin: 0 },
});

export interface AppProps {
  /** Where the pane runs, as office.js reported it at start-up. */
  host: HostInfo;
  api: ApiClient;
}

export function App({ host, api }: AppProps) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <img className={styles.logo} src="assets/icon-32.png" alt="" />
        <Title3 as="h1" className={styles.title}>
          Køberollen
        </Title3>
      </header>
      <Body1 as="p">Standardklausuler, skabeloner og kontraktgennemgang til køb af komplekse sociale tilbud.</Body1>
      <section aria-label="Status" className={styles.status}>
        <Text as="p" weight="semibold" className={styles.host}>
          {hostText(host)}
        </Text>
        {host.kind === 'preview' && (
          <Body1 as="p" className={styles.host}>
            Åbn Køberollen fra fanen Hjem i Word for at arbejde i et dokument.
          </Body1>
        )}
        <ApiStatusLine api={api} />
      </section>
    </main>
  );
}
