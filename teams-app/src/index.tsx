// Entry of the Teams tab: one FluentProvider carries the Teams theme; the tab renders as soon as the host is known.
import { FluentProvider, makeStaticStyles, makeStyles, Spinner } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { createApiClient } from '@koberollen/shared/api/client';

import { App } from './App';
import { apiBaseUrl, teamsInitTimeoutMs } from './config';
import { useTeamsHost } from './teams/useTeamsHost';

const api = createApiClient({ baseUrl: apiBaseUrl });

const useBodyStyles = makeStaticStyles({ body: { margin: 0 } });
const useStyles = makeStyles({ page: { minHeight: '100vh' } });

function Tab() {
  useBodyStyles();
  const styles = useStyles();
  const { loading, inTeams, theme } = useTeamsHost(teamsInitTimeoutMs);
  return (
    <FluentProvider theme={theme} className={styles.page}>
      {loading ? <Spinner label="Forbinder til Teams …" /> : <App inTeams={inTeams} api={api} />}
    </FluentProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Tab />
  </StrictMode>,
);
