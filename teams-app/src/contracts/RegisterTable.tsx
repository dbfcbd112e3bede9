// The register as a table: title, case, paragraph, provider, case worker, status, end date and coming 12 months' cost.

import type { Contract } from '@koberollen/shared/domain/contract';
import { costWithPeriod } from '@koberollen/shared/rules/coming12Months';
import { formatDate, formatKr } from '@koberollen/shared/rules/format';

import { ListCell, ListLink, ListLinkButton, ListRow } from '../shell/listRows';
import { Table, TableBody, TableHeader, TableHeaderCell, TableRow } from '../shell/plainTable';
import { routeHref } from '../shell/route';
import { Empty } from '../shell/states';
import { CONTRACT_STATUS_LABELS } from './contractLabels';

export function RegisterTable({ contracts, onProvider }: { contracts: Contract[]; onProvider: (id: string) => void }) {
  if (contracts.length === 0) return <Empty>Ingen kontrakter passer til filtrene.</Empty>;
  return (
    <Table aria-label="Kontraktregister">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Kontrakt</TableHeaderCell>
          <TableHeaderCell>Sag</TableHeaderCell>
          <TableHeaderCell>Paragraf</TableHeaderCell>
          <TableHeaderCell>Leverandør</TableHeaderCell>
          <TableHeaderCell>Sagsbehandler</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
          <TableHeaderCell>Slutdato</TableHeaderCell>
          <TableHeaderCell>Udgift næste 12 mdr.</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {contracts.map((c) => (
          <ListRow key={c.id}>
            <ListCell>
              <ListLink href={routeHref('kontrakter', [c.id])}>{c.title}</ListLink>
            </ListCell>
            <ListCell>{c.parties?.caseReference ?? ''}</ListCell>
            <ListCell>{c.parties?.paragraph ?? ''}</ListCell>
            <ListCell>
              {c.parties && (
                <ListLinkButton
                  onClick={() => onProvider(c.providerId)}
                  aria-label={`Vis kun kontrakter med ${c.parties.providerName}`}
                >
                  {c.parties.providerName}
                </ListLinkButton>
              )}
            </ListCell>
            <ListCell>{c.parties?.caseWorker.name ?? ''}</ListCell>
            <ListCell>{CONTRACT_STATUS_LABELS[c.status]}</ListCell>
            <ListCell>{c.endDate ? formatDate(c.endDate) : 'Ingen'}</ListCell>
            <ListCell title={costWithPeriod(c)}>{formatKr(c.annualCost)}</ListCell>
          </ListRow>
        ))}
      </TableBody>
    </Table>
  );
}
