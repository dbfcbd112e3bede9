// The tab's start: asks the API how to sign in, signs in (Teams SSO, a ?tenant=&role= link or the demo picker),
// then shows the shell, or the configuration page when Teams opens the tab's settings.
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';

import type { ApiClient } from '@koberollen/shared/api/client';
import { firstScreenHeads } from '@koberollen/shared/api/heads';
import { describeHealth } from '@koberollen/shared/api/healthText';
import { devLinkOf, type DevTenantEntry } from '@koberollen/shared/auth/devSignIn';

import { chooseDevUser, localSession, signedOutSearch, signInSearch, teamsSession } from './session/session';
import { SessionProvider, type SessionValue } from './session/sessionContext';
import { FirstDataProvider, firstDataReporter } from './shell/firstData';
import { prefetchRoute, startRouteData } from './shell/pages';
import { deepLinkHash, DEFAULT_ROUTE, parseRoute } from './shell/route';
import { Shell } from './shell/Shell';
import { describeError, ErrorMessage, Loading } from './shell/states';
import type { TeamsHost } from './teams/useTeamsHost';

const DevPicker = lazy(() => import('./session/DevPicker').then((m) => ({ default: m.DevPicker })));
const ConfigPage = lazy(() => import('./shell/ConfigPage').then((m) => ({ default: m.ConfigPage })));

type Start =
  | { state: 'starting' }
  | { state: 'picker'; tenants: DevTenantEntry[]; connected: string }
  | { state: 'signedIn'; session: SessionValue }
  | { state: 'failed'; message: string };

const useStyles = makeStyles({ padded: { padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXL}` } });

const OUTSIDE_TEAMS =
  'Køberollen logger ind gennem Microsoft Teams. Åbn fanen i Teams, eller start Køberollen i lokal tilstand med demodata.';

/** The route the page opens on. */
const openingRoute = () => parseRoute(window.location.hash || DEFAULT_ROUTE);

/** Signs in from what the page knows: Teams SSO inside Teams, else a local-mode link or the picker. */
async function start(host: TeamsHost, baseUrl: string, publicApi: ApiClient): Promise<Start> {
  if (host.inTeams && host.bridge) {
    const { bridge } = host;
    const session = await teamsSession(baseUrl, () => bridge.getAuthToken());
    if ('missing' in session) return { state: 'failed', message: session.missing };
    startRouteData(session.api, openingRoute());
    const teamId = host.context?.team?.groupId;
    return { state: 'signedIn', session: { ...session, colleagues: [], ...(teamId ? { teamId } : {}) } };
  }
  // Both at once: the tenants answer 404 outside local mode, and then only the health answer counts.
  const tenants = publicApi.callUnparsed(firstScreenHeads.listDevTenants);
  tenants.catch(() => undefined);
  const { data: health } = await publicApi.callUnparsed(firstScreenHeads.getHealth);
  if (health.auth !== 'local') return { state: 'failed', message: OUTSIDE_TEAMS };
  const { data } = await tenants;
  const link = devLinkOf(window.location.search);
  const userId = new URLSearchParams(window.location.search).get('user') ?? undefined;
  const chosen = link && chooseDevUser(data.items, { ...link, userId });
  if (!chosen) return { state: 'picker', tenants: data.items, connected: describeHealth(health) };
  const colleagues = data.items.find((t) => t.id === chosen.tenantId)?.users ?? [];
  // The session asks for its token at once. The view's code is asked for after it: the browser's few connections
  // to the host would otherwise hold the token behind a score of scripts.
  const session = localSession(baseUrl, publicApi, chosen);
  prefetchRoute(openingRoute());
  startRouteData(session.api, openingRoute());
  return { state: 'signedIn', session: { ...session, colleagues } };
}

export interface AppProps {
  host: TeamsHost;
  baseUrl: string;
  publicApi: ApiClient;
}

export function App({ host, baseUrl, publicApi }: AppProps) {
  const styles = useStyles();
  const [status, setStatus] = useState<Start>({ state: 'starting' });
  const [round, setRound] = useState(0);
  const { bridge } = host;
  const reportFirstData = useMemo(() => firstDataReporter(() => bridge?.notifySuccess()), [bridge]);
  const settings = host.settings || parseRoute(window.location.hash).view === 'konfiguration';

  useEffect(() => {
    // Before the shell mounts, so it opens on the linked item; replacing keeps Back from returning to the default view.
    const linked = deepLinkHash(host.context?.page.subPageId, window.location.hash);
    if (!linked) return;
    window.history.replaceState(null, '', linked);
    prefetchRoute(parseRoute(linked));
  }, [host.context]);

  useEffect(() => {
    if (settings) return;
    let active = true;
    start(host, baseUrl, publicApi).then(
      (next) => {
        if (!active) return;
        if (next.state === 'failed') bridge?.notifyFailure(next.message);
        setStatus(next);
      },
      (error: unknown) => {
        const message = `Køberollen kunne ikke starte: ${describeError(error)}`;
        bridge?.notifyFailure(message);
        if (active) setStatus({ state: 'failed', message });
      },
    );
    return () => {
      active = false;
    };
  }, [host, baseUrl, publicApi, bridge, settings, round]);

  if (settings) {
    return (
      <main className={styles.padded}>
        <Suspense fallback={<Loading />}>
          <ConfigPage bridge={bridge} />
        </Suspense>
      </main>
    );
  }
  if (status.state === 'starting') return <Loading label="Logger ind …" />;
  if (status.state === 'failed') {
    return (
      <main className={styles.padded}>
        <ErrorMessage message={status.message} />
      </main>
    );
  }
  if (status.state === 'picker') {
    return (
      <main className={styles.padded}>
        <h1>Køberollen</h1>
        <Suspense fallback={<Loading />}>
          <DevPicker
            tenants={status.tenants}
            onChoose={(choice) => {
              window.history.replaceState(
                null,
                '',
                signInSearch(window.location.search, choice) + window.location.hash,
              );
              setRound((n) => n + 1);
            }}
          />
        </Suspense>
        <Caption1 as="p" role="status">
          {status.connected}
        </Caption1>
      </main>
    );
  }
  const switchUser =
    status.session.user.mode === 'local'
      ? () => {
          window.history.replaceState(
            null,
            '',
            `${window.location.pathname}${signedOutSearch(window.location.search)}${window.location.hash}`,
          );
          setStatus({ state: 'starting' });
          setRound((n) => n + 1);
        }
      : undefined;
  return (
    <SessionProvider value={status.session}>
      <FirstDataProvider value={reportFirstData}>
        <Shell key={status.session.user.userId + status.session.user.roles.join()} onSwitchUser={switchUser} />
      </FirstDataProvider>
    </SessionProvider>
  );
}
