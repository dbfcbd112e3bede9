// "Gå til …": selects a clause in the document, as several kinds of finding offer.
import { Button } from '@fluentui/react-components';
import type { ReactNode } from 'react';

import { useWorkspace } from '../workspaceContext';
import type { FindingActions } from './findingActions';

/** Selects the clause in the document and says `done` on the status line. */
export function GoToClauseButton({
  clauseId,
  done,
  actions,
  children,
}: {
  clauseId: string;
  done: string;
  actions: Pick<FindingActions, 'change'>;
  children: ReactNode;
}) {
  const { contractDocument } = useWorkspace();
  return (
    <Button size="small" onClick={() => void actions.change(() => contractDocument.goTo({ clauseId }), done)}>
      {children}
    </Button>
  );
}
