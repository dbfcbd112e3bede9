// A finding on a clause procurement has retired: insert its successor where the template places it, go to the old one.
import { Button, makeStyles, tokens } from '@fluentui/react-components';

import type { Finding } from '../document/review';
import { useWorkspace } from '../workspaceContext';
import type { FindingActions } from './findingActions';
import { InsertClauseButton } from './InsertClauseButton';

const useStyles = makeStyles({
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** A retired clause: insert its successor where the template places it, and go to the old one to remove it. */
export function RetiredFinding({
  finding,
  ...actions
}: { finding: Extract<Finding, { kind: 'retired' }> } & FindingActions) {
  const styles = useStyles();
  const { contractDocument } = useWorkspace();
  const successor = finding.successorId ? actions.loaded.index.version(finding.successorId) : undefined;
  return (
    <div className={styles.actions}>
      {successor && (
        <InsertClauseButton
          version={successor}
          actions={actions}
          done={`${successor.title} er indsat. Slet den udgåede klausul ${finding.title}.`}
        />
      )}
      <Button
        size="small"
        onClick={() =>
          void actions.change(
            () => contractDocument.goTo({ clauseId: finding.clauseId }),
            `${finding.title} er markeret i dokumentet.`,
          )
        }
      >
        Gå til {finding.title}
      </Button>
    </div>
  );
}
