// Fakturaer (#/kontrakter/fakturaer): finance's invoice control across contracts, deviating invoices first, with
// what is at stake, registration against a chosen contract, and the import (#/kontrakter/fakturaer/import).
import { makeStyles, Title2, Title3, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import { firstScreenHeads as heads } from '@koberollen/shared/api/heads';
import { INVOICE_STATUSES } from '@koberollen/shared/domain/choices';
import { countText } from '@koberollen/shared/rules/countText';
import { formatKr } from '@koberollen/shared/rules/format';
import { summarizeInvoices } from '@koberollen/shared/rules/invoiceSummary';
import { PlainButton } from '@koberollen/shared/ui/plainButton';
import { PlainLink, PlainSelect } from '@koberollen/shared/ui/plainControls';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { useCan, useSession } from '../session/sessionContext';
import { deferred } from '../shell/deferred';
import { useReportFirstData } from '../shell/firstData';
import { MessageBar, MessageBarBody } from '../shell/laterParts';
import { CONTRACT_LIST_LIMIT } from '../shell/pageSizes';
import { navigate, type Route, routeHref } from '../shell/route';
import { Empty, ErrorState, Loading } from '../shell/states';
import { STATUS_BADGES } from './invoiceLabels';
import { InvoiceList } from './InvoiceList';
import { useInvoices } from './useInvoices';

const ContractPicker = deferred(() => import('./ContractPicker').then((m) => m.ContractPicker));
const InvoiceForm = deferred(() => import('./InvoiceForm').then((m) => m.InvoiceForm));
const InvoiceImport = deferred(() => import('./InvoiceImport').then((m) => m.InvoiceImport));

const useStyles = makeStyles({
  root: { display: 'grid', gap: tokens.spacingVerticalL },
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
  panel: {
    display: 'grid',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

const HERE = ['fakturaer'];

/** The deviating invoices not yet cleared: how many, and what they bill above the contracts. */
function useDeviations(round: number) {
  const { api } = useSession();
  return useLoad(async () => {
    const { data } = await api.callUnparsed(heads.listInvoices, { query: { status: 'deviating', limit: 200 } });
    return { ...summarizeInvoices(data.items), more: Boolean(data.continuationToken) };
  }, String(round));
}

function useContractTitles() {
  const { api } = useSession();
  return useLoad(async () => {
    const { data } = await api.callUnparsed(heads.listContracts, { query: { limit: CONTRACT_LIST_LIMIT } });
    return data.items;
  }, 'contracts');
}

export default function InvoicesView({ route }: { route: Route }) {
  const styles = useStyles();
  const mayRegister = useCan('invoices');
  const importing = route.rest[1] === 'import';
  const status = INVOICE_STATUSES.find((s) => s === route.params.get('status'));
  const [round, setRound] = useState(0);
  const [registerFor, setRegisterFor] = useState<string>();
  const [registering, setRegistering] = useState(false);
  const { loaded, items, hasMore, loadMore, moreError, replace } = useInvoices({ status });
  const deviations = useDeviations(round);
  const contracts = useContractTitles();
  useReportFirstData(loaded.state !== 'loading');
  const refresh = () => {
    loaded.reload();
    setRound((n) => n + 1);
  };
  const titles = new Map((contracts.data ?? []).map((c) => [c.id, c.title]));

  return (
    <section className={styles.root} aria-labelledby="invoices-heading">
      <PlainLink href={routeHref('kontrakter')}>Til kontraktregistret</PlainLink>
      <Title2 as="h2" id="invoices-heading">
        Fakturakontrol
      </Title2>
      {deviations.data && (
        <MessageBar intent={deviations.data.deviating > 0 ? 'warning' : 'success'} role="status">
          <MessageBarBody>
            {deviations.data.deviating === 0
              ? 'Ingen fakturaer afviger fra kontrakten.'
              : `${deviations.data.more ? 'Mindst ' : ''}${countText(deviations.data.deviating, 'faktura', 'fakturaer')} afviger fra kontrakten og er ikke afklaret: ${formatKr(deviations.data.amountAtStake)} faktureret over det tilladte.`}
          </MessageBarBody>
        </MessageBar>
      )}
      {mayRegister && (
        <div className={styles.bar}>
          <PlainButton appearance={registering ? 'secondary' : 'primary'} onClick={() => setRegistering(!registering)}>
            {registering ? 'Luk registreringen' : 'Registrér faktura'}
          </PlainButton>
          {importing ? (
            <PlainLink href={routeHref('kontrakter', HERE)}>Luk importen</PlainLink>
          ) : (
            <PlainLink href={routeHref('kontrakter', [...HERE, 'import'])}>Importér fakturaer</PlainLink>
          )}
        </div>
      )}
      {importing && (
        <div className={styles.panel}>
          <InvoiceImport onWritten={refresh} />
        </div>
      )}
      {registering && (
        <div className={styles.panel}>
          <Title3 as="h2">Registrér faktura</Title3>
          <ContractPicker contracts={contracts.data ?? []} value={registerFor} onChange={setRegisterFor} />
          {contracts.state === 'error' && <ErrorState error={contracts.error} onRetry={contracts.reload} />}
          {registerFor && <InvoiceForm key={registerFor} contractId={registerFor} onSaved={refresh} />}
        </div>
      )}
      <div className={styles.bar}>
        <PlainSelect
          label="Vis"
          value={status ?? ''}
          onChange={(e) => navigate(routeHref('kontrakter', route.rest, { status: e.target.value || undefined }))}
        >
          <option value="">Alle fakturaer, afvigende først</option>
          {INVOICE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_BADGES[s].label}
            </option>
          ))}
        </PlainSelect>
      </div>
      {loaded.state === 'loading' && !loaded.data && <Loading />}
      {loaded.state === 'error' && <ErrorState error={loaded.error} onRetry={loaded.reload} />}
      {loaded.data && items.length === 0 && <Empty>Ingen fakturaer at vise.</Empty>}
      {items.length > 0 && (
        <InvoiceList
          invoices={items}
          contractTitles={titles}
          label="Fakturaer"
          onCredited={refresh}
          onResolved={(invoice) => {
            replace(invoice);
            setRound((n) => n + 1);
          }}
        />
      )}
      {moreError !== undefined && <ErrorState error={moreError} />}
      {hasMore && (
        <div>
          <PlainButton onClick={() => void loadMore()}>Vis flere fakturaer</PlainButton>
        </div>
      )}
    </section>
  );
}
