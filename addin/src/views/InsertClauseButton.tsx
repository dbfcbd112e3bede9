// The primary action of a finding that a library clause cures: insert it where the template places it.
import { Button } from '@fluentui/react-components';

import type { ClauseVersion } from '@koberollen/shared/domain/clause';

import { clauseBlock } from '../document/build';
import { useWorkspace } from '../workspaceContext';
import type { FindingActions } from './findingActions';

interface Props {
  version: ClauseVersion;
  actions: FindingActions;
  /** The status line's message once inserted. */
  done: string;
}

export function InsertClauseButton({ version, actions, done }: Props) {
  const { contractDocument } = useWorkspace();
  const insert = () =>
    contractDocument.insertBlocks([{ kind: 'clause', clause: clauseBlock(version, actions.values) }], {
      position: actions.positionOf(version.clauseId),
    });
  return (
    <Button size="small" appearance="primary" onClick={() => void actions.change(insert, done)}>
      Indsæt {version.title}
    </Button>
  );
}
