// Clear a deviating invoice with a note (a credit note received, an agreed add-on, …); finance only.
import { Button, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import { invoiceRoutes } from '@koberollen/shared/api/invoices.contract';
import type { Invoice } from '@koberollen/shared/domain/invoice';
import { containsCprNumber, CPR_REFUSAL } from '@koberollen/shared/rules/cpr';

import { useSession } from '../session/sessionContext';
import { ErrorState } from '../shell/states';

const useStyles = makeStyles({ root: { display: 'grid', gap: tokens.spacingVerticalS, maxWidth: '560px' } });

export function ResolveInvoice({ invoice, onResolved }: { invoice: Invoice; onResolved: (invoice: Invoice) => void }) {
  const styles = useStyles();
  const { api } = useSession();
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const cpr = containsCprNumber(note);
  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      const { data } = await api.call(invoiceRoutes.resolve, {
        params: { id: invoice.contractId, invoiceId: invoice.id },
        body: { note: note.trim() },
      });
      onResolved(data);
    } catch (failure) {
      setError(failure);
      setSaving(false);
    }
  };
  return (
    <form
      className={styles.root}
      onSubmit={(event) => {
        event.preventDefault();
        if (note.trim() && !cpr && !saving) void save();
      }}
    >
      <Field
        label={`Afklaring af faktura ${invoice.invoiceNumber}`}
        hint="Fx kreditnota modtaget, aftalt tillægsydelse eller takst genforhandlet."
        validationState={cpr ? 'error' : 'none'}
        validationMessage={cpr ? CPR_REFUSAL : undefined}
      >
        <Textarea value={note} onChange={(_e, data) => setNote(data.value)} resize="vertical" />
      </Field>
      {error !== undefined && <ErrorState error={error} />}
      <div>
        <Button type="submit" disabled={!note.trim() || cpr || saving}>
          {saving ? 'Gemmer …' : 'Markér som afklaret'}
        </Button>
      </div>
    </form>
  );
}
