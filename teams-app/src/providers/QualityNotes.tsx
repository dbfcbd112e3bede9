// Case workers' quality notes on a provider: who wrote what and when, and a form to add one.
import { Button, Caption1, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import { providerRoutes } from '@koberollen/shared/api/providers.contract';
import type { Provider } from '@koberollen/shared/domain/provider';
import { containsCprNumber, CPR_REFUSAL } from '@koberollen/shared/rules/cpr';
import { isoDateOf } from '@koberollen/shared/rules/dates';
import { formatDate } from '@koberollen/shared/rules/format';

import { useCan, useSession } from '../session/sessionContext';
import { useUnsavedGuard } from '../shell/route';
import { ErrorState } from '../shell/states';

const useStyles = makeStyles({
  notes: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalS },
  form: { display: 'grid', gap: tokens.spacingVerticalS, maxWidth: '640px' },
});

export function QualityNotes({ provider, onSaved }: { provider: Provider; onSaved: (p: Provider) => void }) {
  const styles = useStyles();
  const { api } = useSession();
  const mayWrite = useCan('qualityNotes');
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  useUnsavedGuard(text.trim() !== '');
  const cpr = containsCprNumber(text);

  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      const { data } = await api.call(providerRoutes.addNote, { params: { id: provider.id }, body: { text } });
      setText('');
      onSaved(data);
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      {provider.qualityNotes.length === 0 ? (
        <Text as="p">Ingen kvalitetsnoter endnu.</Text>
      ) : (
        <ul className={styles.notes}>
          {[...provider.qualityNotes].reverse().map((note) => (
            <li key={note.id}>
              <Text as="p">{note.text}</Text>
              <Caption1>
                {note.author.name}, {formatDate(isoDateOf(note.createdAt))}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
      {mayWrite && (
        <form
          className={styles.form}
          onSubmit={(event) => {
            event.preventDefault();
            if (!cpr && text.trim()) void save();
          }}
        >
          <Field
            label="Ny kvalitetsnote"
            validationState={cpr ? 'error' : 'none'}
            validationMessage={cpr ? CPR_REFUSAL : undefined}
            hint="Skriv erfaringer med tilbuddet – aldrig personoplysninger."
          >
            <Textarea value={text} onChange={(_e, data) => setText(data.value)} resize="vertical" />
          </Field>
          {error !== undefined && <ErrorState error={error} />}
          <div>
            <Button type="submit" appearance="primary" disabled={saving || cpr || !text.trim()}>
              {saving ? 'Gemmer …' : 'Tilføj note'}
            </Button>
          </div>
        </form>
      )}
    </>
  );
}
