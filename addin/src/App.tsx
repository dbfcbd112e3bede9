// The task pane: product header, preview notice, API status, then sign-in or the signed-in workspace (loaded lazily).
import { Body1, makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';

import { describeHealth } from '@koberollen/shared/api/healthText';
import { ROLE_LABELS } from '@koberollen/shared/domain/roleLabels';
import { PlainButton } from '@koberollen/shared/ui/plainButton';

import type { ContractDocument } from './document/types';
import { getHealth, type Health } from './session/bootstrapApi';
import type { Session } from './session/session';
import { SignInScreen } from './session/SignInScreen';
import { StatusLine, type StatusLineProps } from './ui/StatusLine';
import type { HostInfo, WordPlatform } from './word/host';

const WorkspaceShell = lazy(() => import('./WorkspaceShell'));

const PLATFORM_NAMES: Record<WordPlatform, string> = {
  windows: 'Word til Windows',
  mac: 'Word til Mac',
  web: 'Word på internettet',
  ipad: 'Word til iPad',
  other: 'Word',
};

/** "Kører i Word til Mac", or the preview notice outside Word. */
export function hostText(host: HostInfo): string {
  return host.kind === 'word'
    ? `Kører i ${PLATFORM_NAMES[host.platform]}`
    : 'Forhåndsvisning – åbn i Word for at redigere dokumentet';
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    minWidth: 0,
  },
  header: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  logo: { width: '32px', height: '32px', flexShrink: 0 },
  title: { margin: 0, flexGrow: 1 },
  user: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  preview: {
    margin: 0,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder2}`,
  },
});

export interface AppProps {
  /** Where the pane runs, as office.js reported it at start-up. */
  host: HostInfo;
  contractDocument: ContractDocument;
  /** Origin of the API. */
  base: string;
}

const SESSION_ENDED = 'Din session er udløbet. Log ind igen for at fortsætte.';

export function App({ host, contractDocument, base }: AppProps) {
  const styles = useStyles();
  const [health, setHealth] = useState<Health>();
  const [status, setStatus] = useState<StatusLineProps>({ state: 'pending', text: 'Forbinder til Køberollen …' });
  const [session, setSession] = useState<Session>();
  const [notice, setNotice] = useState<string>();

  useEffect(() => {
    let active = true;
    getHealth(base).then(
      (answer) => active && (setHealth(answer), setStatus({ state: 'ok', text: describeHealth(answer) })),
      (error: Error) =>
        active && setStatus({ state: 'error', text: `Ingen forbindelse til Køberollen: ${error.message}` }),
    );
    return () => {
      active = false;
    };
  }, [base]);

  const signOut = (why?: string) => {
    session?.tokens.clear();
    setSession(undefined);
    setNotice(why);
  };

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <img className={styles.logo} src="assets/icon-32.png" alt="" />
        <Title3 as="h1" className={styles.title}>
          Køberollen
        </Title3>
      </header>
      {host.kind === 'preview' ? (
        <p className={styles.preview}>
          <Text weight="semibold">{hostText(host)}</Text>
        </p>
      ) : (
        <Text as="p" weight="semibold">
          {hostText(host)}
        </Text>
      )}
      {session && (
        <div className={styles.user}>
          <Body1>
            {session.user.name} ({session.user.roles.map((role) => ROLE_LABELS[role]).join(', ')}),{' '}
            {session.user.tenantName}
          </Body1>
          <PlainButton size="small" onClick={() => signOut()}>
            Log ud
          </PlainButton>
        </div>
      )}
      {!session && health && (
        <SignInScreen base={base} health={health} notice={notice} onSignedIn={(next) => setSession(next)} />
      )}
      {session && (
        <Suspense fallback={<Body1>Indlæser …</Body1>}>
          <WorkspaceShell
            base={base}
            host={host}
            session={session}
            contractDocument={contractDocument}
            microsoft365={health?.microsoft365}
            onUnauthorized={() => signOut(SESSION_ENDED)}
          />
        </Suspense>
      )}
      <StatusLine {...status} />
    </main>
  );
}
