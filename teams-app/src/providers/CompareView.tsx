// Compare 2-3 offers side by side for the allocation committee: printable, and copyable as a table.
import { makeStaticStyles, makeStyles, MessageBar, MessageBarBody, Title3, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import { firstScreenHeads as heads } from '@koberollen/shared/api/heads';
import type { OfferRef } from '@koberollen/shared/domain/case';
import { PlainButton, PlainButtonLink } from '@koberollen/shared/ui/plainButton';
import { PlainLink } from '@koberollen/shared/ui/plainControls';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { useCan, useSession } from '../session/sessionContext';
import { useReportFirstData } from '../shell/firstData';
import { Empty, ErrorState, Loading } from '../shell/states';
import { newCaseHref } from './compareLink';
import { type ComparedOffer, compareRows, findOffer, rowsAsHtml, rowsAsText } from './compareRows';
import { searchHref } from './searchMemory';

const usePrintStyles = makeStaticStyles(
  '@media print { header, nav, button, .koberollen-no-print { display: none !important; } }',
);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  wrap: { overflowX: 'auto' },
  table: { borderCollapse: 'collapse', width: '100%', minWidth: '560px' },
  cell: {
    textAlign: 'left',
    verticalAlign: 'top',
    padding: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  label: { width: '180px', fontWeight: tokens.fontWeightSemibold },
});

export function CompareView({ offers, backHref }: { offers: OfferRef[]; backHref?: string }) {
  usePrintStyles();
  const styles = useStyles();
  const { api } = useSession();
  const [copied, setCopied] = useState<string>();
  const mayCreateCase = useCan('cases');
  const ids = [...new Set(offers.map((o) => o.providerId))];
  const loaded = useLoad(
    async () => {
      const providers = await Promise.all(ids.map((id) => api.callUnparsed(heads.getProvider, { params: { id } })));
      return offers
        .map((ref) => {
          const provider = providers.find((p) => p.data.id === ref.providerId);
          return provider && findOffer(provider.data, ref);
        })
        .filter((c): c is ComparedOffer => c !== undefined);
    },
    offers.map((o) => `${o.providerId}~${o.offerId}`).join(),
  );
  useReportFirstData(loaded.state === 'ready');

  const rows = loaded.state === 'ready' ? compareRows(loaded.data) : [];
  const copy = async () => {
    try {
      const html = new Blob([rowsAsHtml(rows)], { type: 'text/html' });
      const text = new Blob([rowsAsText(rows)], { type: 'text/plain' });
      await navigator.clipboard.write([new ClipboardItem({ 'text/html': html, 'text/plain': text })]);
      setCopied('Tabellen er kopieret. Indsæt den i Word, Excel eller en mail.');
    } catch {
      setCopied('Browseren tillod ikke at kopiere. Markér tabellen, og kopiér den med Ctrl+C.');
    }
  };

  return (
    <section className={styles.root} aria-labelledby="compare-heading">
      <PlainLink className="koberollen-no-print" href={backHref ?? searchHref()}>
        Tilbage
      </PlainLink>
      <Title3 as="h2" id="compare-heading">
        Sammenligning af tilbud
      </Title3>
      {offers.length < 2 && <Empty>Vælg to eller tre tilbud i kataloget for at sammenligne dem.</Empty>}
      {loaded.state === 'loading' && <Loading label="Henter tilbuddene …" />}
      {loaded.state === 'error' && <ErrorState error={loaded.error} onRetry={loaded.reload} />}
      {loaded.state === 'ready' && loaded.data.length < offers.length && (
        <MessageBar intent="warning">
          <MessageBarBody>Et af tilbuddene findes ikke længere hos leverandøren.</MessageBarBody>
        </MessageBar>
      )}
      {rows.length > 0 && (
        <>
          <div className={styles.actions}>
            <PlainButton onClick={() => window.print()}>Udskriv</PlainButton>
            <PlainButton onClick={() => void copy()}>Kopiér som tabel</PlainButton>
            {mayCreateCase && loaded.data && (
              <PlainButtonLink
                href={newCaseHref(
                  loaded.data.map(({ provider, offer }) => ({ providerId: provider.id, offerId: offer.id })),
                )}
              >
                Opret sag med disse tilbud
              </PlainButtonLink>
            )}
          </div>
          {copied && (
            <MessageBar intent="info" role="status">
              <MessageBarBody>{copied}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.wrap}>
            <table className={styles.table}>
              <caption className="koberollen-no-print">Tilbuddene side om side</caption>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.label}>
                    <th scope="row" className={`${styles.cell} ${styles.label}`}>
                      {row.label}
                    </th>
                    {row.values.map((value, i) => (
                      <td key={i} className={styles.cell}>
                        {value}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
