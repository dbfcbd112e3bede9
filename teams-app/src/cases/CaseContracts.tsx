// The case's contracts with the next open milestone of each, and the deviations from the standard it accepted.
import { Caption1, Link, makeStyles, Text, tokens } from '@fluentui/react-components';

import { firstScreenHeads as heads } from '@koberollen/shared/api/heads';
import type { Case } from '@koberollen/shared/domain/case';
import { costWithPeriod } from '@koberollen/shared/rules/coming12Months';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { formatDate } from '@koberollen/shared/rules/format';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { useSession } from '../session/sessionContext';
import { Empty, ErrorState, Loading } from '../shell/states';

const STATUS_LABELS = { draft: 'kladde', active: 'aktiv', ended: 'ophørt' } as const;

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'grid', gap: tokens.spacingVerticalXS },
});

export function useCaseContracts(caseId: string) {
  const { api } = useSession();
  return useLoad(async () => {
    const [contracts, milestones] = await Promise.all([
      api.callUnparsed(heads.listContracts, { query: { caseId, limit: 50 } }),
      api.callUnparsed(heads.listMilestones, { query: { caseId, status: 'open', limit: 200 } }),
    ]);
    return { contracts: contracts.data.items, milestones: milestones.data.items };
  }, caseId);
}

export function CaseContracts({ loaded }: { loaded: ReturnType<typeof useCaseContracts> }) {
  const styles = useStyles();
  if (loaded.state === 'loading') return <Loading />;
  if (loaded.state === 'error') return <ErrorState error={loaded.error} onRetry={loaded.reload} />;
  const { contracts, milestones } = loaded.data;
  if (contracts.length === 0)
    return <Empty>Sagen har endnu ingen kontrakt. Kontrakten skrives i Word med Køberollen.</Empty>;
  return (
    <ul className={styles.list}>
      {contracts.map((contract) => {
        const next = milestones
          .filter((m) => m.contractId === contract.id)
          .sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0];
        return (
          <li key={contract.id}>
            <Text weight="semibold">{contract.title}</Text>{' '}
            <Caption1>
              ({STATUS_LABELS[contract.status]}, fra {formatDate(contract.startDate)}, udgift {costWithPeriod(contract)}
              )
            </Caption1>
            <Text block>
              {next ? `Næste frist: ${next.title} – ${formatDate(next.dueDate)}` : 'Ingen åbne frister.'}
            </Text>
          </li>
        );
      })}
    </ul>
  );
}

export function Deviations({ deviations }: { deviations: Case['deviations'] }) {
  const styles = useStyles();
  const { api } = useSession();
  const ids = [...new Set(deviations.map((d) => d.clauseId))];
  const titles = useLoad(async () => {
    const answers = await Promise.allSettled(ids.map((id) => api.callUnparsed(heads.getClause, { params: { id } })));
    return new Map(
      answers.flatMap((a, i) => (a.status === 'fulfilled' ? [[ids[i]!, a.value.data.title] as const] : [])),
    );
  }, ids.join());
  if (deviations.length === 0) return <Empty>Ingen accepterede afvigelser fra standardkontrakten.</Empty>;
  return (
    <ul className={styles.list}>
      {deviations.map((d) => (
        <li key={d.clauseId + d.at}>
          <Text weight="semibold">{titles.data?.get(d.clauseId) ?? `Klausul ${d.clauseId}`}</Text>: {d.reason}{' '}
          <Caption1>
            ({d.by.name}, {formatDate(isoDateOf(d.at))})
          </Caption1>
          {titles.state === 'error' && <Link onClick={titles.reload}> Hent klausulens navn igen</Link>}
        </li>
      ))}
    </ul>
  );
}
