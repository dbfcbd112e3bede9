// A clause's history: every published version with who published it, when and why, newest first, and its
// retirement or unpublished changes; each version can be compared with the published one.
import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';

import { clauseRoutes } from '@koberollen/shared/api/clauses.contract';
import type { Clause } from '@koberollen/shared/domain/clause';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { formatDate } from '@koberollen/shared/rules/format';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { useSession } from '../session/sessionContext';
import { Empty, ErrorState, Loading } from '../shell/states';

const useStyles = makeStyles({
  note: { whiteSpace: 'pre-wrap' },
  state: { color: tokens.colorNeutralForeground2 },
});

const dated = (at: string) => formatDate(isoDateOf(at));

export function ClauseHistory({ clause, onCompare }: { clause: Clause; onCompare: (version: number) => void }) {
  const styles = useStyles();
  const { api } = useSession();
  const loaded = useLoad(
    () => api.call(clauseRoutes.versions, { params: { id: clause.id }, query: { limit: 200 } }),
    `${clause.id}:${clause.version}`,
  );
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
      {loaded.state === 'loading' && <Loading label="Henter versionerne …" />}
      {loaded.state === 'error' && <ErrorState error={loaded.error} onRetry={loaded.reload} />}
      {loaded.state === 'ready' && loaded.data.data.items.length === 0 && (
        <Empty>Klausulen er ikke udgivet endnu.</Empty>
      )}
      {loaded.state === 'ready' && loaded.data.data.items.length > 0 && (
        <Table aria-label="Versioner">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Version</TableHeaderCell>
              <TableHeaderCell>Udgivet</TableHeaderCell>
              <TableHeaderCell>Af</TableHeaderCell>
              <TableHeaderCell>Ændringsnote</TableHeaderCell>
              <TableHeaderCell>Sammenlign</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {[...loaded.data.data.items].reverse().map((version) => (
              <TableRow key={version.version}>
                <TableCell>
                  {version.version}
                  {version.version === clause.version && clause.status === 'published' ? ' (gældende)' : ''}
                </TableCell>
                <TableCell>{dated(version.publishedAt)}</TableCell>
                <TableCell>{version.publishedBy.name}</TableCell>
                <TableCell className={styles.note}>{version.changeNote}</TableCell>
                <TableCell>
                  {version.version !== clause.version && (
                    <Button size="small" onClick={() => onCompare(version.version)}>
                      Sammenlign version {version.version}
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
