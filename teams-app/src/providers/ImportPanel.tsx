// Import providers from XLSX or CSV: choose a file, see every row as new, changed, unchanged or error, then write it.
import {
  Badge,
  Body1,
  Button,
  Field,
  Label,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';

import { ImportReport } from '@koberollen/shared/api/providers.contract';

import { useCan, useSession } from '../session/sessionContext';
import { useReportFirstData } from '../shell/firstData';
import { routeHref } from '../shell/route';
import { ErrorState } from '../shell/states';
import { downloadFile, MAX_FILE_BYTES, uploadImport } from './fileTransfer';

const STATUS = {
  new: { label: 'Ny', color: 'brand' },
  changed: { label: 'Ændret', color: 'warning' },
  unchanged: { label: 'Uændret', color: 'subtle' },
  error: { label: 'Fejl', color: 'danger' },
} as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '1080px' },
  table: { overflowX: 'auto' },
  templates: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Step =
  | { state: 'idle' }
  | { state: 'sending'; sent: number | undefined }
  | { state: 'previewed' | 'written'; report: ImportReport };

export function ImportPanel() {
  const styles = useStyles();
  const { getToken } = useSession();
  const mayImport = useCan('providers');
  const [file, setFile] = useState<File>();
  const [step, setStep] = useState<Step>({ state: 'idle' });
  const [error, setError] = useState<unknown>();
  useReportFirstData(true);

  const send = async (chosen: File, dryRun: boolean) => {
    setError(undefined);
    setStep({ state: 'sending', sent: 0 });
    try {
      const report = await uploadImport('/api/providers/import', ImportReport, chosen, {
        dryRun,
        token: await getToken(),
        onProgress: (sent) => setStep({ state: 'sending', sent }),
      });
      setStep({ state: dryRun ? 'previewed' : 'written', report });
    } catch (failure) {
      setError(failure);
      setStep({ state: 'idle' });
    }
  };
  const template = async (format: 'xlsx' | 'csv') => {
    try {
      await downloadFile(`/api/providers/import/template?format=${format}`, await getToken(), `skabelon.${format}`);
    } catch (failure) {
      setError(failure);
    }
  };
  const choose = (chosen: File | undefined) => {
    setFile(chosen);
    setStep({ state: 'idle' });
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      setError(undefined);
      return;
    }
    void send(chosen, true);
  };

  if (!mayImport) return <Text as="p">Din rolle kan ikke importere leverandører.</Text>;
  const report = step.state === 'previewed' || step.state === 'written' ? step.report : undefined;
  const toWrite = report ? report.counts.new + report.counts.changed : 0;
  return (
    <section className={styles.root} aria-labelledby="import-heading">
      <Link href={routeHref('leverandoerer')}>Tilbage til søgningen</Link>
      <Title3 as="h2" id="import-heading">
        Importér leverandører
      </Title3>
      <Body1 as="p">
        Indlæs en liste fra Tilbudsportalen med kommunens forhandlede takster som XLSX eller CSV (højst 5 MB og 5.000
        rækker) med skabelonens kolonner. Du ser alle rækker, før noget gemmes, og en fil med fejl gemmes slet ikke.
      </Body1>
      <div className={styles.templates}>
        <Button onClick={() => void template('xlsx')}>Hent skabelonen som XLSX</Button>
        <Button onClick={() => void template('csv')}>Hent skabelonen som CSV</Button>
      </div>
      <div>
        <Label htmlFor="import-file" style={{ display: 'block' }}>
          Vælg fil (XLSX eller CSV)
        </Label>
        <input
          id="import-file"
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => choose(event.target.files?.[0])}
        />
      </div>
      {file && file.size > MAX_FILE_BYTES && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>Filen fylder mere end 5 MB. Del den op i flere filer.</MessageBarBody>
        </MessageBar>
      )}
      {step.state === 'sending' && (
        <Field
          label={step.sent === undefined ? 'Læser filen …' : `Sender filen … ${Math.round(step.sent * 100)} %`}
          validationState="none"
        >
          <ProgressBar value={step.sent} aria-label="Fremskridt for importen" />
        </Field>
      )}
      {error !== undefined && <ErrorState error={error} />}
      {report && (
        <>
          <MessageBar intent={report.counts.error > 0 ? 'error' : 'success'} role="status">
            <MessageBarBody>
              {step.state === 'written'
                ? `Importen er gemt: ${report.counts.new} nye og ${report.counts.changed} ændrede rækker.`
                : report.counts.error > 0
                  ? `${report.counts.error} rækker har fejl. Ret dem i filen, og vælg den igen – intet er gemt.`
                  : toWrite === 0
                    ? 'Filen ændrer intet i kataloget.'
                    : `Klar til import: ${report.counts.new} nye, ${report.counts.changed} ændrede og ${report.counts.unchanged} uændrede rækker.`}
            </MessageBarBody>
          </MessageBar>
          {step.state === 'previewed' && report.counts.error === 0 && toWrite > 0 && file && (
            <div>
              <Button appearance="primary" onClick={() => void send(file, false)}>
                Importér {toWrite} rækker
              </Button>
            </div>
          )}
          <div className={styles.table}>
            <Table size="small" aria-label="Rækkerne i filen">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Række</TableHeaderCell>
                  <TableHeaderCell>Status</TableHeaderCell>
                  <TableHeaderCell>Leverandør</TableHeaderCell>
                  <TableHeaderCell>Tilbud</TableHeaderCell>
                  <TableHeaderCell>Fejl</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {report.rows.map((row) => (
                  <TableRow key={row.row}>
                    <TableCell>{row.row}</TableCell>
                    <TableCell>
                      <Badge appearance="tint" color={STATUS[row.status].color}>
                        {STATUS[row.status].label}
                      </Badge>
                    </TableCell>
                    <TableCell>{row.provider}</TableCell>
                    <TableCell>{row.offer}</TableCell>
                    <TableCell>{row.errors.join(' ')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
    </section>
  );
}
