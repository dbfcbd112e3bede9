// The search's file actions: export what the search finds as XLSX or CSV, and (for the roles that keep the
// catalogue) import a file.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import { queryString } from '@koberollen/shared/api/client';

import { useCan, useSession } from '../session/sessionContext';
import { routeHref } from '../shell/route';
import { ErrorState } from '../shell/states';
import { downloadFile } from './fileTransfer';
import { apiQuery, type SearchForm } from './searchQuery';

const useStyles = makeStyles({ actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS } });

export function CatalogueActions({ form }: { form: SearchForm }) {
  const styles = useStyles();
  const { getToken } = useSession();
  const mayImport = useCan('providers');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const exportAs = async (format: 'xlsx' | 'csv') => {
    setBusy(true);
    setError(undefined);
    try {
      const { sort: _sort, ...filters } = apiQuery(form);
      await downloadFile(
        `/api/providers/export${queryString({ ...filters, format })}`,
        await getToken(),
        `leverandoerer.${format}`,
      );
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.actions}>
      <Button disabled={busy} onClick={() => void exportAs('xlsx')}>
        Eksportér som XLSX
      </Button>
      <Button disabled={busy} onClick={() => void exportAs('csv')}>
        Eksportér som CSV
      </Button>
      {mayImport && (
        <Button as="a" appearance="primary" href={routeHref('leverandoerer', ['import'])}>
          Importér
        </Button>
      )}
      {error !== undefined && <ErrorState error={error} />}
    </div>
  );
}
