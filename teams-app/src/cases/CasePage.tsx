// A case's page: its facts and people, the phase moves with why one is not yet allowed, the phase history, the
// alternatives considered and the chosen offer, its contracts with their next milestone, accepted deviations and the
// contract reviews recorded from Word.
import { Badge, Body1, Caption1, Link, makeStyles, Subtitle1, Text, Title3, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

import { caseRoutes } from '@koberollen/shared/api/cases.contract';
import type { Case } from '@koberollen/shared/domain/case';
import { PHASE_LABELS } from '@koberollen/shared/domain/phase';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { formatDate } from '@koberollen/shared/rules/format';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { useSession } from '../session/sessionContext';
import { useReportFirstData } from '../shell/firstData';
import { routeHref } from '../shell/route';
import { ErrorState, Loading } from '../shell/states';
import { AlternativesPanel } from './AlternativesPanel';
import { AssignPanel } from './AssignPanel';
import { CaseContracts, Deviations, useCaseContracts } from './CaseContracts';
import { CaseReviews } from './CaseReviews';
import { PhasePanel } from './PhasePanel';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '960px' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  history: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalXS },
});

export function CasePage({ id }: { id: string }) {
  const styles = useStyles();
  const { api } = useSession();
  const loaded = useLoad(() => api.call(caseRoutes.get, { params: { id } }), id);
  const contracts = useCaseContracts(id);
  const [changed, setChanged] = useState<{ data: Case; etag?: string }>();
  useReportFirstData(loaded.state === 'ready');
  const current = changed ?? (loaded.state === 'ready' ? loaded.data : undefined);
  useEffect(() => {
    if (current) document.title = `${current.data.reference} – Køberollen`;
  }, [current]);

  if (loaded.state === 'error') return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  if (!current) return <Loading label="Henter sagen …" />;
  const theCase = current.data;
  const onChanged = (data: Case, etag: string | undefined) => setChanged({ data, etag });
  const hasContract = contracts.state === 'ready' && contracts.data.contracts.length > 0;

  return (
    <article className={styles.root} aria-labelledby="case-heading">
      <div>
        <Link href={routeHref('sager')}>Tilbage til sagerne</Link>
        <Title3 as="h2" id="case-heading" block>
          {theCase.reference}: {theCase.title}
        </Title3>
        <Badge appearance="filled" color="brand">
          {PHASE_LABELS[theCase.phase]}
        </Badge>{' '}
        <Body1 block>
          {theCase.targetGroup}
          {theCase.paragraph && ` · ${theCase.paragraph}`}
        </Body1>
        {theCase.notes && (
          <Text as="p" block>
            {theCase.notes}
          </Text>
        )}
      </div>
      <section className={styles.section} aria-labelledby="people-heading">
        <Subtitle1 as="h3" id="people-heading">
          Tildeling
        </Subtitle1>
        <AssignPanel key={current.etag} current={theCase} etag={current.etag} onChanged={onChanged} />
      </section>
      <section className={styles.section} aria-labelledby="phase-heading">
        <Subtitle1 as="h3" id="phase-heading">
          Faseskift
        </Subtitle1>
        <PhasePanel current={theCase} etag={current.etag} hasContract={hasContract} onChanged={onChanged} />
      </section>
      <section className={styles.section} aria-labelledby="alternatives-heading">
        <Subtitle1 as="h3" id="alternatives-heading">
          Overvejede tilbud og valg
        </Subtitle1>
        <AlternativesPanel current={theCase} etag={current.etag} onChanged={onChanged} />
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
        <CaseReviews caseId={theCase.id} />
      </section>
      <section className={styles.section} aria-labelledby="deviations-heading">
        <Subtitle1 as="h3" id="deviations-heading">
          Accepterede afvigelser
        </Subtitle1>
        <Deviations deviations={theCase.deviations} />
      </section>
      <section className={styles.section} aria-labelledby="history-heading">
        <Subtitle1 as="h3" id="history-heading">
          Fasehistorik
        </Subtitle1>
        <ol className={styles.history}>
          {theCase.phaseHistory.map((change) => (
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
