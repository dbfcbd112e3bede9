// What every view of the signed-in pane shares: the session, the document, its remembered state, and navigation.
import { createContext, useContext } from 'react';

import type { HealthBody } from '@koberollen/shared/api/health.contract';

import type { ContractDocument, DocumentState } from './document/types';
import type { Session } from './session/session';
import type { HostInfo } from './word/host';

export type ViewName = 'overview' | 'case' | 'insert' | 'review' | 'contract' | 'regulation';

export interface Workspace {
  base: string;
  host: HostInfo;
  session: Session;
  contractDocument: ContractDocument;
  /** What this installation has connected to Microsoft 365 (absent: nothing), as `GET /api/health` tells. */
  microsoft365?: HealthBody['microsoft365'];
  state: DocumentState;
  /** Saves the state in the document (settings in Word) and in the pane. */
  updateState: (change: Partial<DocumentState>) => Promise<void>;
  /** The API answered 401: the session is over, sign in again. */
  onUnauthorized: () => void;
  /** Goes to a view; asks first when a form has unsaved changes. */
  show: (view: ViewName) => void;
  /** A form reports unsaved changes, so leaving it (or the page) asks first. */
  setDirty: (dirty: boolean) => void;
}

export const WorkspaceContext = createContext<Workspace | undefined>(undefined);

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace outside the signed-in pane');
  return workspace;
}
