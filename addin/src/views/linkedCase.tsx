// The case the document is linked to, with its newest contract and provider: loaded once for the signed-in pane, so
// every view sees the same records and switching views neither reloads them nor shows them half-loaded.
import { createContext, type ReactNode, useContext, useMemo } from 'react';

import type { Case } from '@koberollen/shared/domain/case';
import type { Contract } from '@koberollen/shared/domain/contract';
import type { Provider } from '@koberollen/shared/domain/provider';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { errorText, paneClient } from '../api/paneClient';
import { useWorkspace } from '../workspaceContext';

export interface Linked {
  status: 'none' | 'loading' | 'ready' | 'error';
  case?: Case;
  caseEtag?: string;
  contract?: Contract;
  contractEtag?: string;
  provider?: Provider;
  error?: string;
  reload(): void;
}

const LinkedContext = createContext<Linked | undefined>(undefined);

/** Loads the linked case, its contract (the newest) and provider whenever the document's case changes. */
export function LinkedCaseProvider({ children }: { children: ReactNode }) {
  const { base, session, onUnauthorized, state } = useWorkspace();
  const api = paneClient(base, session, onUnauthorized);
  const caseId = state.caseId;
  const loaded = useLoad(async () => {
    if (!caseId) return undefined;
    // The route contracts load with the first linked case, not with the pane's first screen.
    const { loadLinkedRecords } = await import('./linkedRecords');
    return loadLinkedRecords(api, caseId);
  }, caseId ?? '');
  const failure = loaded.state === 'error' ? loaded.error : undefined;
  const { state: status, data, reload } = loaded;
  const linked = useMemo<Linked>(() => {
    if (!caseId) return { status: 'none', reload };
    if (status === 'error') return { status, error: errorText(failure), reload };
    return { status, ...data, reload };
  }, [caseId, status, data, failure, reload]);
  return <LinkedContext.Provider value={linked}>{children}</LinkedContext.Provider>;
}

/** The linked records, as the pane's provider holds them. */
export function useLinked(): Linked {
  const linked = useContext(LinkedContext);
  if (!linked) throw new Error('useLinked outside the signed-in pane');
  return linked;
}
