// Procurement's actions on a clause: publish the working copy as the next version with a change note, and retire
// a published clause with a reason and a successor, warned of the templates using it (or delete one never
// published), asking once before either is final.
import { Button, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import { clauseRoutes } from '@koberollen/shared/api/clauses.contract';
import type { Clause } from '@koberollen/shared/domain/clause';
import { containsCprNumber } from '@koberollen/shared/rules/cpr';

import { useSession } from '../session/sessionContext';
import { navigateAfterSave, routeHref, useUnsavedGuard } from '../shell/route';
import { ErrorState } from '../shell/states';
import { NoteField } from './NoteField';
import { ACTION_BOX, PublishForm } from './PublishForm';
import { RetireImpact } from './RetireImpact';

const useStyles = makeStyles({
  root: ACTION_BOX,
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  confirm: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalXS,
  },
});

interface Props {
  clause: Clause;
  etag: string | undefined;
  onPublished: (next: Clause, etag: string | undefined) => void;
  onRetired: (retired: Clause, etag: string | undefined) => void;
}

export function ClauseActions({ clause, etag, onPublished, onRetired }: Props) {
  const styles = useStyles();
  const { api } = useSession();
  const [reason, setReason] = useState('');
  const [successorId, setSuccessorId] = useState('');
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>();
  useUnsavedGuard(reason.trim() !== '');
  const reasonCpr = containsCprNumber(reason);
  const neverPublished = clause.version === 0;

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
  const publish = async (changeNote: string) => {
    const answer = await api.call(clauseRoutes.publish, {
      params: { id: clause.id },
      body: { changeNote },
      ifMatch: etag,
    });
    onPublished(answer.data, answer.etag);
  };
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
      <PublishForm
        version={clause.version}
        hasUnpublishedChanges={clause.hasUnpublishedChanges}
        shownTo="for sagsbehandlerne i Word"
        publish={publish}
      />
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
