// The register as a table: title, case, paragraph, provider, case worker, status, end date and annual cost.
import { Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';

import type { Contract } from '@koberollen/shared/domain/contract';
import { formatDate, formatKr } from '@koberollen/shared/rules/format';

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
          <TableHeaderCell>Årlig udgift</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {contracts.map((c) => (
          <TableRow key={c.id}>
            <TableCell>
              <Link href={routeHref('kontrakter', [c.id])}>{c.title}</Link>
            </TableCell>
            <TableCell>{c.parties?.caseReference ?? ''}</TableCell>
            <TableCell>{c.parties?.paragraph ?? ''}</TableCell>
            <TableCell>
              {c.parties && (
                <Link
                  as="button"
                  onClick={() => onProvider(c.providerId)}
                  aria-label={`Vis kun kontrakter med ${c.parties.providerName}`}
                >
                  {c.parties.providerName}
                </Link>
              )}
            </TableCell>
            <TableCell>{c.parties?.caseWorker.name ?? ''}</TableCell>
            <TableCell>{CONTRACT_STATUS_LABELS[c.status]}</TableCell>
            <TableCell>{c.endDate ? formatDate(c.endDate) : 'Ingen'}</TableCell>
            <TableCell>{formatKr(c.annualCost)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
