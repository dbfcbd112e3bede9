// Who works on the case: the case worker and the negotiator, chosen from the team's members inside Teams, else from
// the municipality's users.
import { Button, Caption1, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import { caseRoutes } from '@koberollen/shared/api/cases.contract';
import type { Case } from '@koberollen/shared/domain/case';

import { useCan, useSession } from '../session/sessionContext';
import { useUnsavedGuard } from '../shell/route';
import { isStaleWrite } from '../shell/staleWrite';
import { ErrorState, Loading } from '../shell/states';
import { useAssignees } from './useAssignees';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
});

interface Props {
  current: Case;
  etag: string | undefined;
  onChanged: (next: Case, etag: string | undefined) => void;
  /** The case changed since it was read: the page reads it again and says so. */
  onStale: () => void;
}

export function AssignPanel({ current, etag, onChanged, onStale }: Props) {
  const styles = useStyles();
  const { api } = useSession();
  const mayEdit = useCan('cases') && current.phase !== 'closed';
  const { workers, negotiators, source, team } = useAssignees(mayEdit);
  const [assignee, setAssignee] = useState(current.assignee.userId);
  const [negotiator, setNegotiator] = useState(current.negotiator?.userId ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const dirty = assignee !== current.assignee.userId || negotiator !== (current.negotiator?.userId ?? '');
  useUnsavedGuard(dirty);

  if (!mayEdit) {
    return (
      <Text as="p">
        Sagsbehandler: {current.assignee.name} · Forhandler: {current.negotiator?.name ?? 'ingen endnu'}
      </Text>
    );
  }
  const withCurrent = (list: { userId: string; name: string }[], ref?: { userId: string; name: string }) =>
    ref && !list.some((u) => u.userId === ref.userId) ? [ref, ...list] : list;
  const workerOptions = withCurrent(workers, current.assignee);
  const negotiatorOptions = withCurrent(negotiators, current.negotiator);

  const save = async () => {
    const chosenWorker = workerOptions.find((w) => w.userId === assignee);
    if (!chosenWorker) return;
    const chosenNegotiator = negotiatorOptions.find((n) => n.userId === negotiator);
    setSaving(true);
    setError(undefined);
    try {
      const { negotiator: _dropped, ...rest } = current;
      const body = { ...rest, assignee: chosenWorker, ...(chosenNegotiator ? { negotiator: chosenNegotiator } : {}) };
      const answer = await api.call(caseRoutes.replace, { params: { id: current.id }, body, ifMatch: etag });
      onChanged(answer.data, answer.etag);
    } catch (failure) {
      if (isStaleWrite(failure)) onStale();
      else setError(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <div className={styles.row}>
        <Field label="Sagsbehandler">
          <Select value={assignee} onChange={(_e, data) => setAssignee(data.value)}>
            {workerOptions.map((w) => (
              <option key={w.userId} value={w.userId}>
                {w.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Forhandler">
          <Select value={negotiator} onChange={(_e, data) => setNegotiator(data.value)}>
            <option value="">Ingen endnu</option>
            {negotiatorOptions.map((n) => (
              <option key={n.userId} value={n.userId}>
                {n.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabled={!dirty || saving} onClick={() => void save()}>
          {saving ? 'Gemmer …' : 'Gem tildeling'}
        </Button>
      </div>
      {source === 'team' && <Caption1>Vælg blandt medlemmerne af teamet i Teams.</Caption1>}
      {team?.state === 'loading' && <Loading label="Henter teamets medlemmer …" />}
      {team?.state === 'error' && (
        <>
          <Caption1>Teamets medlemmer kunne ikke hentes; du kan vælge blandt kommunens brugere.</Caption1>
          <ErrorState error={team.error} onRetry={team.reload} />
        </>
      )}
      {error !== undefined && <ErrorState error={error} />}
    </>
  );
}
