// Import invoices from the finance system (XLSX or CSV): a preview of every row with Danish errors naming row and
// column, what the check finds (invoices checked, deviating, amount at stake), then the write, all or nothing.
import {
  Badge,
  Body1,
  Button,
  Field,
  Label,
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

import { InvoiceImportReport } from '@koberollen/shared/api/invoices.contract';
import { formatKr } from '@koberollen/shared/rules/format';

import { downloadFile, MAX_FILE_BYTES, uploadImport } from '../providers/fileTransfer';
import { useCan, useSession } from '../session/sessionContext';
import { ErrorState } from '../shell/states';

const ROW_STATUS = {
  new: { label: 'Ny', color: 'brand' },
  existing: { label: 'Findes allerede', color: 'subtle' },
  error: { label: 'Fejl', color: 'danger' },
} as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '1080px' },
  table: { overflowX: 'auto' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

type Step =
  | { state: 'idle' }
  | { state: 'sending'; sent: number | undefined }
  | { state: 'previewed' | 'written'; report: InvoiceImportReport };

/** The summary sentence: how many invoices were (or will be) checked, how many deviate, and the amount at stake. */
export function summaryText(report: InvoiceImportReport): string {
  const { checked, deviating, amountAtStake } = report.summary;
  const verb = report.written ? 'er kontrolleret og gemt' : 'kontrolleres ved importen';
  const deviations =
    deviating === 0
      ? 'Ingen afviger fra kontrakten.'
      : `${deviating} afviger fra kontrakten med i alt ${formatKr(amountAtStake)} på spil.`;
  return `${checked} nye fakturaer ${verb}. ${deviations}`;
}

export function InvoiceImport({ onWritten }: { onWritten: () => void }) {
  const styles = useStyles();
  const { getToken } = useSession();
  const mayImport = useCan('invoices');
  const [file, setFile] = useState<File>();
  const [step, setStep] = useState<Step>({ state: 'idle' });
  const [error, setError] = useState<unknown>();

  const send = async (chosen: File, dryRun: boolean) => {
    setError(undefined);
    setStep({ state: 'sending', sent: 0 });
    try {
      const report = await uploadImport('/api/invoices/import', InvoiceImportReport, chosen, {
        dryRun,
        token: await getToken(),
        onProgress: (sent) => setStep({ state: 'sending', sent }),
      });
      setStep({ state: dryRun ? 'previewed' : 'written', report });
      if (report.written) onWritten();
    } catch (failure) {
      setError(failure);
      setStep({ state: 'idle' });
    }
  };
  const template = async (format: 'xlsx' | 'csv') => {
    try {
      await downloadFile(`/api/invoices/import/template?format=${format}`, await getToken(), `fakturaer.${format}`);
    } catch (failure) {
      setError(failure);
    }
  };
  const choose = (chosen: File | undefined) => {
    setFile(chosen);
    setStep({ state: 'idle' });
    if (chosen && chosen.size <= MAX_FILE_BYTES) void send(chosen, true);
  };

  if (!mayImport) return <Text as="p">Kun økonomi kan importere fakturaer.</Text>;
  const report = step.state === 'previewed' || step.state === 'written' ? step.report : undefined;
  return (
    <section className={styles.root} aria-labelledby="invoice-import-heading">
      <Title3 as="h2" id="invoice-import-heading">
        Importér fakturaer
      </Title3>
      <Body1 as="p">
        Indlæs fakturaer fra økonomisystemet som XLSX eller CSV med skabelonens kolonner: én række pr. fakturalinje.
        Hver række knyttes til sin kontrakt ud fra kontrakt-id eller sagsnummer og CVR. Du ser kontrollen, før noget
        gemmes, og en fil med fejl gemmes slet ikke. Fakturaer, der allerede er registreret, springes over.
      </Body1>
      <div className={styles.buttons}>
        <Button onClick={() => void template('xlsx')}>Hent skabelonen som XLSX</Button>
        <Button onClick={() => void template('csv')}>Hent skabelonen som CSV</Button>
      </div>
      <div>
        <Label htmlFor="invoice-import-file" style={{ display: 'block' }}>
          Vælg fakturafil (XLSX eller CSV)
        </Label>
        <input
          id="invoice-import-file"
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
          label={
            step.sent === undefined ? 'Kontrollerer fakturaerne …' : `Sender filen … ${Math.round(step.sent * 100)} %`
          }
        >
          <ProgressBar value={step.sent} aria-label="Fremskridt for importen" />
        </Field>
      )}
      {error !== undefined && <ErrorState error={error} />}
      {report && (
        <>
          <MessageBar
            intent={report.counts.error > 0 ? 'error' : report.summary.deviating > 0 ? 'warning' : 'success'}
            role="status"
          >
            <MessageBarBody>
              {report.counts.error > 0
                ? `${report.counts.error} rækker har fejl. Ret dem i filen, og vælg den igen – intet er gemt.`
                : report.counts.new === 0
                  ? 'Alle fakturaer i filen er allerede registreret. Intet nyt at gemme.'
                  : summaryText(report)}
            </MessageBarBody>
          </MessageBar>
          {step.state === 'previewed' && report.counts.error === 0 && report.invoices.length > 0 && file && (
            <div>
              <Button appearance="primary" onClick={() => void send(file, false)}>
                Importér {report.invoices.length} fakturaer
              </Button>
            </div>
          )}
          <div className={styles.table}>
            <Table size="small" aria-label="Rækkerne i fakturafilen">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Række</TableHeaderCell>
                  <TableHeaderCell>Status</TableHeaderCell>
                  <TableHeaderCell>Faktura</TableHeaderCell>
                  <TableHeaderCell>CVR</TableHeaderCell>
                  <TableHeaderCell>Kontrakt</TableHeaderCell>
                  <TableHeaderCell>Fejl</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {report.rows.map((row) => (
                  <TableRow key={row.row}>
                    <TableCell>{row.row}</TableCell>
                    <TableCell>
                      <Badge appearance="tint" color={ROW_STATUS[row.status].color}>
                        {ROW_STATUS[row.status].label}
                      </Badge>
                    </TableCell>
                    <TableCell>{row.invoiceNumber}</TableCell>
                    <TableCell>{row.cvr}</TableCell>
                    <TableCell>{row.contractTitle ?? ''}</TableCell>
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
