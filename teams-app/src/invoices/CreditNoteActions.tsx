// A credit note registered by mistake: "Ret" opens it for correction against the invoice it credits, "Slet" asks
// first; finance only. Both read the note's current version, so a change made meanwhile is not overwritten.
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import { invoiceRoutes } from '@koberollen/shared/api/invoices.contract';
import type { Invoice } from '@koberollen/shared/domain/invoice';

import { useSession } from '../session/sessionContext';
import { ErrorMessage } from '../shell/states';
import { CreditNoteForm } from './CreditNoteForm';
import { invoiceErrorText } from './invoiceErrors';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

type Mode =
  { kind: 'idle' } | { kind: 'correcting'; credited: Invoice; note: Invoice; etag: string } | { kind: 'confirmDelete' };

export interface CreditNoteActionsProps {
  /** The credit note, as listed. */
  note: Invoice;
  /** Called after the note was corrected or deleted (the contract's invoices may have been checked again). */
  onChanged: () => void;
}

export function CreditNoteActions({ note, onChanged }: CreditNoteActionsProps) {
  const styles = useStyles();
  const { api } = useSession();
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const read = (invoiceId: string) => api.call(invoiceRoutes.get, { params: { id: note.contractId, invoiceId } });

  const correct = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const [current, credited] = await Promise.all([read(note.id), read(note.creditsInvoiceId!)]);
      setMode({ kind: 'correcting', credited: credited.data, note: current.data, etag: current.etag ?? '' });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const current = await read(note.id);
      await api.call(invoiceRoutes.deleteCreditNote, {
        params: { id: note.contractId, invoiceId: note.id },
        ifMatch: current.etag ?? '',
      });
      onChanged();
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  const failure = error !== undefined && <ErrorMessage message={invoiceErrorText(error)} />;
  if (mode.kind === 'correcting')
    return (
      <CreditNoteForm
        invoice={mode.credited}
        correcting={{ note: mode.note, etag: mode.etag }}
        onCredited={() => {
          setMode({ kind: 'idle' });
          onChanged();
        }}
        onCancel={() => setMode({ kind: 'idle' })}
      />
    );
  if (mode.kind === 'confirmDelete')
    return (
      <div role="alertdialog" aria-label={`Slet kreditnota ${note.invoiceNumber}`}>
        <Text as="p">
          Slet kreditnota {note.invoiceNumber}? Faktura {note.creditsInvoiceNumber} krediteres så ikke længere, og
          kontraktens fakturaer for de samme dage kontrolleres igen.
        </Text>
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy} onClick={() => void remove()}>
            {busy ? 'Sletter …' : 'Slet kreditnota'}
          </Button>
          <Button disabled={busy} onClick={() => setMode({ kind: 'idle' })}>
            Fortryd
          </Button>
        </div>
        {failure}
      </div>
    );
  return (
    <div>
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => void correct()} aria-label={`Ret kreditnota ${note.invoiceNumber}`}>
          Ret
        </Button>
        <Button
          disabled={busy}
          onClick={() => setMode({ kind: 'confirmDelete' })}
          aria-label={`Slet kreditnota ${note.invoiceNumber}`}
        >
          Slet
        </Button>
      </div>
      {failure}
    </div>
  );
}
