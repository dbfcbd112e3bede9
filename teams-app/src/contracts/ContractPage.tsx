// A contract's page: its terms, the clause versions it uses, the rates in force, its milestones (done, reopen, book a
// meeting), its invoices with their checks (finance registers them here), and its audit trail.
import { Caption1, makeStyles, Subtitle1, Text, Title3, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

import { ApiError } from '@koberollen/shared/api/client';
import { firstScreenHeads as heads } from '@koberollen/shared/api/heads';
import { RATE_UNIT_LABELS } from '@koberollen/shared/domain/choices';
import type { Contract, Milestone } from '@koberollen/shared/domain/contract';
import { costWithPeriod } from '@koberollen/shared/rules/coming12Months';
import { countText } from '@koberollen/shared/rules/countText';
import { inClosedPeriod, inHalfOpenPeriod, isoDateOf } from '@koberollen/shared/rules/dates';
import { formatDate, formatKr, formatMonthName, formatPercent } from '@koberollen/shared/rules/format';
import { PlainLink } from '@koberollen/shared/ui/plainControls';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { useSession } from '../session/sessionContext';
import { deferred } from '../shell/deferred';
import { useReportFirstData } from '../shell/firstData';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../shell/plainTable';
import { routeHref } from '../shell/route';
import { Empty, ErrorState, Loading } from '../shell/states';
import { CONTRACT_STATUS_LABELS } from './contractLabels';

const ContractInvoices = deferred(() => import('../invoices/ContractInvoices').then((m) => m.ContractInvoices));
const MilestoneList = deferred(() => import('./MilestoneList').then((m) => m.MilestoneList));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '1040px' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  terms: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalXS },
});

const REGULATION_TEXT = {
  kl: 'Højst PL-satsen fra økonomiaftalen',
  fixed: 'Højst',
  none: 'Faste priser uden regulering',
  framework: 'Efter rammeaftalens styringsaftale',
} as const;

function regulationText(contract: Contract): string {
  const { basis, maxPercent, month } = contract.priceRegulation;
  const when = basis === 'none' || basis === 'framework' ? '' : `, hvert år fra 1. ${formatMonthName(month)}`;
  return basis === 'fixed'
    ? `Højst ${formatPercent(maxPercent ?? 0)} om året${when}`
    : `${REGULATION_TEXT[basis]}${when}`;
}

function Terms({ contract }: { contract: Contract }) {
  const styles = useStyles();
  const rows: [string, string][] = [
    ['Sag', contract.parties?.caseReference ?? ''],
    ['Paragraf', contract.parties?.paragraph ?? '–'],
    ['Leverandør', contract.parties?.providerName ?? ''],
    ['Sagsbehandler', contract.parties?.caseWorker.name ?? ''],
    ['Status', CONTRACT_STATUS_LABELS[contract.status]],
    [
      'Periode',
      `${formatDate(contract.startDate)} – ${contract.endDate ? formatDate(contract.endDate) : 'uden slutdato'}`,
    ],
    ['Revurdering', contract.reviewDate ? formatDate(contract.reviewDate) : '–'],
    ['Udgift næste 12 mdr.', costWithPeriod(contract)],
    ['Prisregulering', regulationText(contract)],
    ['Genforhandling', contract.renegotiationDate ? formatDate(contract.renegotiationDate) : '–'],
    ['Opsigelsesvarsel', countText(contract.noticePeriodMonths, 'måned', 'måneder')],
    ['Opfølgning', `Hver ${contract.followUpCadenceMonths}. måned`],
  ];
  return (
    <dl className={styles.terms}>
      {rows.map(([term, value]) => (
        <div key={term} style={{ display: 'contents' }}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Rates({ contract, today }: { contract: Contract; today: string }) {
  const inForce = contract.rates.filter((r) => inHalfOpenPeriod(today, r.validFrom, r.validTo));
  const special = contract.specialRate;
  const specialRuns = special && inClosedPeriod(today, special.startDate, special.endDate);
  if (inForce.length === 0 && !specialRuns) return <Empty>Ingen takster gælder i dag.</Empty>;
  return (
    <Table size="small" aria-label="Takster i kraft i dag">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Takst</TableHeaderCell>
          <TableHeaderCell>Beløb</TableHeaderCell>
          <TableHeaderCell>Gælder</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {inForce.map((r) => (
          <TableRow key={`${r.label}-${r.validFrom}`}>
            <TableCell>{r.label}</TableCell>
            <TableCell>
              {formatKr(r.amount)} {RATE_UNIT_LABELS[r.type]}
            </TableCell>
            <TableCell>fra {formatDate(r.validFrom)}</TableCell>
          </TableRow>
        ))}
        {special && specialRuns && (
          <TableRow>
            <TableCell>Særtakst: {special.reason}</TableCell>
            <TableCell>
              {formatKr(special.amount)} {RATE_UNIT_LABELS[special.type]}
            </TableCell>
            <TableCell>
              {formatDate(special.startDate)} – {special.endDate ? formatDate(special.endDate) : 'månedlig opfølgning'}
            </TableCell>
          </TableRow>
        )}
      </TableBody>
    </Table>
  );
}

function ClauseVersions({ contract }: { contract: Contract }) {
  const styles = useStyles();
  const { api } = useSession();
  const refs = contract.clauseVersions;
  const titles = useLoad(async () => {
    const answer = await api.callUnparsed(heads.listContractClauseVersions, { params: { id: contract.id } });
    return answer.data.items.map((item) => item.title ?? undefined);
  }, contract.id);
  if (refs.length === 0) return <Empty>Kontrakten henviser ikke til klausuler fra biblioteket.</Empty>;
  return (
    <ul className={styles.list}>
      {refs.map((r, i) => (
        <li key={r.clauseId}>
          {titles.data?.[i] ?? `Klausul ${r.clauseId}`} <Caption1>(version {r.version})</Caption1>
        </li>
      ))}
    </ul>
  );
}

function AuditTrail({ contractId }: { contractId: string }) {
  const styles = useStyles();
  const { api } = useSession();
  const events = useLoad(
    () => api.callUnparsed(heads.listContractAuditEvents, { params: { id: contractId }, query: { limit: 50 } }),
    contractId,
  );
  if (events.state === 'loading') return <Loading label="Henter historik …" />;
  if (events.state === 'error') {
    if (events.error instanceof ApiError && events.error.status === 403)
      return <Empty>Historikken vises for sagsbehandlere, forhandlere, ledere og administratorer.</Empty>;
    return <ErrorState error={events.error} onRetry={events.reload} />;
  }
  const items = events.data.data.items;
  if (items.length === 0) return <Empty>Ingen ændringer registreret.</Empty>;
  return (
    <ol className={styles.list}>
      {items.map((e) => (
        <li key={e.id}>
          <Text>{e.summary}</Text>{' '}
          <Caption1>
            ({formatDate(isoDateOf(e.at))}, {e.actor.name})
          </Caption1>
        </li>
      ))}
    </ol>
  );
}

export function ContractPage({ id }: { id: string }) {
  const styles = useStyles();
  const { api } = useSession();
  const loaded = useLoad(async () => {
    const [contract, milestones] = await Promise.all([
      api.callUnparsed(heads.getContract, { params: { id } }),
      api.callUnparsed(heads.listMilestones, { query: { contractId: id, limit: 200 } }),
    ]);
    return { contract: contract.data, milestones: milestones.data.items };
  }, id);
  // Whether meetings can be booked only adds a button to the deadlines: the contract does not wait for it.
  const health = useLoad(() => api.callUnparsed(heads.getHealth).catch(() => undefined), 'health');
  const meetings = health.data?.data.microsoft365?.meetings ?? false;
  const [milestones, setMilestones] = useState<Milestone[]>();
  useReportFirstData(loaded.state === 'ready');
  useEffect(() => {
    if (loaded.state === 'ready') document.title = `${loaded.data.contract.title} – Køberollen`;
  }, [loaded]);

  if (loaded.state === 'error') return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  if (loaded.state === 'loading' || !loaded.data) return <Loading label="Henter kontrakten …" />;
  const { contract } = loaded.data;
  const today = isoDateOf(new Date());

  const sections = [
    { key: 'terms', title: 'Vilkår', body: <Terms contract={contract} /> },
    { key: 'rates', title: 'Takster i kraft', body: <Rates contract={contract} today={today} /> },
    { key: 'clauses', title: 'Klausulversioner', body: <ClauseVersions contract={contract} /> },
    {
      key: 'milestones',
      title: 'Frister',
      body: (
        <MilestoneList milestones={milestones ?? loaded.data.milestones} meetings={meetings} onChange={setMilestones} />
      ),
    },
    { key: 'invoices', title: 'Fakturaer', body: <ContractInvoices contractId={id} /> },
    {
      key: 'audit',
      title: 'Historik',
      body: <AuditTrail key={JSON.stringify(milestones?.map((m) => m.status))} contractId={id} />,
    },
  ];
  return (
    <article className={styles.root} aria-labelledby="contract-heading">
      <div>
        <PlainLink href={routeHref('kontrakter')}>Tilbage til kontrakterne</PlainLink>
        <Title3 as="h2" id="contract-heading" block>
          {contract.title}
        </Title3>
        {contract.notes && <Text block>{contract.notes}</Text>}
      </div>
      {sections.map((s) => (
        <section key={s.key} className={styles.section} aria-labelledby={`contract-${s.key}`}>
          <Subtitle1 as="h3" id={`contract-${s.key}`}>
            {s.title}
          </Subtitle1>
          {s.body}
        </section>
      ))}
    </article>
  );
}
