// A finding on a clause procurement has retired: insert its successor where the template places it, go to the old one.
import { makeStyles, tokens } from '@fluentui/react-components';

import type { Finding } from '../document/review';
import type { FindingActions } from './findingActions';
import { GoToClauseButton } from './GoToClauseButton';
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
      <GoToClauseButton
        clauseId={finding.clauseId}
        done={`${finding.title} er markeret i dokumentet.`}
        actions={actions}
      >
        Gå til {finding.title}
      </GoToClauseButton>
    </div>
  );
}
