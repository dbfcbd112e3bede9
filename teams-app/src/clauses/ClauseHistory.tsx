// A clause's history: every published version with who published it, when and why, newest first, and its
// retirement or unpublished changes; each version can be compared with the published one.
import { makeStyles, Text, tokens } from '@fluentui/react-components';

import { clauseRoutes } from '@koberollen/shared/api/clauses.contract';
import type { Clause } from '@koberollen/shared/domain/clause';

import { readVersions } from './readVersions';
import { dated, VersionTable } from './VersionTable';

const useStyles = makeStyles({
  note: { whiteSpace: 'pre-wrap' },
  state: { color: tokens.colorNeutralForeground2 },
});

export function ClauseHistory({ clause, onCompare }: { clause: Clause; onCompare: (version: number) => void }) {
  const styles = useStyles();
  const changedBy = `${dated(clause.updatedAt)} af ${clause.updatedBy.name}`;
  return (
    <>
      {clause.status === 'retired' && (
        <Text as="p" weight="semibold">
          Udgået {clause.retirement ? `${dated(clause.retirement.at)} af ${clause.retirement.by.name}` : changedBy}.
          Dokumenter, der bruger klausulen, beholder deres version.
        </Text>
      )}
      {clause.retirement && (
        <Text as="p" className={styles.note}>
          Begrundelse: {clause.retirement.reason}
        </Text>
      )}
      {clause.status !== 'retired' && clause.hasUnpublishedChanges && (
        <Text as="p" className={styles.state}>
          Arbejdskopien er senest ændret {changedBy} og er ikke udgivet.
        </Text>
      )}
      <VersionTable
        id={clause.id}
        current={clause.version}
        inForce={clause.status === 'published'}
        noun="Klausulen"
        versions={readVersions(clauseRoutes.versions, clause.id)}
        onCompare={onCompare}
      />
    </>
  );
}
