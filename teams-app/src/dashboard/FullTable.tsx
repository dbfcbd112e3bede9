// A chart's full table ("Vis alle"): its rows a page at a time with "Vis flere", and a CSV export of every row.
import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import { formatNumber } from '@koberollen/shared/rules/format';

import { describeError, ErrorMessage, Loading } from '../shell/states';
import type { FullSource } from './chartSpecs';
import { downloadCsv } from './csv';
import { DataTable } from './DataTable';
import { useFullTable } from './useFullTable';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

/** "1 række", "1.234 rækker". */
const rowCount = (n: number) => `${formatNumber(n, 0)} ${n === 1 ? 'række' : 'rækker'}`;

export interface FullTableProps {
  title: string;
  source: FullSource;
  period: { from: string; to: string };
  /** The export's file name. */
  fileName: string;
}

export default function FullTable({ title, source, period, fileName }: FullTableProps) {
  const styles = useStyles();
  const { table, state, error, more, retry, allRows } = useFullTable(source, period);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string>();

  const exportAll = async () => {
    setExporting(true);
    setExportError(undefined);
    try {
      downloadCsv(await allRows(), fileName);
    } catch (failure) {
      setExportError(describeError(failure));
    } finally {
      setExporting(false);
    }
  };

  const shown = table.rows.length;
  return (
    <div className={styles.root}>
      <Body1 as="p" aria-live="polite">
        {state === 'loading' && shown === 0
          ? 'Henter alle rækker …'
          : `Viser ${rowCount(shown)}${more ? ' – der er flere' : ''}.`}
      </Body1>
      {shown > 0 && <DataTable label={`${title}, alle rækker`} table={table} />}
      {state === 'loading' && shown > 0 && <Loading label="Henter flere rækker …" />}
      {state === 'error' && <ErrorMessage message={describeError(error)} onRetry={retry} />}
      <div className={styles.actions}>
        {more && state === 'ready' && (
          <Button size="small" onClick={more}>
            Vis flere
          </Button>
        )}
        <Button size="small" onClick={() => void exportAll()} disabled={exporting || shown === 0}>
          {exporting ? 'Eksporterer …' : 'Eksportér alle rækker som CSV'}
        </Button>
      </div>
      {exportError && <ErrorMessage message={exportError} />}
    </div>
  );
}
