// What the views share: the API client, the library with its offline banner, and list states.
import { Body1, Button, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { formatDate } from '@koberollen/shared/rules/format';

import { errorText, paneClient } from '../api/paneClient';
import { idbLibraryCache } from '../library/idbCache';
import { useLibraryRefresh } from '../library/libraryRefresh';
import { type LoadedLibrary, useLibrary } from '../library/libraryStore';
import { useWorkspace } from '../workspaceContext';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3, margin: 0 },
  error: { color: tokens.colorPaletteRedForeground1, margin: 0 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

export function usePaneApi() {
  const { base, session, onUnauthorized } = useWorkspace();
  return paneClient(base, session, onUnauthorized);
}

export function libraryKey(tenantId: string) {
  return `library:${tenantId}`;
}

export function usePaneLibrary() {
  const api = usePaneApi();
  const { session } = useWorkspace();
  return {
    api,
    key: libraryKey(session.user.tenantId),
    cache: idbLibraryCache,
    ...useLibrary(api, idbLibraryCache, libraryKey(session.user.tenantId)),
  };
}

/** "01.12.2026 kl. 14.05" in Danish time. */
export function formatTimestamp(iso: string): string {
  const at = new Date(iso);
  const parts = new Intl.DateTimeFormat('da-DK', {
    timeZone: 'Europe/Copenhagen',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
  const day = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(at);
  return `${formatDate(day)} kl. ${parts.replace(':', '.')}`;
}

export function OfflineBanner({ loaded }: { loaded: LoadedLibrary }) {
  if (loaded.source !== 'cache') return null;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        Ingen forbindelse til Køberollen. Du arbejder med biblioteket fra {formatTimestamp(loaded.library.fetchedAt)}:
        indsættelse og gennemgang virker, men intet kan gemmes i Køberollen, før forbindelsen er tilbage.
      </MessageBarBody>
    </MessageBar>
  );
}

/** Shows loading and error states for the library, then the view with it. */
export function WithLibrary({ children }: { children: (loaded: LoadedLibrary) => ReactNode }) {
  const styles = useStyles();
  const { api, cache, key, state, retry, update } = usePaneLibrary();
  const notice = useLibraryRefresh(api, cache, key, state.status === 'ready' ? state.loaded : undefined, update);
  if (state.status === 'loading') return <Spinner size="small" label="Henter klausulbiblioteket …" />;
  if (state.status === 'error') {
    return (
      <div className={styles.row} role="alert">
        <Body1 className={styles.error}>Klausulbiblioteket kunne ikke hentes: {errorText(state.error)}</Body1>
        <Button size="small" onClick={retry}>
          Prøv igen
        </Button>
      </div>
    );
  }
  return (
    <>
      <OfflineBanner loaded={state.loaded} />
      {notice && (
        <MessageBar intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {children(state.loaded)}
    </>
  );
}

export function Muted({ children }: { children: ReactNode }) {
  return (
    <Body1 as="p" className={useStyles().muted}>
      {children}
    </Body1>
  );
}

export function ErrorLine({ children }: { children: ReactNode }) {
  return (
    <Body1 as="p" role="alert" className={useStyles().error}>
      {children}
    </Body1>
  );
}
