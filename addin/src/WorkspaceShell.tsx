// The signed-in pane: the document's remembered state, navigation between the views, each view loaded when first used.
import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, useEffect, useMemo, useRef, useState } from 'react';

import { lazyViews } from '@koberollen/shared/ui/lazyViews';
import { PlainButton } from '@koberollen/shared/ui/plainButton';
import { ViewBoundary } from '@koberollen/shared/ui/ViewBoundary';

import type { ContractDocument, DocumentState } from './document/types';
import type { Session } from './session/session';
import { LinkedCaseProvider } from './views/linkedCase';
import { Overview } from './views/Overview';
import type { HostInfo } from './word/host';
import { type ViewName, type Workspace, WorkspaceContext } from './workspaceContext';

const LOADERS = {
  case: () => import('./views/CaseView'),
  insert: () => import('./views/InsertView'),
  review: () => import('./views/ReviewView'),
  contract: () => import('./views/ContractView'),
  regulation: () => import('./views/RegulationView'),
};
type LoadedView = keyof typeof LOADERS;
const views = lazyViews((name: LoadedView) => LOADERS[name]().then((m) => m.default));

/** Once the first screen has been idle a while, the views are fetched, so they open at once and work offline. */
const PREFETCH_AFTER_MS = 3000;

function prefetchViews() {
  for (const load of [...Object.values(LOADERS), () => import('./views/WordDiff')]) void load().catch(() => undefined);
}

export const VIEW_LABELS: Record<ViewName, string> = {
  overview: 'Overblik',
  case: 'Sag',
  insert: 'Indsæt',
  review: 'Gennemgang',
  contract: 'Felter og kontrakt',
  regulation: 'Prisregulering',
};

const useStyles = makeStyles({
  nav: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface WorkspaceShellProps {
  base: string;
  host: HostInfo;
  session: Session;
  contractDocument: ContractDocument;
  microsoft365?: Workspace['microsoft365'];
  onUnauthorized: () => void;
}

export default function WorkspaceShell({
  base,
  host,
  session,
  contractDocument,
  microsoft365,
  onUnauthorized,
}: WorkspaceShellProps) {
  const styles = useStyles();
  const [state, setState] = useState<DocumentState>();
  const [error, setError] = useState<string>();
  const [view, setView] = useState<ViewName>('overview');
  const heading = useRef<HTMLDivElement>(null);
  const dirty = useRef(false);

  useEffect(() => {
    const timer = setTimeout(prefetchViews, PREFETCH_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  useEffect(() => {
    contractDocument.readState().then(setState, () => setState({ checked: [] }));
  }, [contractDocument]);

  const workspace = useMemo<Workspace | undefined>(
    () =>
      state && {
        base,
        host,
        session,
        contractDocument,
        microsoft365,
        state,
        async updateState(change) {
          const next = { ...state, ...change };
          setState(next);
          try {
            await contractDocument.writeState(next);
            setError(undefined);
          } catch {
            setError('Dokumentet kunne ikke huske ændringen. Gem dokumentet, og prøv igen.');
          }
        },
        onUnauthorized,
        setDirty: (value) => {
          dirty.current = value;
        },
        show: (next) => {
          if (dirty.current && !window.confirm('Du har ændringer, der ikke er gemt. Vil du forlade formularen?'))
            return;
          dirty.current = false;
          setView(next);
          heading.current?.focus();
        },
      },
    [base, host, session, contractDocument, microsoft365, state, onUnauthorized],
  );

  if (!workspace) return <Body1 role="status">Læser dokumentet …</Body1>;
  return (
    <WorkspaceContext.Provider value={workspace}>
      <LinkedCaseProvider>
        <nav aria-label="Visninger" className={styles.nav}>
          {(Object.keys(VIEW_LABELS) as ViewName[]).map((name) => (
            <PlainButton
              key={name}
              size="small"
              appearance={name === view ? 'primary' : 'secondary'}
              aria-current={name === view ? 'page' : undefined}
              onClick={() => workspace.show(name)}
            >
              {VIEW_LABELS[name]}
            </PlainButton>
          ))}
        </nav>
        {error && (
          <Body1 role="alert" className={styles.error}>
            {error}
          </Body1>
        )}
        <div ref={heading} tabIndex={-1} className={styles.view} aria-label={VIEW_LABELS[view]} role="region">
          {view === 'overview' ? (
            <Overview />
          ) : (
            <ViewBoundary resetKey={view} onRetry={() => views.forget(view)}>
              {() => {
                const View = views.get(view);
                return (
                  <Suspense fallback={<Body1 role="status">Henter …</Body1>}>
                    <View />
                  </Suspense>
                );
              }}
            </ViewBoundary>
          )}
        </div>
      </LinkedCaseProvider>
    </WorkspaceContext.Provider>
  );
}
