// Import providers from XLSX or CSV: choose a file, see every row as new, changed, unchanged or error, then write it.
import { Link, Text } from '@fluentui/react-components';

import { ImportReport } from '@koberollen/shared/api/providers.contract';
import { countText } from '@koberollen/shared/rules/countText';

import { FileImport, type ImportOutcome } from '../imports/FileImport';
import { useCan } from '../session/sessionContext';
import { useReportFirstData } from '../shell/firstData';
import { searchHref } from './searchMemory';

const STATUS = {
  new: { label: 'Ny', color: 'brand' },
  changed: { label: 'Ændret', color: 'warning' },
  unchanged: { label: 'Uændret', color: 'subtle' },
  error: { label: 'Fejl', color: 'danger' },
} as const;

type Row = ImportReport['rows'][number];

const COLUMNS = [
  { header: 'Leverandør', cell: (row: Row) => row.provider },
  { header: 'Tilbud', cell: (row: Row) => row.offer },
];

const toWrite = (report: ImportReport) => report.counts.new + report.counts.changed;

function outcome(report: ImportReport, written: boolean): ImportOutcome {
  const { new: added, changed, unchanged } = report.counts;
  return {
    intent: 'success',
    text: written
      ? `Importen er gemt: ${countText(added, 'ny række', 'nye rækker')} og ${countText(changed, 'ændret række', 'ændrede rækker')}.`
      : toWrite(report) === 0
        ? 'Filen ændrer intet i kataloget.'
        : `Klar til import: ${countText(added, 'ny række', 'nye rækker')}, ${countText(changed, 'ændret række', 'ændrede rækker')} og ${countText(unchanged, 'uændret række', 'uændrede rækker')}.`,
  };
}

export function ImportPanel() {
  const mayImport = useCan('providers');
  useReportFirstData(true);
  if (!mayImport) return <Text as="p">Din rolle kan ikke importere leverandører.</Text>;
  return (
    <FileImport
      id="import"
      title="Importér leverandører"
      intro="Indlæs en liste fra Tilbudsportalen med kommunens forhandlede takster som XLSX eller CSV (højst 5 MB og 5.000 rækker) med skabelonens kolonner. Du ser alle rækker, før noget gemmes, og en fil med fejl gemmes slet ikke."
      lead={<Link href={searchHref()}>Tilbage til søgningen</Link>}
      route="/api/providers/import"
      report={ImportReport}
      templateName="skabelon"
      fileLabel="Vælg fil (XLSX eller CSV)"
      readingLabel="Læser filen …"
      tableLabel="Rækkerne i filen"
      statuses={STATUS}
      columns={COLUMNS}
      outcome={outcome}
      toWrite={toWrite}
      writeLabel={(count) => `Importér ${countText(count, 'række', 'rækker')}`}
    />
  );
}
