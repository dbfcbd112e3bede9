// A case's page: its facts and people, the phase moves with why one is not yet allowed, the phase history, the
// alternatives considered and the chosen offer, its contracts with their next milestone, accepted deviations and the
// contract reviews recorded from Word.
import { Badge, Body1, Caption1, makeStyles, Subtitle1, Text, Title3, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

import { firstScreenHeads as heads } from '@koberollen/shared/api/heads';
import type { Case } from '@koberollen/shared/domain/case';
import { PHASE_LABELS } from '@koberollen/shared/domain/phaseLabels';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { formatDate } from '@koberollen/shared/rules/format';
import { PlainLink } from '@koberollen/shared/ui/plainControls';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { useSession } from '../session/sessionContext';
import { deferred } from '../shell/deferred';
import { useReportFirstData } from '../shell/firstData';
import { routeHref } from '../shell/route';
import { StaleNotice } from '../shell/StaleNotice';
import { ErrorState, Loading } from '../shell/states';
import { CaseContracts, Deviations, useCaseContracts } from './CaseContracts';

const AlternativesPanel = deferred(() => import('./AlternativesPanel').then((m) => m.AlternativesPanel));
const AssignPanel = deferred(() => import('./AssignPanel').then((m) => m.AssignPanel));
const CaseReviews = deferred(() => import('./CaseReviews').then((m) => m.CaseReviews));
const PhasePanel = deferred(() => import('./PhasePanel').then((m) => m.PhasePanel));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '960px' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  history: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalXS },
});

export function CasePage({ id }: { id: string }) {
  const styles = useStyles();
  const { api } = useSession();
  const loaded = useLoad(() => api.callUnparsed(heads.getCase, { params: { id } }), id);
  const contracts = useCaseContracts(id);
  const [changed, setChanged] = useState<{ data: Case; etag?: string }>();
  const [stale, setStale] = useState(false);
  useReportFirstData(loaded.state === 'ready');
  // While the case is read again (after a refused change) the page keeps what it showed, so the panel that was refused
  // stays to say why, and then shows the case as stored.
  const current = changed ?? loaded.data;
  useEffect(() => {
    if (current) document.title = `${current.data.reference} – Køberollen`;
  }, [current]);

  if (loaded.state === 'error') return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  if (!current) return <Loading label="Henter sagen …" />;
  const caseRecord = current.data;
  const onChanged = (data: Case, etag: string | undefined) => {
    setChanged({ data, etag });
    setStale(false);
  };
  const reload = () => {
    setChanged(undefined);
    loaded.reload();
  };
  const onStale = () => {
    setStale(true);
    reload();
  };
  const hasContract = contracts.state === 'ready' && contracts.data.contracts.length > 0;

  return (
    <article className={styles.root} aria-labelledby="case-heading">
      <div>
        <PlainLink href={routeHref('sager')}>Tilbage til sagerne</PlainLink>
        <Title3 as="h2" id="case-heading" block>
          {caseRecord.reference}: {caseRecord.title}
        </Title3>
        <Badge appearance="filled" color="brand">
          {PHASE_LABELS[caseRecord.phase]}
        </Badge>{' '}
        <Body1 block>
          {caseRecord.targetGroup}
          {caseRecord.paragraph && ` · ${caseRecord.paragraph}`}
        </Body1>
        {stale && <StaleNotice />}
        {caseRecord.notes && (
          <Text as="p" block>
            {caseRecord.notes}
          </Text>
        )}
      </div>
      <section className={styles.section} aria-labelledby="people-heading">
        <Subtitle1 as="h3" id="people-heading">
          Tildeling
        </Subtitle1>
        <AssignPanel
          key={current.etag}
          current={caseRecord}
          etag={current.etag}
          onChanged={onChanged}
          onStale={onStale}
        />
      </section>
      <section className={styles.section} aria-labelledby="phase-heading">
        <Subtitle1 as="h3" id="phase-heading">
          Faseskift
        </Subtitle1>
        <PhasePanel
          current={caseRecord}
          etag={current.etag}
          hasContract={hasContract}
          onChanged={onChanged}
          onRefused={reload}
        />
      </section>
      <section className={styles.section} aria-labelledby="alternatives-heading">
        <Subtitle1 as="h3" id="alternatives-heading">
          Overvejede tilbud og valg
        </Subtitle1>
        <AlternativesPanel current={caseRecord} etag={current.etag} onChanged={onChanged} onStale={onStale} />
      </section>
      <section className={styles.section} aria-labelledby="contracts-heading">
        <Subtitle1 as="h3" id="contracts-heading">
          Kontrakter
        </Subtitle1>
        <CaseContracts loaded={contracts} />
      </section>
      <section className={styles.section} aria-labelledby="reviews-heading">
        <Subtitle1 as="h3" id="reviews-heading">
          Kontraktgennemgange
        </Subtitle1>
        <CaseReviews caseId={caseRecord.id} />
      </section>
      <section className={styles.section} aria-labelledby="deviations-heading">
        <Subtitle1 as="h3" id="deviations-heading">
          Accepterede afvigelser
        </Subtitle1>
        <Deviations deviations={caseRecord.deviations} />
      </section>
      <section className={styles.section} aria-labelledby="history-heading">
        <Subtitle1 as="h3" id="history-heading">
          Fasehistorik
        </Subtitle1>
        <ol className={styles.history}>
          {caseRecord.phaseHistory.map((change) => (
            <li key={change.at + change.to}>
              <Text weight="semibold">
                {change.from ? `${PHASE_LABELS[change.from]} → ` : ''}
                {PHASE_LABELS[change.to]}
              </Text>{' '}
              <Caption1>
                {formatDate(isoDateOf(change.at))}, {change.by.name}
              </Caption1>
              {change.reason && <Text block>{change.reason}</Text>}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
