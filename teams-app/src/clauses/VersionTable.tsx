// The published versions of a library record (clause, template), newest first: number, when, by whom and the change
// note, each offered for comparison with the published one.
import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';

import type { ApiClient } from '@koberollen/shared/api/client';
import type { UserRef } from '@koberollen/shared/domain/common';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { formatDate } from '@koberollen/shared/rules/format';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { useSession } from '../session/sessionContext';
import { Empty, ErrorState, Loading } from '../shell/states';

const useStyles = makeStyles({ note: { whiteSpace: 'pre-wrap' } });

export const dated = (at: string) => formatDate(isoDateOf(at));

interface PublishedVersion {
  version: number;
  changeNote: string;
  publishedAt: string;
  publishedBy: UserRef;
}

interface Props {
  /** The record's id: the versions are read again when it or `current` changes. */
  id: string;
  /** The latest published version. */
  current: number;
  /** Whether the latest version is the one in force (not retired). */
  inForce: boolean;
  /** Danish noun with article for the empty state, e.g. `Klausulen`. */
  noun: string;
  versions: (api: ApiClient) => Promise<PublishedVersion[]>;
  onCompare: (version: number) => void;
}

export function VersionTable({ id, current, inForce, noun, versions, onCompare }: Props) {
  const styles = useStyles();
  const { api } = useSession();
  const loaded = useLoad(() => versions(api), `${id}:${current}`);
  if (loaded.state === 'loading') return <Loading label="Henter versionerne …" />;
  if (loaded.state === 'error') return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.data.length === 0) return <Empty>{noun} er ikke udgivet endnu.</Empty>;
  return (
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
        {[...loaded.data].reverse().map((version) => (
          <TableRow key={version.version}>
            <TableCell>
              {version.version}
              {version.version === current && inForce ? ' (gældende)' : ''}
            </TableCell>
            <TableCell>{dated(version.publishedAt)}</TableCell>
            <TableCell>{version.publishedBy.name}</TableCell>
            <TableCell className={styles.note}>{version.changeNote}</TableCell>
            <TableCell>
              {version.version !== current && (
                <Button size="small" onClick={() => onCompare(version.version)}>
                  Sammenlign version {version.version}
                </Button>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
