// The cases as a table: reference, need, phase, target group, case worker and last change.
import { Table, TableBody, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';

import type { Case } from '@koberollen/shared/domain/case';
import { PHASE_LABELS } from '@koberollen/shared/domain/phaseLabels';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { formatDate } from '@koberollen/shared/rules/format';

import { useReportFirstData } from '../shell/firstData';
import { ListCell, ListLink, ListRow } from '../shell/listRows';
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
          <ListRow key={c.id}>
            <ListCell>
              <ListLink href={routeHref('sager', [c.id])}>{c.reference}</ListLink>
            </ListCell>
            <ListCell>{c.title}</ListCell>
            <ListCell>{PHASE_LABELS[c.phase]}</ListCell>
            <ListCell>{c.targetGroup}</ListCell>
            <ListCell>{c.assignee.name}</ListCell>
            <ListCell>{formatDate(isoDateOf(c.updatedAt))}</ListCell>
          </ListRow>
        ))}
      </TableBody>
    </Table>
  );
}
