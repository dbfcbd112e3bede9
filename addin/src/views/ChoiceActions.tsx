// The actions of a finding on a choice between alternatives: insert the one that fits, or go to each of two held.
import { Button } from '@fluentui/react-components';

import { clauseBlock } from '../document/build';
import type { Finding } from '../document/review';
import { useWorkspace } from '../workspaceContext';
import type { FindingActions } from './findingActions';
import { GoToClauseButton } from './GoToClauseButton';

type ChoiceFinding = Extract<Finding, { kind: 'openChoice' | 'conflictingAlternatives' }>;

/** Open choice: one "Indsæt" per alternative, at its place in the template. Both held: one "Gå til" per alternative. */
export function ChoiceActions({ finding, ...actions }: { finding: ChoiceFinding } & FindingActions) {
  const { contractDocument } = useWorkspace();
  if (finding.kind === 'conflictingAlternatives') {
    return finding.clauses.map(({ clauseId, title }) => (
      <GoToClauseButton
        key={clauseId}
        clauseId={clauseId}
        done={`${title} er markeret i dokumentet. Slet den variant, der ikke passer.`}
        actions={actions}
      >
        Gå til {title}
      </GoToClauseButton>
    ));
  }
  return finding.clauses.map(({ clauseId, title }) => {
    const version = actions.loaded.index.version(clauseId);
    return (
      version && (
        <Button
          key={clauseId}
          size="small"
          onClick={() =>
            void actions.change(
              () =>
                contractDocument.insertBlocks([{ kind: 'clause', clause: clauseBlock(version, actions.values) }], {
                  position: actions.positionOf(clauseId),
                }),
              `${title} er indsat.`,
            )
          }
        >
          Indsæt {title}
        </Button>
      )
    );
  });
}
