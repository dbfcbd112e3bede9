// The file import panel the tab's imports share: template downloads, the file with its size check, a dry run as soon
// as a file is chosen, progress, errors, the outcome and every row of the file, then the write on confirmation.
import {
  Badge,
  type BadgeProps,
  Body1,
  Button,
  Field,
  Label,
  makeStyles,
  MessageBar,
  MessageBarBody,
  type MessageBarProps,
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';
import type { z } from 'zod';

import { countText } from '@koberollen/shared/rules/countText';
import { formatNumber } from '@koberollen/shared/rules/format';

import { downloadFile, MAX_FILE_BYTES, uploadImport } from '../providers/fileTransfer';
import { useSession } from '../session/sessionContext';
import { ErrorState } from '../shell/states';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '1080px' },
  table: { overflowX: 'auto' },
  templates: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

/** What every import report holds: whether it was written, the rows with errors, and one outcome per file row. */
interface ImportReportShape<S extends string> {
  written: boolean;
  counts: { error: number };
  rows: { row: number; status: S; errors: string[] }[];
  /** Error messages the report left out after its first 100. */
  omittedErrors: number;
}

type RowOf<R extends ImportReportShape<string>> = R['rows'][number];

/** The outcome line above the rows when no row has an error. */
export interface ImportOutcome {
  intent: MessageBarProps['intent'];
  text: string;
}

/** What one import sets: its route and report, its texts, its row columns, and what a file would write. */
export interface FileImportProps<S extends string, R extends ImportReportShape<S>> {
  /** Prefix of the heading's and the file input's element ids. */
  id: string;
  title: string;
  intro: string;
  /** Shown above the heading (a way back), if any. */
  lead?: ReactNode;
  /** The import route; its template is at `${route}/template`. */
  route: string;
  report: z.ZodType<R>;
  /** File name of a downloaded template, without its extension. */
  templateName: string;
  fileLabel: string;
  /** Progress label while the server reads the file. */
  readingLabel: string;
  tableLabel: string;
  statuses: Record<S, { label: string; color: BadgeProps['color'] }>;
  /** The columns between a row's number and status and its errors. */
  columns: { header: string; cell: (row: RowOf<R>) => ReactNode }[];
  outcome: (report: R, written: boolean) => ImportOutcome;
  /** How many rows (or records) the write would store. */
  toWrite: (report: R) => number;
  writeLabel: (count: number) => string;
  onWritten?: () => void;
}

type Step<R> =
  { state: 'idle' } | { state: 'sending'; sent: number | undefined } | { state: 'previewed' | 'written'; report: R };

/** An import from XLSX or CSV: every row is checked on a dry run, and nothing is written until the user confirms. */
export function FileImport<S extends string, R extends ImportReportShape<S>>(props: FileImportProps<S, R>) {
  const { id, route, statuses, columns } = props;
  const styles = useStyles();
  const { getToken } = useSession();
  const [file, setFile] = useState<File>();
  const [step, setStep] = useState<Step<R>>({ state: 'idle' });
  const [error, setError] = useState<unknown>();

  const send = async (chosen: File, dryRun: boolean) => {
    setError(undefined);
    setStep({ state: 'sending', sent: 0 });
    try {
      const report = await uploadImport(route, props.report, chosen, {
        dryRun,
        token: await getToken(),
        onProgress: (sent) => setStep({ state: 'sending', sent }),
      });
      setStep({ state: dryRun ? 'previewed' : 'written', report });
      if (report.written) props.onWritten?.();
    } catch (failure) {
      setError(failure);
      setStep({ state: 'idle' });
    }
  };
  const template = async (format: 'xlsx' | 'csv') => {
    try {
      await downloadFile(`${route}/template?format=${format}`, await getToken(), `${props.templateName}.${format}`);
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

  const report = step.state === 'previewed' || step.state === 'written' ? step.report : undefined;
  const outcome: ImportOutcome | undefined =
    report && report.counts.error > 0
      ? {
          intent: 'error',
          text: `${countText(report.counts.error, 'række', 'rækker')} har fejl. Ret ${report.counts.error === 1 ? 'den' : 'dem'} i filen, og vælg filen igen – intet er gemt.`,
        }
      : report && props.outcome(report, step.state === 'written');
  const toWrite = report ? props.toWrite(report) : 0;
  return (
    <section className={styles.root} aria-labelledby={`${id}-heading`}>
      {props.lead}
      <Title3 as="h2" id={`${id}-heading`}>
        {props.title}
      </Title3>
      <Body1 as="p">{props.intro}</Body1>
      <div className={styles.templates}>
        <Button onClick={() => void template('xlsx')}>Hent skabelonen som XLSX</Button>
        <Button onClick={() => void template('csv')}>Hent skabelonen som CSV</Button>
      </div>
      <div>
        <Label htmlFor={`${id}-file`} style={{ display: 'block' }}>
          {props.fileLabel}
        </Label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => choose(event.target.files?.[0])}
          // Cleared as the picker opens, so that a file corrected under the same name counts as chosen again.
          onClick={(event) => {
            event.currentTarget.value = '';
          }}
        />
      </div>
      {file && file.size > MAX_FILE_BYTES && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>Filen fylder mere end 5 MB. Del den op i flere filer.</MessageBarBody>
        </MessageBar>
      )}
      {step.state === 'sending' && (
        <Field label={step.sent === undefined ? props.readingLabel : `Sender filen … ${Math.round(step.sent * 100)} %`}>
          <ProgressBar value={step.sent} aria-label="Fremskridt for importen" />
        </Field>
      )}
      {error !== undefined && <ErrorState error={error} />}
      {report && outcome && (
        <>
          <MessageBar intent={outcome.intent} role="status">
            <MessageBarBody>{outcome.text}</MessageBarBody>
          </MessageBar>
          {report.omittedErrors > 0 && (
            <MessageBar intent="warning">
              <MessageBarBody>
                Listen viser de første 100 fejl; {formatNumber(report.omittedErrors, 0)} fejl mere er udeladt. Ret de
                viste, og indlæs filen igen.
              </MessageBarBody>
            </MessageBar>
          )}
          {step.state === 'previewed' && report.counts.error === 0 && toWrite > 0 && file && (
            <div>
              <Button appearance="primary" onClick={() => void send(file, false)}>
                {props.writeLabel(toWrite)}
              </Button>
            </div>
          )}
          <div className={styles.table}>
            <Table size="small" aria-label={props.tableLabel}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Række</TableHeaderCell>
                  <TableHeaderCell>Status</TableHeaderCell>
                  {columns.map((column) => (
                    <TableHeaderCell key={column.header}>{column.header}</TableHeaderCell>
                  ))}
                  <TableHeaderCell>Fejl</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {report.rows.map((row) => {
                  const status = statuses[row.status];
                  return (
                    <TableRow key={row.row}>
                      <TableCell>{row.row}</TableCell>
                      <TableCell>
                        <Badge appearance="tint" color={status.color}>
                          {status.label}
                        </Badge>
                      </TableCell>
                      {columns.map((column) => (
                        <TableCell key={column.header}>{column.cell(row)}</TableCell>
                      ))}
                      <TableCell>{row.errors.join(' ')}</TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </div>
        </>
      )}
    </section>
  );
}
