// Procurement's actions on a clause: publish the working copy as the next version with a change note, and retire
// a published clause with a reason and a successor, warned of the templates using it (or delete one never
// published), asking once before either is final.
import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';

import { clauseRoutes } from '@koberollen/shared/api/clauses.contract';
import type { Clause } from '@koberollen/shared/domain/clause';
import { containsCprNumber, CPR_REFUSAL } from '@koberollen/shared/rules/cpr';

import { useSession } from '../session/sessionContext';
import { navigateAfterSave, routeHref, useUnsavedGuard } from '../shell/route';
import { ErrorState } from '../shell/states';
import { RetireImpact } from './RetireImpact';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingVerticalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    maxWidth: '720px',
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  confirm: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalXS,
  },
});

interface NoteFieldProps {
  label: string;
  hint: string;
  required?: boolean;
  value: string;
  onChange: (value: string) => void;
}

/** A note that goes into the history, refused when it holds a CPR number. */
function NoteField({ label, hint, required, value, onChange }: NoteFieldProps) {
  const cpr = containsCprNumber(value);
  return (
    <Field
      label={label}
      hint={hint}
      required={required}
      validationState={cpr ? 'error' : 'none'}
      validationMessage={cpr ? CPR_REFUSAL : undefined}
    >
      <Textarea value={value} onChange={(_e, data) => onChange(data.value)} resize="vertical" />
    </Field>
  );
}

interface Props {
  clause: Clause;
  etag: string | undefined;
  onPublished: (next: Clause, etag: string | undefined) => void;
  onRetired: (retired: Clause, etag: string | undefined) => void;
}

export function ClauseActions({ clause, etag, onPublished, onRetired }: Props) {
  const styles = useStyles();
  const { api } = useSession();
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [successorId, setSuccessorId] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>();
  useUnsavedGuard(note.trim() !== '' || reason.trim() !== '');
  const cpr = containsCprNumber(note);
  const reasonCpr = containsCprNumber(reason);
  const neverPublished = clause.version === 0;
  const next = clause.version + 1;

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const publish = () =>
    run(async () => {
      const answer = await api.call(clauseRoutes.publish, {
        params: { id: clause.id },
        body: { changeNote: note.trim() },
        ifMatch: etag,
      });
      setNote('');
      onPublished(answer.data, answer.etag);
    });
  const mayRetire = neverPublished || (reason.trim() !== '' && !reasonCpr);
  const retire = () =>
    run(async () => {
      if (neverPublished) {
        await api.call(clauseRoutes.remove, { params: { id: clause.id }, ifMatch: etag });
        navigateAfterSave(routeHref('klausuler'));
        return;
      }
      const answer = await api.call(clauseRoutes.retire, {
        params: { id: clause.id },
        body: { reason: reason.trim(), ...(successorId ? { successorId } : {}) },
        ifMatch: etag,
      });
      setReason('');
      setConfirming(false);
      onRetired(answer.data, answer.etag);
    });

  return (
    <section className={styles.root} aria-labelledby="actions-heading">
      <Subtitle2 as="h3" id="actions-heading">
        Udgiv eller udgå
      </Subtitle2>
      {clause.hasUnpublishedChanges ? (
        <>
          <NoteField
            label="Ændringsnote"
            hint="Hvad er ændret og hvorfor. Vises i historikken og for sagsbehandlerne i Word."
            value={note}
            onChange={setNote}
          />
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabledFocusable={busy || !note.trim() || cpr}
              onClick={() => note.trim() && !cpr && void publish()}
            >
              {busy ? 'Udgiver …' : `Udgiv som version ${next}`}
            </Button>
            {!note.trim() && <Text>Skriv en ændringsnote for at udgive.</Text>}
          </div>
        </>
      ) : (
        <Text>Arbejdskopien er den udgivne version {clause.version}; der er intet nyt at udgive.</Text>
      )}
      <div className={styles.row}>
        {!confirming ? (
          <Button disabled={busy} onClick={() => setConfirming(true)}>
            {neverPublished ? 'Slet kladden' : 'Udgå klausulen'}
          </Button>
        ) : (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody className={styles.confirm}>
              {neverPublished
                ? 'Kladden slettes. Det kan ikke fortrydes.'
                : 'Klausulen tilbydes ikke længere i Word. Dokumenter, der bruger den, beholder deres version.'}
              {!neverPublished && (
                <RetireImpact clause={clause} successorId={successorId} onSuccessor={setSuccessorId} />
              )}
              {!neverPublished && (
                <NoteField
                  label="Begrundelse"
                  hint="Hvorfor klausulen udgår. Vises i historikken."
                  required
                  value={reason}
                  onChange={setReason}
                />
              )}
              <div className={styles.row}>
                <Button
                  appearance="primary"
                  size="small"
                  disabledFocusable={busy || !mayRetire}
                  onClick={() => mayRetire && void retire()}
                >
                  {neverPublished ? 'Slet' : 'Udgå'}
                </Button>
                <Button size="small" onClick={() => setConfirming(false)}>
                  Fortryd
                </Button>
              </div>
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      {error !== undefined && <ErrorState error={error} />}
    </section>
  );
}
