// Procurement adds a topic: its key (as clauses and checklist items will name it), Danish name and synonyms.
import { Button, Field, Input, Link, makeStyles, Textarea, Title3, tokens } from '@fluentui/react-components';
import { useState } from 'react';

import { topicRoutes } from '@koberollen/shared/api/topics.contract';

import { useSession } from '../session/sessionContext';
import { navigate, routeHref } from '../shell/route';
import { ErrorState } from '../shell/states';
import { SYNONYM_HINT, synonymLines } from './topicDraft';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '720px' },
});

export function NewTopic() {
  const styles = useStyles();
  const { api } = useSession();
  const [draft, setDraft] = useState({ key: '', name: '', synonyms: '' });
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const set = (change: Partial<typeof draft>) => setDraft((current) => ({ ...current, ...change }));
  const missing = !draft.key.trim() || !draft.name.trim();
  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      const body = { key: draft.key.trim(), name: draft.name.trim(), synonyms: synonymLines(draft.synonyms) };
      const created = await api.call(topicRoutes.create, { body });
      navigate(routeHref('klausuler', ['emner', created.data.id]));
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };
  return (
    <form
      className={styles.root}
      aria-labelledby="new-topic-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (!missing) void save();
      }}
    >
      <div>
        <Link href={routeHref('klausuler')}>Tilbage til biblioteket</Link>
        <Title3 as="h2" id="new-topic-heading" block>
          Nyt emne
        </Title3>
      </div>
      <Field label="Nøgle" required hint="Små bogstaver og bindestreger, fx ledsagelse. Kan ikke ændres bagefter.">
        <Input value={draft.key} onChange={(_e, data) => set({ key: data.value })} />
      </Field>
      <Field label="Navn" required>
        <Input value={draft.name} onChange={(_e, data) => set({ name: data.value })} />
      </Field>
      <Field label="Synonymer, ét pr. linje" hint={SYNONYM_HINT}>
        <Textarea value={draft.synonyms} onChange={(_e, data) => set({ synonyms: data.value })} rows={8} />
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabledFocusable={saving || missing}>
          {saving ? 'Opretter …' : 'Opret emnet'}
        </Button>
      </div>
      {error !== undefined && <ErrorState error={error} />}
    </form>
  );
}
