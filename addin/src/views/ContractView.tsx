// Fields and contract: fill every field from the case, provider and contract in one action, keep the contract
// itself in the form, and list the milestones the API made from it.
import { Body1, Button, makeStyles, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';

import { milestoneRoutes } from '@koberollen/shared/api/milestones.contract';
import type { Milestone } from '@koberollen/shared/domain/contract';
import type { Provider } from '@koberollen/shared/domain/provider';
import { formatDate } from '@koberollen/shared/rules/format';
import { useLoad } from '@koberollen/shared/ui/useLoad';

import { errorText } from '../api/paneClient';
import type { LoadedLibrary } from '../library/libraryStore';
import { useWorkspace } from '../workspaceContext';
import { ErrorLine, Muted, usePaneApi, WithLibrary } from './common';
import { ContractForm } from './ContractForm';
import { type Linked, useLinked } from './linkedCase';
import { MeetingAction } from './MeetingAction';
import { useKnownValues } from './useKnownValues';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: {
    listStyleType: 'none',
    padding: 0,
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  status: { margin: 0 },
  milestone: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

const STATUS_LABELS: Record<Milestone['status'], string> = { open: 'åben', done: 'udført', overdue: 'overskredet' };

function Milestones({ contractId, round, provider }: { contractId: string; round: number; provider?: Provider }) {
  const styles = useStyles();
  const api = usePaneApi();
  const milestones = useLoad(
    () => api.call(milestoneRoutes.list, { query: { contractId, limit: 100 } }).then((answer) => answer.data.items),
    `${contractId}/${round}`,
  );
  return (
    <section aria-labelledby="milestones-heading">
      <Subtitle2 as="h3" id="milestones-heading">
        Frister
      </Subtitle2>
      {milestones.state === 'loading' && <Spinner size="tiny" label="Henter frister …" />}
      {milestones.state === 'error' && (
        <ErrorLine>Fristerne kunne ikke hentes: {errorText(milestones.error)}</ErrorLine>
      )}
      {milestones.data?.length === 0 && <Muted>Kontrakten har ingen frister.</Muted>}
      <ul className={styles.list} aria-label="Frister">
        {milestones.data?.map((m: Milestone) => (
          <li key={m.id} className={styles.milestone}>
            <Body1>
              {formatDate(m.dueDate)}: {m.title} ({STATUS_LABELS[m.status]})
            </Body1>
            <MeetingAction
              milestone={m}
              provider={provider}
              onBooked={(booked) =>
                milestones.update((items) => items.map((item) => (item.id === booked.id ? booked : item)))
              }
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function FillFields({ linked, loaded, onStatus }: { linked: Linked; loaded: LoadedLibrary; onStatus: Status }) {
  const { contractDocument } = useWorkspace();
  const values = useKnownValues(linked, loaded);
  const fill = async () => {
    try {
      const filled = await contractDocument.fillFields(values);
      const filledText = filled === 1 ? 'Et felt er udfyldt.' : `${filled} felter er udfyldt.`;
      onStatus(filled === 0 ? 'Der var ingen felter at udfylde med de kendte oplysninger.' : filledText);
    } catch {
      onStatus(undefined, 'Felterne kunne ikke udfyldes. Prøv igen.');
    }
  };
  return (
    <>
      <Button appearance="primary" onClick={() => void fill()} disabled={linked.status === 'loading'}>
        Udfyld felter fra sag, leverandør og kontrakt
      </Button>
      <Muted>{Object.keys(values).length} oplysninger er kendt fra kommunen, sagen, leverandøren og kontrakten.</Muted>
    </>
  );
}

type Status = (status: string | undefined, error?: string) => void;

export default function ContractView() {
  const styles = useStyles();
  const linked = useLinked();
  const { state } = useWorkspace();
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(0);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const show: Status = (next, failure) => {
    setStatus(next);
    setError(failure);
    if (next) statusRef.current?.focus();
  };

  return (
    <div className={styles.root}>
      <Subtitle2 as="h2">Felter og kontrakt</Subtitle2>
      <WithLibrary>
        {(loaded) => (
          <>
            <FillFields linked={linked} loaded={loaded} onStatus={show} />
            <p ref={statusRef} tabIndex={-1} role="status" className={styles.status}>
              {status}
            </p>
            {error && <ErrorLine>{error}</ErrorLine>}
            {!state.caseId && <Muted>Knyt dokumentet til en sag for at gemme kontrakten.</Muted>}
            {linked.status === 'loading' && !linked.case && <Spinner size="tiny" label="Henter sagen …" />}
            {linked.status === 'error' && <ErrorLine>Sagen kunne ikke hentes: {linked.error}</ErrorLine>}
            {(linked.case || linked.status === 'none') && (
              <ContractForm
                key={linked.case?.id ?? 'none'}
                linked={linked}
                loaded={loaded}
                onSaved={() => {
                  linked.reload();
                  setSaved((n) => n + 1);
                  show('Kontrakten er gemt, og fristerne er lagt ind.');
                }}
              />
            )}
          </>
        )}
      </WithLibrary>
      {linked.contract && <Milestones contractId={linked.contract.id} round={saved} provider={linked.provider} />}
    </div>
  );
}
