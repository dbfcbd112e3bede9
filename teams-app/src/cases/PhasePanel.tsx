// A case's phase moves: each move the rules allow from here, and for each one not yet allowed, why — before trying.
import { Button, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import { ApiError } from '@koberollen/shared/api/apiError';
import { caseRoutes } from '@koberollen/shared/api/cases.contract';
import type { Case } from '@koberollen/shared/domain/case';
import { type Phase, PHASE_LABELS } from '@koberollen/shared/domain/phase';
import { allowedTransitions, checkTransition } from '@koberollen/shared/rules/caseTransitions';
import { containsCprNumber, CPR_REFUSAL } from '@koberollen/shared/rules/cpr';

import { useCan, useSession } from '../session/sessionContext';
import { useUnsavedGuard } from '../shell/route';
import { ErrorState } from '../shell/states';

const useStyles = makeStyles({
  moves: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  move: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  why: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

interface Props {
  current: Case;
  etag: string | undefined;
  hasContract: boolean;
  onChanged: (next: Case, etag: string | undefined) => void;
  /** The server refused the move (the case changed meanwhile, or its rules said no): the case is read again. */
  onRefused: () => void;
}

/** Whether the server looked at the move and refused it, rather than not answering or not knowing the user. */
const refused = (failure: unknown) =>
  failure instanceof ApiError && failure.status >= 400 && failure.status < 500 && failure.status !== 401;

export function PhasePanel({ current, etag, hasContract, onChanged, onRefused }: Props) {
  const styles = useStyles();
  const { api } = useSession();
  const mayMove = useCan('cases');
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState<Phase>();
  const [error, setError] = useState<unknown>();
  useUnsavedGuard(reason.trim() !== '');
  const moves = allowedTransitions(current.phase).map((to) => ({
    to,
    check: checkTransition(current, to, { hasContract }),
  }));
  const cpr = containsCprNumber(reason);

  const move = async (to: Phase) => {
    setSaving(to);
    setError(undefined);
    try {
      const answer = await api.call(caseRoutes.transition, {
        params: { id: current.id },
        body: { to, reason },
        ifMatch: etag,
      });
      setReason('');
      onChanged(answer.data, answer.etag);
    } catch (failure) {
      setError(failure);
      if (refused(failure)) onRefused();
    } finally {
      setSaving(undefined);
    }
  };

  if (current.phase === 'closed')
    return <Text as="p">Sagen er afsluttet. Opret en ny sag, hvis borgeren har et nyt behov.</Text>;
  if (!mayMove) return <Text as="p">Din rolle kan ikke flytte sager mellem faser.</Text>;
  return (
    <>
      <Field
        label="Begrundelse for faseskiftet"
        hint="Vises i sagens historik."
        validationState={cpr ? 'error' : 'none'}
        validationMessage={cpr ? CPR_REFUSAL : undefined}
      >
        <Textarea value={reason} onChange={(_e, data) => setReason(data.value)} resize="vertical" />
      </Field>
      <ul className={styles.moves} aria-label="Mulige faseskift">
        {moves.map(({ to, check }) => (
          <li key={to} className={styles.move}>
            <Button
              appearance={to === 'closed' ? 'secondary' : 'primary'}
              disabledFocusable={!check.ok || cpr || saving !== undefined}
              aria-describedby={check.ok ? undefined : `why-${to}`}
              onClick={() => check.ok && !cpr && void move(to)}
            >
              {saving === to ? 'Flytter …' : to === 'closed' ? 'Afslut sagen' : `Flyt til ${PHASE_LABELS[to]}`}
            </Button>
            {!check.ok && (
              <Text id={`why-${to}`} className={styles.why}>
                {check.reason}
              </Text>
            )}
          </li>
        ))}
      </ul>
      {error !== undefined && <ErrorState error={error} />}
      {refused(error) && (
        <Text as="p" role="status">
          Sagen er hentet igen og viser nu den aktuelle fase: {PHASE_LABELS[current.phase]}.
        </Text>
      )}
    </>
  );
}
