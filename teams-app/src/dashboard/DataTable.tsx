// A chart's data as a table: the accessible view of the chart and exactly what its CSV holds.

import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../shell/plainTable';
import { displayCell, type TableData } from './csv';

export function DataTable({ label, table }: { label: string; table: TableData }) {
  return (
    <Table aria-label={label} size="small">
      <TableHeader>
        <TableRow>
          {table.columns.map((column) => (
            <TableHeaderCell key={column.label}>{column.label}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {table.rows.map((row, r) => (
          <TableRow key={r}>
            {row.map((cell, c) => {
              const kind = table.columns[c]?.kind ?? 'text';
              return (
                <TableCell key={c} style={kind === 'text' ? undefined : { textAlign: 'end' }}>
                  {displayCell(cell, kind)}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
