// Import invoices from the finance system (XLSX or CSV): a preview of every row with Danish errors naming row and
// column, what the check finds (invoices checked, deviating, amount at stake), then the write, all or nothing.
import { Text } from '@fluentui/react-components';

import { InvoiceImportReport } from '@koberollen/shared/api/invoices.contract';
import { countText } from '@koberollen/shared/rules/countText';
import { formatKr } from '@koberollen/shared/rules/format';

import { FileImport, type ImportOutcome } from '../imports/FileImport';
import { useCan } from '../session/sessionContext';

const ROW_STATUS = {
  new: { label: 'Ny', color: 'brand' },
  existing: { label: 'Findes allerede', color: 'subtle' },
  error: { label: 'Fejl', color: 'danger' },
} as const;

type Row = InvoiceImportReport['rows'][number];

const COLUMNS = [
  { header: 'Faktura', cell: (row: Row) => row.invoiceNumber },
  { header: 'CVR', cell: (row: Row) => row.cvr },
  { header: 'Kontrakt', cell: (row: Row) => row.contractTitle ?? '' },
];

/** The summary sentence: how many invoices were (or will be) checked, how many deviate, and the amount at stake. */
export function summaryText(report: InvoiceImportReport): string {
  const { checked, deviating, amountAtStake } = report.summary;
  const verb = report.written ? 'er kontrolleret og gemt' : 'kontrolleres ved importen';
  const deviations =
    deviating === 0
      ? 'Ingen afviger fra kontrakten.'
      : `${deviating} afviger fra kontrakten med i alt ${formatKr(amountAtStake)} på spil.`;
  return `${countText(checked, 'ny faktura', 'nye fakturaer')} ${verb}. ${deviations}`;
}

function outcome(report: InvoiceImportReport): ImportOutcome {
  return {
    intent: report.summary.deviating > 0 ? 'warning' : 'success',
    text:
      report.counts.new === 0
        ? 'Alle fakturaer i filen er allerede registreret. Intet nyt at gemme.'
        : summaryText(report),
  };
}

export function InvoiceImport({ onWritten }: { onWritten: () => void }) {
  const mayImport = useCan('invoices');
  if (!mayImport) return <Text as="p">Kun økonomi kan importere fakturaer.</Text>;
  return (
    <FileImport
      id="invoice-import"
      title="Importér fakturaer"
      intro="Indlæs fakturaer fra økonomisystemet som XLSX eller CSV med skabelonens kolonner: én række pr. fakturalinje. Hver række knyttes til sin kontrakt ud fra kontrakt-id eller sagsnummer og CVR. Du ser kontrollen, før noget gemmes, og en fil med fejl gemmes slet ikke. Fakturaer, der allerede er registreret, springes over."
      route="/api/invoices/import"
      report={InvoiceImportReport}
      templateName="fakturaer"
      fileLabel="Vælg fakturafil (XLSX eller CSV)"
      readingLabel="Kontrollerer fakturaerne …"
      tableLabel="Rækkerne i fakturafilen"
      statuses={ROW_STATUS}
      columns={COLUMNS}
      outcome={outcome}
      toWrite={(report) => report.invoices.length}
      writeLabel={(count) => `Importér ${countText(count, 'faktura', 'fakturaer')}`}
      onWritten={onWritten}
    />
  );
}
