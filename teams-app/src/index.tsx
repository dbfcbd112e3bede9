// Entry of the Teams tab: one FluentProvider carries the Teams theme; the tab starts as soon as the host is known.
import { FluentProvider, makeStaticStyles, makeStyles } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { createApiClient } from '@koberollen/shared/api/client';

import { App } from './App';
import { apiBaseUrl, teamsInitTimeoutMs } from './config';
import { prefetchRoute } from './shell/pages';
import { DEFAULT_ROUTE, parseRoute } from './shell/route';
import { Loading } from './shell/states';
import { useTeamsHost } from './teams/useTeamsHost';

const publicApi = createApiClient({ baseUrl: apiBaseUrl });

// Inside Teams the view a link opens loads while the tab signs in, not after (outside, see App's start).
if (window.parent !== window) {
  prefetchRoute(parseRoute(window.location.hash || DEFAULT_ROUTE));
}

const useBodyStyles = makeStaticStyles({ body: { margin: 0 } });
// On a child, not on the provider: portals (tooltips, popovers) copy the provider's classes onto their mount node,
// which would then cover the page.
const useStyles = makeStyles({ page: { minHeight: '100vh' } });

function Tab() {
  useBodyStyles();
  const styles = useStyles();
  const host = useTeamsHost(teamsInitTimeoutMs);
  return (
    <FluentProvider theme={host.theme}>
      <div className={styles.page}>
        {host.loading ? (
          <Loading label="Forbinder til Teams …" />
        ) : (
          <App host={host} baseUrl={apiBaseUrl} publicApi={publicApi} />
        )}
      </div>
    </FluentProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Tab />
  </StrictMode>,
);
