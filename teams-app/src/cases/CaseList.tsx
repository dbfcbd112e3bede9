// The cases as a table: reference, need, phase, target group, case worker and last change.
import { Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';

import type { Case } from '@koberollen/shared/domain/case';
import { PHASE_LABELS } from '@koberollen/shared/domain/phaseLabels';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { formatDate } from '@koberollen/shared/rules/format';

import { useReportFirstData } from '../shell/firstData';
import { routeHref } from '../shell/route';
import { Empty } from '../shell/states';

export function CaseList({ cases }: { cases: Case[] }) {
  useReportFirstData(true);
  if (cases.length === 0) return <Empty>Ingen sager passer til filtrene.</Empty>;
  return (
    <Table aria-label="Sager">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Sagsnummer</TableHeaderCell>
          <TableHeaderCell>Behov</TableHeaderCell>
          <TableHeaderCell>Fase</TableHeaderCell>
          <TableHeaderCell>Målgruppe</TableHeaderCell>
          <TableHeaderCell>Sagsbehandler</TableHeaderCell>
          <TableHeaderCell>Ændret</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {cases.map((c) => (
          <TableRow key={c.id}>
            <TableCell>
              <Link href={routeHref('sager', [c.id])}>{c.reference}</Link>
            </TableCell>
            <TableCell>{c.title}</TableCell>
            <TableCell>{PHASE_LABELS[c.phase]}</TableCell>
            <TableCell>{c.targetGroup}</TableCell>
            <TableCell>{c.assignee.name}</TableCell>
            <TableCell>{formatDate(isoDateOf(c.updatedAt))}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
