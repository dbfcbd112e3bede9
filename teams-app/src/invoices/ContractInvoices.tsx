// A contract's invoices for its page: deviating first, each with its check, and "Registrér faktura" for finance.
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import { useCan } from '../session/sessionContext';
import { Empty, ErrorState, Loading } from '../shell/states';
import { InvoiceForm } from './InvoiceForm';
import { InvoiceList } from './InvoiceList';
import { useInvoices } from './useInvoices';

const useStyles = makeStyles({ root: { display: 'grid', gap: tokens.spacingVerticalM } });

export function ContractInvoices({ contractId }: { contractId: string }) {
  const styles = useStyles();
  const mayRegister = useCan('invoices');
  const [registering, setRegistering] = useState(false);
  const { loaded, items, hasMore, loadMore, moreError, replace } = useInvoices({ contractId });
  return (
    <div className={styles.root}>
      {mayRegister && !registering && (
        <div>
          <Button appearance="primary" onClick={() => setRegistering(true)}>
            Registrér faktura
          </Button>
        </div>
      )}
      {registering && <InvoiceForm contractId={contractId} onSaved={loaded.reload} />}
      {loaded.state === 'loading' && !loaded.data && <Loading />}
      {loaded.state === 'error' && <ErrorState error={loaded.error} onRetry={loaded.reload} />}
      {loaded.data && items.length === 0 && <Empty>Der er endnu ingen fakturaer på kontrakten.</Empty>}
      {items.length > 0 && (
        <InvoiceList invoices={items} onResolved={replace} onCredited={loaded.reload} label="Kontraktens fakturaer" />
      )}
      {moreError !== undefined && <ErrorState error={moreError} />}
      {hasMore && (
        <div>
          <Button onClick={() => void loadMore()}>Vis flere fakturaer</Button>
        </div>
      )}
    </div>
  );
}
